package nl.frontoffice.systemtest.kcc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
import nl.frontoffice.systemtest.support.Database;
import nl.frontoffice.systemtest.support.Http;
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

    private void staffLogIn(String username) {
        page().get(url("/error/404.xhtml"));
        page().manage().deleteAllCookies();
        page().get(url("/medewerker/inloggen.xhtml"));
        type("login-form:username", username);
        type("login-form:password", PASSWORD);
        submit("login-form:login");
        waitForPath("/medewerker/index.xhtml");
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
        staffLogIn(karin);
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
        staffLogIn(wim);
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
        staffLogIn(jet);
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

    @Test
    @Order(2)
    void a_token_of_no_citizen_shows_not_found() {
        String kim = StaffAccounts.create("Kim Klantcontact", PASSWORD, "KCC", StaffAccounts.TEAM_WMO);
        staffLogIn(kim);
        page().get(url("/medewerker/klant.xhtml?klant=not-a-token-of-this-session"));
        here();
        assertThat(text("page-title")).isEqualTo("Inwoner niet gevonden");
        assertThat(text("citizen-not-found")).contains("Wij kunnen deze inwoner niet vinden");
        assertThat(page().findElements(By.id("citizen-profile"))).isEmpty();
        assertAccessible("the citizen page of an unknown token");
    }

    /** Last: the BRP adapter's circuit breaker may stay open for a while after the stub is back. */
    @Test
    @Order(3)
    void with_the_brp_down_a_search_says_so_clearly() {
        String kees = StaffAccounts.create("Kees Klantcontact", PASSWORD, "KCC", StaffAccounts.TEAM_WMO);
        staffLogIn(kees);
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
