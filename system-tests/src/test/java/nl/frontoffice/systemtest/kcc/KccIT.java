package nl.frontoffice.systemtest.kcc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import nl.frontoffice.systemtest.support.Browser;
import nl.frontoffice.systemtest.support.BrowserSystemTest;
import nl.frontoffice.systemtest.support.CitizenSession;
import nl.frontoffice.systemtest.support.Database;
import nl.frontoffice.systemtest.support.Http;
import nl.frontoffice.systemtest.support.StaffLogin;
import nl.frontoffice.systemtest.support.StaffAccounts;

/**
 * The contact centre on the production EAR: a KCC member finds a citizen by postcode and house number (with the reason
 * "phone contact"), opens the citizen page (the BRP name; an audit row), registers a phone contact (a missing subject
 * first: the message at the field and nothing typed lost; a double click registers once), sees it on the timeline,
 * and asks Team Jeugd to call back. A consulent of Team Jeugd sees the request in the callback list and completes it;
 * a consulent of another team does not see it. No address the browser visits holds the BSN; the intake link carries
 * the session's token. With the BRP down, the search says so. axe checks every page at desktop width and at 375 px.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KccIT extends BrowserSystemTest {

    /**
     * RvIG test person Mirjam Heijn, Eemhavenweg 14, 3089 KG Rotterdam (BRP test set): the only person at that address,
     * and no other system test uses her.
     */
    private static final String MIRJAM = "999991292";
    private static final String PASSWORD = "Klantcontact test 2026!";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Dimension NARROW_PHONE = new Dimension(375, 812);

    private final List<String> visited = new ArrayList<>();

    @BeforeEach
    void desktop() {
        browser.resize(Browser.DESKTOP);
    }

    private WebDriver page() {
        return browser.driver();
    }

    private String text(String id) {
        return page().findElement(By.id(id)).getText();
    }

    private void type(String id, String value) {
        WebElement field = page().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Remembers the address the browser is at now; no address may hold the BSN. */
    private String here() {
        String url = page().getCurrentUrl();
        visited.add(url);
        assertThat(url).as("address of the page").doesNotContain(MIRJAM);
        return url;
    }

    private void waitForPath(String path) {
        browser.waitUpTo(WAIT).until(driver -> path.equals(URI.create(driver.getCurrentUrl()).getPath()));
        here();
    }

    /** Clicks the button and waits for the page that the (non-ajax) post returns. */
    private void submit(String id) {
        WebElement button = page().findElement(By.id(id));
        button.click();
        browser.waitUpTo(WAIT).until(ExpectedConditions.stalenessOf(button));
        here();
    }

    /** axe at desktop width and at 375 px, and no sideways scrolling on the phone. */
    private void assertAccessible(String what) {
        browser.resize(Browser.DESKTOP);
        assertThat(browser.accessibilityViolations()).as("axe on " + what + " (desktop)").isEmpty();
        browser.resize(NARROW_PHONE);
        assertThat(browser.accessibilityViolations()).as("axe on " + what + " (375 px)").isEmpty();
        assertThat(browser.scrollsHorizontally()).as(what + " scrolls sideways at 375 px").isFalse();
        browser.resize(Browser.DESKTOP);
    }

    private WebElement callbackFor(String question) {
        return page().findElements(By.cssSelector(".callback")).stream()
                .filter(item -> item.getText().contains(question)).findFirst().orElse(null);
    }

    @Test
    @Order(1)
    void a_kcc_member_finds_a_citizen_records_a_call_and_asks_a_team_to_call_back_which_that_team_completes() {
        String karin = StaffAccounts.create("Karin Klantcontact", PASSWORD, "KCC", StaffAccounts.TEAM_WMO);
        String jet = StaffAccounts.create("Jet Jeugd", PASSWORD, "CONSULENT", StaffAccounts.TEAM_JEUGD);
        String wim = StaffAccounts.create("Wim Werk", PASSWORD, "CONSULENT", StaffAccounts.TEAM_WERK_EN_INKOMEN);
        String subject = "Vraag over huishoudelijke hulp " + karin;
        String question = "Wil weten wanneer het keukentafelgesprek is " + karin;

        // the klantbeeld from the staff home page
        StaffLogin.logIn(browser, PORTAL, karin, PASSWORD);
        page().findElement(By.id("staff-citizens-link")).click();
        waitForPath("/medewerker/klantbeeld.xhtml");
        assertThat(text("page-title")).isEqualTo("Klantbeeld");
        assertAccessible("the klantbeeld search");

        // nothing chosen: the reason and a way of searching are asked for, at the fields
        submit("search-form:search");
        assertThat(text("error-summary")).contains("Kies waarom u gegevens van deze inwoner bekijkt",
                "Zoek op BSN, op achternaam en geboortedatum, of op postcode en huisnummer");
        assertThat(text("search-form:purpose-error")).contains("Kies waarom");
        assertThat(page().findElement(By.id("search-form:purpose")).getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("the klantbeeld search with problems");

        // a wrong postcode: Dutch message at the field; then the right one finds Mirjam
        new Select(page().findElement(By.id("search-form:purpose"))).selectByValue("PHONE_CONTACT");
        type("search-form:postcode", "089 KG");
        type("search-form:houseNumber", "14");
        submit("search-form:search");
        assertThat(text("search-form:postcode-error")).contains("Vul een postcode in zoals 1234 AB");
        assertThat(new Select(page().findElement(By.id("search-form:purpose"))).getFirstSelectedOption()
                .getAttribute("value")).as("the reason chosen stays").isEqualTo("PHONE_CONTACT");
        type("search-form:postcode", "3089 KG");
        submit("search-form:search");
        List<WebElement> results = page().findElements(By.cssSelector(".citizen-result"));
        assertThat(results).hasSize(1);
        assertThat(results.get(0).getText()).contains("Mirjam Heijn", "Eemhavenweg 14");
        for (WebElement link : page().findElements(By.cssSelector("a[href]"))) {
            assertThat(link.getAttribute("href")).doesNotContain(MIRJAM);
        }
        assertAccessible("the klantbeeld results");
        browser.screenshot("kcc-klantbeeld-results");

        // the citizen page: the BRP name, an audit row with the reason, the intake link with the token
        page().findElement(By.cssSelector(".citizen-result__link")).click();
        waitForPath("/medewerker/klant.xhtml");
        String token = URI.create(page().getCurrentUrl()).getQuery().replace("klant=", "");
        assertThat(token).isNotBlank().doesNotContain(MIRJAM).matches("[A-Za-z0-9_-]{20,}");
        assertThat(text("citizen-name")).isEqualTo("Mirjam Heijn");
        assertThat(text("citizen-address")).contains("Eemhavenweg 14", "3089 KG");
        assertThat(text("citizen-reason")).isEqualTo("Telefonisch contact");
        assertThat(Database.number("SELECT count(*) FROM personal_data_access WHERE staff_username = ? AND citizen_bsn = ?"
                + " AND event_type = 'BRP_PERSON_FETCHED' AND purpose_code = 'PHONE_CONTACT'", karin, MIRJAM))
                .as("the BRP data shown is audited").isEqualTo(1);
        assertThat(Database.number("SELECT count(*) FROM personal_data_access WHERE staff_username = ? AND citizen_bsn = ?"
                + " AND event_type = 'CITIZEN_SEARCH_RESULT'", karin, MIRJAM)).isGreaterThanOrEqualTo(1);
        String intake = page().findElement(By.id("start-intake")).getAttribute("href");
        assertThat(intake).endsWith("/medewerker/aanvraag/?klant=" + token).doesNotContain(MIRJAM);
        assertThat(text("timeline-empty")).contains("nog geen contact");
        assertAccessible("the citizen page");

        // a contact moment: the subject is required; what was typed stays
        assertThat(new Select(page().findElement(By.id("contact-form:channel"))).getFirstSelectedOption()
                .getAttribute("value")).as("a KCC phone call by default").isEqualTo("PHONE");
        type("contact-form:answer", "Uitgelegd hoe de Wmo-aanvraag gaat");
        submit("contact-form:register");
        assertThat(text("contact-form:subject-error")).contains("Vul het onderwerp van het contact in");
        assertThat(text("error-summary")).contains("Vul het onderwerp van het contact in");
        assertThat(page().findElement(By.id("contact-form:answer")).getAttribute("value"))
                .isEqualTo("Uitgelegd hoe de Wmo-aanvraag gaat");
        assertAccessible("the contact form with a problem");

        // then it is registered, once, even when the button is pressed twice
        type("contact-form:subject", subject);
        WebElement register = page().findElement(By.id("contact-form:register"));
        browser.script("arguments[0].click(); arguments[0].click();", register);
        browser.waitUpTo(WAIT).until(ExpectedConditions.stalenessOf(register));
        browser.waitUpTo(WAIT).until(driver -> !driver.findElements(By.cssSelector(".timeline__item")).isEmpty());
        here();
        assertThat(text("citizen-messages")).contains("Het contactmoment (Telefoon) is vastgelegd.");
        WebElement newest = page().findElements(By.cssSelector(".timeline__item")).get(0);
        assertThat(newest.getText()).contains("Contactmoment", "Telefoon", subject, "Uitgelegd hoe de Wmo-aanvraag gaat",
                "Karin Klantcontact");
        assertThat(Database.number("SELECT count(*) FROM contact_moment m JOIN citizen c ON c.id = m.citizen_id"
                + " WHERE c.bsn = ? AND m.subject = ?", MIRJAM, subject)).as("registered once").isEqualTo(1);
        assertAccessible("the citizen page with a contact moment");

        // a callback request for Team Jeugd: the question is required, the due date defaults to the next working day
        assertThat(page().findElement(By.id("callback-form:dueDate")).getAttribute("value")).matches("\\d{2}-\\d{2}-\\d{4}");
        new Select(page().findElement(By.id("callback-form:team"))).selectByVisibleText("Team Jeugd");
        type("callback-form:phone", "06 12345678");
        submit("callback-form:request");
        assertThat(text("callback-form:question-error")).contains("Vul de vraag van de inwoner in");
        assertAccessible("the callback form with a problem");
        type("callback-form:question", question);
        submit("callback-form:request");
        assertThat(text("citizen-messages")).contains("Het terugbelverzoek is verstuurd naar Team Jeugd.");
        assertThat(page().findElements(By.cssSelector(".timeline__item")).get(0).getText())
                .contains("Terugbelverzoek", question, "Team Jeugd");
        assertAccessible("the citizen page with a callback request");
        browser.screenshot("kcc-citizen-page");
        browser.resize(NARROW_PHONE);
        browser.screenshot("kcc-citizen-page-375");
        browser.resize(Browser.DESKTOP);

        // a consulent of another team does not see it, and may not open the citizen: no case or request of his teams
        StaffLogin.logIn(browser, PORTAL, wim, PASSWORD);
        page().findElement(By.id("staff-callbacks-link")).click();
        waitForPath("/medewerker/terugbelverzoeken.xhtml");
        assertThat(callbackFor(question)).isNull();
        assertThat(page().getPageSource()).doesNotContain("Mirjam Heijn");
        page().get(url("/medewerker/klant.xhtml?klant=" + token));
        here();
        assertThat(text("citizen-not-found")).as("another session's token").contains("Wij kunnen deze inwoner niet vinden");
        page().get(url("/medewerker/klantbeeld.xhtml"));
        here();
        new Select(page().findElement(By.id("search-form:purpose"))).selectByValue("CASE_HANDLING");
        type("search-form:bsn", MIRJAM);
        submit("search-form:search");
        page().findElement(By.cssSelector(".citizen-result__link")).click();
        waitForPath("/medewerker/klant.xhtml");
        assertThat(text("citizen-refused")).contains("U mag de gegevens van deze inwoner niet inzien");
        assertThat(page().findElements(By.id("citizen-profile"))).isEmpty();
        assertThat(page().getPageSource()).doesNotContain(subject).doesNotContain("Eemhavenweg");

        // the consulent of Team Jeugd sees it, by name, with its due date in words and colour
        StaffLogin.logIn(browser, PORTAL, jet, PASSWORD);
        page().findElement(By.id("staff-callbacks-link")).click();
        waitForPath("/medewerker/terugbelverzoeken.xhtml");
        WebElement request = callbackFor(question);
        assertThat(request).isNotNull();
        assertThat(request.getText()).contains("Mirjam Heijn", "06 12345678", "Team Jeugd", "Karin Klantcontact");
        WebElement state = request.findElement(By.cssSelector(".deadline-state"));
        assertThat(state.getAttribute("class")).matches(".*deadline-state--(ON_TRACK|DUE_SOON).*");
        assertThat(state.getText()).isNotBlank();
        assertAccessible("the callback list");
        browser.screenshot("kcc-callback-list");

        // the name opens the citizen page, with the reason "calling back"
        String id = request.getAttribute("data-callback");
        request.findElement(By.cssSelector(".callback__citizen a")).click();
        waitForPath("/medewerker/klant.xhtml");
        assertThat(text("citizen-name")).isEqualTo("Mirjam Heijn");
        assertThat(text("citizen-reason")).isEqualTo("Terugbellen");
        page().navigate().back();
        waitForPath("/medewerker/terugbelverzoeken.xhtml");

        // completing needs a short result
        request = page().findElement(By.cssSelector(".callback[data-callback='" + id + "']"));
        WebElement complete = request.findElement(By.cssSelector("button[id$=':complete']"));
        String prefix = complete.getAttribute("id").replace(":complete", "");
        submit(complete.getAttribute("id"));
        assertThat(text(prefix + ":note-error")).contains("Schrijf kort op hoe het gesprek ging");
        assertAccessible("the callback list with a problem");
        type(prefix + ":note", "Teruggebeld, gesprek ingepland");
        submit(prefix + ":complete");
        assertThat(text("callbacks-messages")).contains("Het terugbelverzoek is afgehandeld.");
        assertThat(callbackFor(question)).isNull();
        assertThat(Database.number("SELECT count(*) FROM callback_request WHERE id = ? AND status = 'DONE'"
                + " AND completion_note = 'Teruggebeld, gesprek ingepland'", Long.valueOf(id))).isEqualTo(1);

        assertThat(visited).isNotEmpty().allSatisfy(address -> assertThat(address).doesNotContain(MIRJAM));
    }

    /** Text in every text area; per radio group the "no" answer of the urgency questions, else the first choice. */
    private void answerEverything() {
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
            WebElement pick = name.contains("urgency_") ? radios.stream()
                    .filter(radio -> "false".equals(radio.getAttribute("value"))).findFirst().orElse(radios.get(0))
                    : radios.get(0);
            pick.click();
        });
    }

    private void next(CitizenSession citizen, String expectedPath) {
        page().findElement(By.id("wizard-form:next")).click();
        citizen.waitForPath(expectedPath);
    }

    /** The citizen sends one intake about living at home (Wmo) and raising children (Jeugd). @return Wmo and Jeugd case */
    private String[] citizenSendsWmoAndJeugdIntake(String bsn) {
        CitizenSession citizen = new CitizenSession(browser, PORTAL);
        citizen.logIn(bsn);
        page().findElement(By.id("personal-intake")).click();
        citizen.waitForPath("/mijn/aanvraag/over-u.xhtml");
        type("wizard-form:contact_phone", "0687654321");
        next(citizen, "/mijn/aanvraag/onderwerpen.xhtml");
        for (WebElement box : page().findElements(By.cssSelector("#wizard-form input[type=checkbox]"))) {
            if (List.of("WONEN_EN_HUISHOUDEN", "OPVOEDEN_EN_OPGROEIEN").contains(box.getAttribute("value"))) {
                box.click();
            }
        }
        next(citizen, "/mijn/aanvraag/vragen.xhtml");
        answerEverything();
        page().findElement(By.id("wizard-form:next")).click();
        browser.waitUpTo(WAIT).until(driver -> List.of("/mijn/aanvraag/situatie.xhtml", "/mijn/aanvraag/bijlagen.xhtml")
                .contains(URI.create(driver.getCurrentUrl()).getPath()));
        if (page().getCurrentUrl().contains("situatie")) { // questions per child, when the BRP knows children
            answerEverything();
            next(citizen, "/mijn/aanvraag/bijlagen.xhtml");
        }
        next(citizen, "/mijn/aanvraag/controleren.xhtml");
        for (String domain : List.of("WMO", "JEUGD")) {
            page().findElement(By.cssSelector("input[name='wizard-form:consent_" + domain + "'][value=true]")).click();
        }
        page().findElement(By.id("wizard-form:declaration")).click();
        page().findElement(By.id("wizard-form:send")).click();
        citizen.waitForPath("/mijn/aanvraag/verstuurd.xhtml");
        String wmo = null;
        String jeugd = null;
        for (WebElement item : page().findElements(By.cssSelector("#intake-cases li"))) {
            String reference = item.findElement(By.cssSelector(".reference")).getText();
            if (item.getText().contains("Wmo")) {
                wmo = reference;
            } else if (item.getText().contains("jeugdhulp")) {
                jeugd = reference;
            }
        }
        assertThat(wmo).as("the Wmo case").isNotNull();
        assertThat(jeugd).as("the Jeugd case").isNotNull();
        citizen.logOut();
        return new String[] {wmo, jeugd};
    }

    @Test
    @Order(2)
    void the_timeline_opens_the_cases_of_the_callers_teams_summarises_the_others_and_a_contact_links_a_case() {
        String adrianus = "999990421";
        String[] cases = citizenSendsWmoAndJeugdIntake(adrianus);
        String wmo = cases[0];
        String jeugd = cases[1];
        String koen = StaffAccounts.create("Koen Klantcontact", PASSWORD, "KCC", StaffAccounts.TEAM_WMO);
        String subject = "Vraag over de stand van zaken " + koen;

        StaffLogin.logIn(browser, PORTAL, koen, PASSWORD);
        page().get(url("/medewerker/klantbeeld.xhtml"));
        here();
        new Select(page().findElement(By.id("search-form:purpose"))).selectByValue("PHONE_CONTACT");
        type("search-form:bsn", adrianus);
        submit("search-form:search");
        assertThat(page().findElements(By.cssSelector(".citizen-result"))).hasSize(1);
        page().findElement(By.cssSelector(".citizen-result__link")).click();
        waitForPath("/medewerker/klant.xhtml");
        assertThat(page().getCurrentUrl()).doesNotContain(adrianus);

        // the Wmo case (Team Wmo's domain) opens; the Jeugd case is a summary without a link
        assertThat(page().findElements(By.cssSelector("#citizen-timeline a[href$='zaak=" + wmo + "']"))).isNotEmpty();
        assertThat(page().findElements(By.cssSelector("#citizen-timeline a[href$='zaak=" + jeugd + "']"))).isEmpty();
        WebElement jeugdItem = page().findElements(By.cssSelector(".timeline__item")).stream()
                .filter(item -> item.getText().contains(jeugd)).findFirst().orElseThrow();
        assertThat(jeugdItem.getText()).contains("Alleen samenvatting");
        assertThat(page().getPageSource()).doesNotContain("Dit is mijn antwoord in mijn eigen woorden.");

        // a contact moment about the Wmo case: only that case can be linked
        List<String> linkable = page().findElements(By.cssSelector("#contact-form input[type=checkbox]")).stream()
                .map(box -> box.getAttribute("value")).toList();
        assertThat(linkable).containsExactly(wmo);
        assertAccessible("the citizen page with cases");
        type("contact-form:subject", subject);
        page().findElement(By.cssSelector("#contact-form input[type=checkbox][value='" + wmo + "']")).click();
        submit("contact-form:register");
        WebElement newest = page().findElements(By.cssSelector(".timeline__item")).get(0);
        assertThat(newest.getText()).contains("Contactmoment", subject, wmo);
        assertThat(newest.findElements(By.cssSelector("a[href$='zaak=" + wmo + "']"))).hasSize(1);
        assertThat(Database.number("SELECT count(*) FROM contact_moment_case l JOIN contact_moment m ON m.id = l.contact_moment_id"
                + " JOIN case_file f ON f.id = l.case_file_id WHERE m.subject = ? AND f.reference = ?", subject, wmo))
                .isEqualTo(1);

        // the link opens the staff case page
        newest.findElement(By.cssSelector("a[href$='zaak=" + wmo + "']")).click();
        waitForPath("/medewerker/zaak.xhtml");
        assertThat(text("page-title")).isEqualTo("Zaak " + wmo);
    }

    @Test
    @Order(3)
    void a_token_of_no_citizen_shows_not_found() {
        String kim = StaffAccounts.create("Kim Klantcontact", PASSWORD, "KCC", StaffAccounts.TEAM_WMO);
        StaffLogin.logIn(browser, PORTAL, kim, PASSWORD);
        page().get(url("/medewerker/klant.xhtml?klant=not-a-token-of-this-session"));
        here();
        assertThat(text("page-title")).isEqualTo("Inwoner niet gevonden");
        assertThat(text("citizen-not-found")).contains("Wij kunnen deze inwoner niet vinden");
        assertThat(page().findElements(By.id("citizen-profile"))).isEmpty();
        assertAccessible("the citizen page of an unknown token");
    }

    /** Last: the BRP adapter's circuit breaker may stay open for a while after the stub is back. */
    @Test
    @Order(4)
    void with_the_brp_down_a_search_says_so_clearly() {
        String kees = StaffAccounts.create("Kees Klantcontact", PASSWORD, "KCC", StaffAccounts.TEAM_WMO);
        StaffLogin.logIn(browser, PORTAL, kees, PASSWORD);
        page().get(url("/medewerker/klantbeeld.xhtml"));
        here();
        assertThat(Http.postForm(URI.create(url("/brp-stub/beheer/modus")), "modus=down").statusCode()).isLessThan(300);
        try {
            new Select(page().findElement(By.id("search-form:purpose"))).selectByValue("COUNTER_VISIT");
            type("search-form:postcode", "3089KG");
            type("search-form:houseNumber", "14");
            submit("search-form:search");
            assertThat(text("brp-unavailable")).contains("De BRP is nu niet bereikbaar");
            assertThat(page().findElements(By.cssSelector(".citizen-result"))).isEmpty();
            assertAccessible("the klantbeeld search with the BRP down");
        } finally {
            Http.postForm(URI.create(url("/brp-stub/beheer/modus")), "modus=normal");
        }
    }
}
