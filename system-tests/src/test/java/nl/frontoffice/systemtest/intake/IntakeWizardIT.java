package nl.frontoffice.systemtest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

import nl.frontoffice.domain.calendar.DeadlineRule;
import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.systemtest.support.BrowserSystemTest;
import nl.frontoffice.systemtest.support.CitizenSession;
import nl.frontoffice.systemtest.support.Database;
import nl.frontoffice.systemtest.support.Http;
import nl.frontoffice.systemtest.support.MailCatcher;

/**
 * The intake wizard on the production EAR, in Chromium: a citizen logs in with DigiD (the
 * simulator), the BRP stub prefills "About you" and the household, and one intake with three
 * questions in three domains opens three cases with the right deadlines. Also: a draft survives a
 * logout, a double submission gives one intake, and with the BRP down the citizen types the data.
 * axe checks every step.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntakeWizardIT extends BrowserSystemTest {

    /** RvIG test person Merel Kooyman: a partner and two children in the BRP (test set). */
    private static final String MEREL = "999993847";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private CitizenSession citizen;

    @BeforeEach
    void citizenSession() {
        citizen = new CitizenSession(browser, PORTAL);
    }

    private WebDriver page() {
        return browser.driver();
    }

    private String path() {
        return URI.create(page().getCurrentUrl()).getPath();
    }

    private void assertAccessible(String what) {
        assertThat(browser.accessibilityViolations()).as("axe on " + what).isEmpty();
        assertThat(browser.scrollsHorizontally()).as(what + " at this width").isFalse();
    }

    private void click(String id) {
        page().findElement(By.id(id)).click();
    }

    private void next(String expectedPath) {
        submit("wizard-form:next", expectedPath);
    }

    /** Clicks a button that posts the page and waits for the answer: the old page gone, the new one at that path. */
    private void submit(String buttonId, String expectedPath) {
        WebElement button = page().findElement(By.id(buttonId));
        button.click();
        // the old page is gone when its button no longer answers; during the navigation chromedriver may say so
        // with another error than "stale element", which means the same here
        browser.waitUpTo(WAIT).until(driver -> {
            try {
                button.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        citizen.waitForPath(expectedPath);
    }

    private List<String> errorSummary() {
        return page().findElements(By.cssSelector("#error-summary li")).stream().map(WebElement::getText).toList();
    }

    private void type(String id, String text) {
        WebElement field = page().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Answers every question on the page: text in each text area, and per radio group the first choice, or the given one. */
    private void answerEverything(Map<String, String> choices) {
        for (WebElement area : page().findElements(By.cssSelector("#wizard-form textarea"))) {
            if (area.getAttribute("value").isBlank()) {
                area.sendKeys("Dit is mijn antwoord in mijn eigen woorden.");
            }
        }
        Map<String, List<WebElement>> groups = new LinkedHashMap<>();
        for (WebElement radio : page().findElements(By.cssSelector("#wizard-form input[type=radio]"))) {
            groups.computeIfAbsent(radio.getAttribute("name"), name -> new ArrayList<>()).add(radio);
        }
        groups.forEach((name, radios) -> {
            String wanted = choices.entrySet().stream().filter(choice -> name.endsWith(choice.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            WebElement pick = wanted == null ? radios.get(0)
                    : radios.stream().filter(r -> wanted.equals(r.getAttribute("value"))).findFirst().orElseThrow();
            pick.click();
        });
    }

    private static String expected(DeadlineRule rule) {
        LocalDate today = LocalDate.now(WorkingDayCalendar.TIME_ZONE);
        return DUTCH_DATE.format(rule.deadlineFrom(today, WorkingDayCalendar.netherlands()));
    }

    @Test
    @Order(1)
    void a_citizen_completes_one_intake_with_three_questions_and_gets_three_cases_with_their_deadlines() throws IOException {
        citizen.logIn(MEREL);
        assertThat(page().findElement(By.id("personal-welcome")).getText()).startsWith("Welkom, Merel");
        assertAccessible("the personal area");
        click("personal-intake");

        // 1. About you: from the BRP, read-only
        citizen.waitForPath("/mijn/aanvraag/over-u.xhtml");
        assertThat(page().findElement(By.id("page-title")).getText()).isEqualTo("Stap 1 van 6: Over u");
        assertThat(page().findElement(By.id("person-name")).getText()).startsWith("Merel");
        assertThat(page().findElement(By.id("person-address")).getText()).isNotBlank();
        assertThat(page().findElements(By.id("wizard-form:person_name"))).isEmpty();
        assertAccessible("step 1");
        type("wizard-form:contact_phone", "06-12ab34");
        next("/mijn/aanvraag/over-u.xhtml");
        assertThat(errorSummary()).anySatisfy(error -> assertThat(error).contains("telefoonnummer klopt niet"));
        assertThat(page().findElement(By.id("wizard-form:contact_phone")).getAttribute("value")).isEqualTo("06-12ab34");
        assertThat(page().findElement(By.id("wizard-form:contact_phone")).getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("step 1 with an error");
        type("wizard-form:contact_phone", "0612345678");
        type("wizard-form:contact_email", "merel@example.nl");
        next("/mijn/aanvraag/onderwerpen.xhtml");

        // 2. Topics: nothing chosen is an error that says what to do
        next("/mijn/aanvraag/onderwerpen.xhtml");
        assertThat(errorSummary()).containsExactly("Kies ten minste 1 onderwerp waarbij u hulp wilt.");
        assertAccessible("step 2 with an error");
        for (WebElement box : page().findElements(By.cssSelector("#wizard-form input[type=checkbox]"))) {
            String value = box.getAttribute("value");
            if (List.of("WONEN_EN_HUISHOUDEN", "OPVOEDEN_EN_OPGROEIEN", "GELDZORGEN_EN_SCHULDEN").contains(value)) {
                box.click();
            }
        }
        next("/mijn/aanvraag/vragen.xhtml");

        // 3. Questions of the three areas; "Vorige" and back keeps them
        assertThat(page().findElements(By.cssSelector("section[id^=area-]"))).hasSize(3);
        assertAccessible("step 3");
        answerEverything(Map.of());
        submit("wizard-form:previous", "/mijn/aanvraag/onderwerpen.xhtml");
        next("/mijn/aanvraag/vragen.xhtml");
        assertThat(page().findElement(By.id("wizard-form:answer_wonen_description")).getAttribute("value"))
                .isEqualTo("Dit is mijn antwoord in mijn eigen woorden.");
        next("/mijn/aanvraag/situatie.xhtml");

        // 4. Situation: the household from the BRP, a question per child, urgency (eviction: yes)
        assertThat(page().findElement(By.id("household-partner")).getText()).isNotEqualTo("Geen");
        assertThat(page().findElements(By.cssSelector("#household-children li"))).hasSize(2);
        assertAccessible("step 4");
        answerEverything(Map.of("urgency_eviction", "true", "urgency_energy", "false", "urgency_water", "false",
                "urgency_health_insurance", "false"));
        next("/mijn/aanvraag/bijlagen.xhtml");

        // 5. Attachments: a PDF is taken, a program renamed to .pdf is refused by its content
        assertAccessible("step 5");
        Path pdf = Files.createTempFile("brief", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n", StandardCharsets.US_ASCII);
        page().findElement(By.id("upload-form:attachment")).sendKeys(pdf.toString());
        click("upload-form:add");
        browser.waitUpTo(WAIT).until(driver -> !driver.findElements(By.cssSelector("#attachments li")).isEmpty());
        Path fake = Files.createTempFile("factuur", ".pdf");
        Files.write(fake, new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});
        page().findElement(By.id("upload-form:attachment")).sendKeys(fake.toString());
        click("upload-form:add");
        browser.waitUpTo(WAIT).until(driver -> !driver.findElements(By.id("upload-form:attachment-error")).isEmpty()
                && !driver.findElement(By.id("upload-form:attachment-error")).getText().isBlank());
        assertThat(page().findElement(By.id("upload-form:attachment-error")).getText()).contains("PDF-, JPG- of PNG-bestand");
        assertThat(page().findElements(By.cssSelector("#attachments li"))).hasSize(1);
        assertAccessible("step 5 with a refused file");
        next("/mijn/aanvraag/controleren.xhtml");

        // 6. Check and send: without consent and declaration it says so
        assertThat(page().findElement(By.id("summary-areas")).getText()).contains("Wonen en huishouden")
                .contains("Opvoeden en opgroeien").contains("Geldzorgen en schulden");
        assertThat(page().findElement(By.id("summary-attachments")).getText()).contains(pdf.getFileName().toString());
        assertAccessible("step 6");
        submit("wizard-form:send", "/mijn/aanvraag/controleren.xhtml");
        assertThat(errorSummary()).hasSize(4);
        for (String domain : List.of("WMO", "JEUGD", "SCHULDHULPVERLENING")) {
            page().findElement(By.cssSelector("input[name='wizard-form:consent_" + domain + "'][value=true]")).click();
        }
        click("wizard-form:declaration");
        click("wizard-form:send");
        citizen.waitForPath("/mijn/aanvraag/verstuurd.xhtml");

        // sent: three cases, each with its statutory deadline
        assertThat(page().findElement(By.id("page-title")).getText()).isEqualTo("Uw aanvraag is verstuurd");
        assertAccessible("the confirmation");
        browser.screenshot("intake-sent");
        List<WebElement> cases = page().findElements(By.cssSelector("#intake-cases li"));
        assertThat(cases).hasSize(3);
        String text = page().findElement(By.id("intake-cases")).getText();
        assertThat(text).contains("Hulp en ondersteuning thuis").contains(expected(DeadlineRule.weeks(6)));
        assertThat(text).contains(expected(DeadlineRule.weeks(8)));
        assertThat(text).contains(expected(DeadlineRule.workingDays(3))).contains("met spoed");
        String reference = page().findElement(By.id("intake-reference")).getText();
        assertThat(Database.number("SELECT count(*) FROM intake i JOIN citizen c ON c.id = i.citizen_id WHERE c.bsn = ?", MEREL))
                .isEqualTo(1);
        assertThat(Database.number("SELECT count(*) FROM case_file f JOIN intake i ON i.id = f.intake_id WHERE i.reference = ?",
                reference)).isEqualTo(3);

        // the receipt is this citizen's PDF, for nobody else
        String receipt = page().findElement(By.id("receipt-link")).getAttribute("href");
        assertThat(receipt).doesNotContain(MEREL);
        HttpResponse<String> anonymous = Http.get(URI.create(receipt));
        assertThat(anonymous.statusCode()).isEqualTo(302);

        // Mijn zaken: the three cases with their deadlines; a case page with its history and what was sent
        click("to-cases");
        citizen.waitForPath("/mijn/zaken.xhtml");
        assertAccessible("Mijn zaken");
        browser.screenshot("mijn-zaken");
        List<WebElement> listed = page().findElements(By.cssSelector("#cases > li"));
        assertThat(listed).hasSize(3);
        String overview = page().findElement(By.id("cases")).getText();
        assertThat(overview).contains("Uiterlijk " + expected(DeadlineRule.weeks(6)))
                .contains("Uiterlijk " + expected(DeadlineRule.weeks(8)))
                .contains("Uiterlijk " + expected(DeadlineRule.workingDays(3)));
        assertThat(overview).doesNotContain(MEREL);
        page().findElement(By.cssSelector("#cases > li h2 a")).click();
        citizen.waitForPath("/mijn/zaak.xhtml");
        assertThat(page().findElement(By.id("case-history")).getText()).contains("Ontvangen");
        assertThat(page().findElement(By.id("case-sent")).getText()).contains(reference);
        assertThat(page().findElements(By.cssSelector("#case-files a"))).hasSize(1);
        assertAccessible("a case page");

        // another citizen's case reference is "not found", like one that does not exist
        page().get(url("/mijn/zaak.xhtml?zaak=Z-2026-999999"));
        assertThat(page().findElements(By.id("case-not-found"))).hasSize(1);

        // the confirmation e-mail with the references, the deadlines in words and the receipt attached
        String mail = MailCatcher.waitForMailTo(PORTAL, "merel@example.nl");
        assertThat(mail).contains(reference).contains(expected(DeadlineRule.weeks(6))).contains("application/pdf");
        assertThat(mail).doesNotContain(MEREL);
    }

    @Test
    @Order(2)
    void a_draft_survives_a_logout_and_the_citizen_resumes_where_they_left() {
        String suzanne = "999993653";
        citizen.logIn(suzanne);
        click("personal-intake");
        citizen.waitForPath("/mijn/aanvraag/over-u.xhtml");
        type("wizard-form:contact_email", "suzanne@example.nl");
        next("/mijn/aanvraag/onderwerpen.xhtml");
        page().findElement(By.cssSelector("#wizard-form input[type=checkbox][value=INKOMEN]")).click();
        next("/mijn/aanvraag/vragen.xhtml");
        type("wizard-form:answer_inkomen_description", "Mijn uitkering stopt volgende maand.");
        click("wizard-form:save");
        citizen.waitForPath("/mijn/index.xhtml");
        assertThat(page().findElement(By.id("personal-saved")).getText()).contains("opgeslagen");
        citizen.logOut();

        citizen.logIn(suzanne);
        assertThat(page().findElement(By.id("personal-intake")).getText()).isEqualTo("Verder met uw aanvraag");
        click("personal-intake");
        citizen.waitForPath("/mijn/aanvraag/vragen.xhtml");
        assertThat(page().findElement(By.id("wizard-form:answer_inkomen_description")).getAttribute("value"))
                .isEqualTo("Mijn uitkering stopt volgende maand.");
        click("wizard-form:previous");
        citizen.waitForPath("/mijn/aanvraag/onderwerpen.xhtml");
        assertThat(page().findElement(By.cssSelector("#wizard-form input[type=checkbox][value=INKOMEN]")).isSelected()).isTrue();
    }

    @Test
    @Order(3)
    void sending_twice_at_once_gives_one_intake() {
        String bsn = "999995017";
        citizen.logIn(bsn);
        click("personal-intake");
        citizen.waitForPath("/mijn/aanvraag/over-u.xhtml");
        type("wizard-form:contact_phone", "0201234567");
        next("/mijn/aanvraag/onderwerpen.xhtml");
        page().findElement(By.cssSelector("#wizard-form input[type=checkbox][value=WERK]")).click();
        next("/mijn/aanvraag/vragen.xhtml");
        answerEverything(Map.of());
        next("/mijn/aanvraag/situatie.xhtml");
        next("/mijn/aanvraag/bijlagen.xhtml");
        next("/mijn/aanvraag/controleren.xhtml");
        page().findElement(By.cssSelector("input[name='wizard-form:consent_PARTICIPATIE'][value=false]")).click();
        click("wizard-form:declaration");

        // two posts of the same form at the same moment (a double click that the browser did not stop), then a third
        Object statuses = browser.script("""
                const form = document.getElementById('wizard-form');
                const post = () => { const data = new FormData(form); data.append('wizard-form:send', 'Versturen');
                    return fetch(form.action, {method: 'POST', body: new URLSearchParams(data), redirect: 'manual'})
                        .then(r => r.type === 'opaqueredirect' ? 'redirect' : String(r.status)); };
                return Promise.all([post(), post()]).then(both => post().then(third => both.concat([third])));
                """);
        assertThat(statuses.toString()).doesNotContain("500");
        assertThat(Database.number("SELECT count(*) FROM intake i JOIN citizen c ON c.id = i.citizen_id WHERE c.bsn = ?", bsn))
                .isEqualTo(1);
        assertThat(Database.number("SELECT count(*) FROM case_file f JOIN citizen c ON c.id = f.citizen_id WHERE c.bsn = ?", bsn))
                .isEqualTo(1);
    }

    @Test
    @Order(4)
    void with_the_BRP_down_the_citizen_fills_in_the_data_and_the_intake_records_it_is_not_verified() {
        String bsn = "999990408";
        assertThat(Http.postForm(URI.create(url("/brp-stub/beheer/modus")), "modus=down").statusCode()).isLessThan(300);
        try {
            citizen.logIn(bsn);
            assertThat(page().findElement(By.id("personal-name-unavailable")).isDisplayed()).isTrue();
            click("personal-intake");
            citizen.waitForPath("/mijn/aanvraag/over-u.xhtml");
            assertThat(page().findElement(By.id("brp-unavailable")).getText()).contains("zelf");
            assertAccessible("step 1 without the BRP");
            type("wizard-form:person_birth_date", "31-02-1980");
            next("/mijn/aanvraag/over-u.xhtml");
            assertThat(page().findElement(By.id("wizard-form:person_birth_date-error")).getText()).contains("dag-maand-jaar");
            assertThat(page().findElement(By.id("wizard-form:person_birth_date")).getAttribute("value")).isEqualTo("31-02-1980");
            type("wizard-form:person_name", "J. Testpersoon");
            type("wizard-form:person_birth_date", "15-03-1980");
            type("wizard-form:person_address", "Kerkstraat 12, 1234 AB Voorbeeldstad");
            type("wizard-form:contact_email", "test@example.nl");
            next("/mijn/aanvraag/onderwerpen.xhtml");
            page().findElement(By.cssSelector("#wizard-form input[type=checkbox][value=VERVOER_EN_EROPUIT]")).click();
            next("/mijn/aanvraag/vragen.xhtml");
            answerEverything(Map.of());
            next("/mijn/aanvraag/situatie.xhtml");
            next("/mijn/aanvraag/bijlagen.xhtml");
            next("/mijn/aanvraag/controleren.xhtml");
            page().findElement(By.cssSelector("input[name='wizard-form:consent_WMO'][value=true]")).click();
            click("wizard-form:declaration");
            click("wizard-form:send");
            citizen.waitForPath("/mijn/aanvraag/verstuurd.xhtml");
            assertThat(Database.number("SELECT count(*) FROM intake i JOIN citizen c ON c.id = i.citizen_id "
                    + "WHERE c.bsn = ? AND i.personal_data_verified = FALSE", bsn)).isEqualTo(1);
        } finally {
            Http.postForm(URI.create(url("/brp-stub/beheer/modus")), "modus=normal");
        }
    }
}
