package nl.frontoffice.systemtest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import nl.frontoffice.systemtest.support.Browser;
import nl.frontoffice.systemtest.support.BrowserSystemTest;
import nl.frontoffice.systemtest.support.CitizenSession;
import nl.frontoffice.systemtest.support.Database;
import nl.frontoffice.systemtest.support.MailCatcher;
import nl.frontoffice.systemtest.support.IntakeWizardPage;
import nl.frontoffice.systemtest.support.StaffLogin;
import nl.frontoffice.systemtest.support.StaffAccounts;

/**
 * The phone channel end to end: a KCC member finds a citizen by postcode and house number,
 * registers the phone call as a contact moment, starts the intake wizard on her behalf (no DigiD),
 * takes two questions over the phone and sends them;
 * the intake and its cases are recorded as taken by phone with the staff member as author, the
 * staff member is asked to tell the citizen the references, and the citizen, logging in later with
 * DigiD, finds the cases in Mijn zaken and has the confirmation mail. The token that names the
 * citizen means nothing in another session or to a role that takes no intakes, and no address
 * visited carries the BSN. axe checks the staff wizard at desktop width and on a phone.
 */
class IntakeOnBehalfIT extends BrowserSystemTest {

    /** RvIG test person Wilma van Zon, 1014 AW 14 H, where three others live too (Braber). */
    private static final String WILMA = "999993112";
    private static final String PASSWORD = "Telefoonkanaal test 2026!";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final List<String> visited = new ArrayList<>();
    private CitizenSession session;
    private IntakeWizardPage wizard;

    @BeforeEach
    void desktop() {
        browser.resize(Browser.DESKTOP);
        session = new CitizenSession(browser, PORTAL);
        wizard = new IntakeWizardPage(browser, IntakeWizardPage.STAFF);
    }

    private WebDriver page() {
        return browser.driver();
    }

    private String text(String id) {
        return page().findElement(By.id(id)).getText();
    }

    private void remember() {
        visited.add(page().getCurrentUrl());
    }

    private void assertAccessible(String what) {
        remember();
        assertThat(browser.accessibilityViolations()).as("axe on " + what).isEmpty();
        assertThat(browser.scrollsHorizontally()).as(what + " scrolls sideways").isFalse();
    }

    /** The klantbeeld search by postcode and house number, for a phone call; opens Wilma among the results. @return her token */
    private String findByAddressAndOpen(String postcode, String houseNumber) {
        page().get(url("/medewerker/klantbeeld.xhtml"));
        new Select(page().findElement(By.id("search-form:purpose"))).selectByValue("PHONE_CONTACT");
        wizard.type("search-form:postcode", postcode);
        wizard.type("search-form:houseNumber", houseNumber);
        WebElement search = page().findElement(By.id("search-form:search"));
        search.click();
        browser.waitUpTo(WAIT).until(ExpectedConditions.stalenessOf(search));
        List<WebElement> results = page().findElements(By.cssSelector(".citizen-result"));
        assertThat(results).hasSize(4).anySatisfy(result -> assertThat(result.getText()).contains("Wilma van Zon"));
        results.stream().filter(result -> result.getText().contains("Wilma")).findFirst().orElseThrow()
                .findElement(By.cssSelector(".citizen-result__link")).click();
        session.waitForPath("/medewerker/klant.xhtml");
        remember();
        return URI.create(page().getCurrentUrl()).getQuery().replace("klant=", "");
    }

    @Test
    void a_KCC_member_finds_a_citizen_registers_the_call_and_takes_an_intake_that_opens_cases_the_citizen_then_sees() {
        String kees = StaffAccounts.create("Kees Klantcontact", PASSWORD, "KCC", StaffAccounts.TEAM_WMO);
        StaffLogin.logIn(browser, PORTAL, kees, PASSWORD);
        String token = findByAddressAndOpen("1014 AW", "14");

        // the call is registered as a contact moment on her timeline
        wizard.type("contact-form:subject", "Wil hulp thuis en bij schulden aanvragen");
        wizard.type("contact-form:answer", "Aanvraag samen aan de telefoon ingevuld");
        WebElement register = page().findElement(By.id("contact-form:register"));
        register.click();
        browser.waitUpTo(WAIT).until(ExpectedConditions.stalenessOf(register));
        browser.waitUpTo(WAIT).until(driver -> !driver.findElements(By.cssSelector(".timeline__item")).isEmpty());
        assertThat(page().findElements(By.cssSelector(".timeline__item")).get(0).getText())
                .contains("Telefoon", "Wil hulp thuis en bij schulden aanvragen", "Kees Klantcontact");

        // and the intake is taken on her behalf
        page().findElement(By.id("start-intake")).click();

        // 1. About the citizen: from the BRP, read-only; the channel (phone by default) and her contact details
        wizard.waitForStep("over-u");
        assertThat(text("on-behalf")).contains("namens Wilma");
        assertThat(text("person-name")).startsWith("Wilma");
        assertThat(page().findElement(By.cssSelector("input[name='wizard-form:channel'][value=PHONE]")).isSelected()).isTrue();
        assertAccessible("step 1 of the staff wizard");
        wizard.type("wizard-form:contact_phone", "0612345678");
        wizard.type("wizard-form:contact_email", "wilma@example.nl");
        wizard.next("onderwerpen");
        assertThat(URI.create(page().getCurrentUrl()).getQuery()).isEqualTo("klant=" + token);

        // 2.-5. two questions: living at home (Wmo) and debts
        wizard.next("onderwerpen");
        assertThat(wizard.errorSummary()).isNotEmpty();
        wizard.chooseAreas(List.of("WONEN_EN_HUISHOUDEN", "GELDZORGEN_EN_SCHULDEN"));
        wizard.next("vragen");
        wizard.answerEverything(Map.of());
        wizard.next("situatie");
        wizard.answerEverything(IntakeWizardPage.NOT_URGENT);
        wizard.next("bijlagen");
        assertAccessible("step 5 of the staff wizard");
        wizard.next("controleren");

        // 6. the declaration is the citizen's, asked by the staff member
        assertThat(page().findElement(By.cssSelector("label[for='wizard-form:declaration']")).getText())
                .startsWith("De inwoner verklaart");
        browser.resize(Browser.PHONE);
        assertAccessible("step 6 of the staff wizard on a phone");
        browser.resize(Browser.DESKTOP);
        wizard.consentDeclareAndSend(List.of("WMO", "SCHULDHULPVERLENING"));

        // sent: the references to tell the citizen
        assertThat(text("tell-citizen")).contains("referentienummer");
        Map<String, String> cases = wizard.sentCases();
        assertThat(cases).hasSize(2);
        String reference = text("intake-reference");
        assertAccessible("the confirmation for staff");
        assertThat(page().findElements(By.id("receipt-link"))).isEmpty();

        // recorded as taken by phone, with the staff member as author, in the intake and the contact moment
        assertThat(Database.number("SELECT count(*) FROM intake i JOIN citizen c ON c.id = i.citizen_id WHERE c.bsn = ?"
                + " AND i.reference = ? AND i.channel = 'PHONE' AND i.author_type = 'STAFF' AND i.author_identifier = ?",
                WILMA, reference, kees)).isEqualTo(1);
        assertThat(Database.number("SELECT count(*) FROM case_file f JOIN intake i ON i.id = f.intake_id WHERE i.reference = ?",
                reference)).isEqualTo(2);
        assertThat(Database.number("SELECT count(*) FROM contact_moment m JOIN citizen c ON c.id = m.citizen_id"
                + " WHERE c.bsn = ? AND m.channel = 'PHONE'", WILMA)).isGreaterThanOrEqualTo(1);
        assertThat(Database.number("SELECT count(*) FROM intake_draft d WHERE d.author_identifier = ?", kees))
                .as("the draft is gone once sent").isZero();

        // back at the citizen: the timeline has the new cases
        page().findElement(By.id("to-citizen")).click();
        session.waitForPath("/medewerker/klant.xhtml");
        remember();
        String timeline = page().findElement(By.tagName("main")).getText();
        for (String caseReference : cases.keySet()) {
            assertThat(timeline).contains(caseReference);
        }

        // the token is this session's only, and a BEHEERDER takes no intakes (the staff area's 403)
        String wizardUrl = url("/medewerker/aanvraag/over-u.xhtml?klant=" + token);
        String beheer = StaffAccounts.create("Bea Beheer", PASSWORD, "BEHEERDER");
        StaffLogin.logIn(browser, PORTAL, beheer, PASSWORD);
        page().get(wizardUrl);
        assertThat(page().getTitle()).startsWith("U heeft geen toegang");
        assertThat(page().findElements(By.id("wizard-form:next"))).isEmpty();
        String other = StaffAccounts.create("Olga Overig", PASSWORD, "KCC", StaffAccounts.TEAM_WMO);
        StaffLogin.logIn(browser, PORTAL, other, PASSWORD);
        page().get(wizardUrl);
        assertThat(page().findElements(By.id("wizard-not-found"))).hasSize(1);
        assertAccessible("the staff wizard without a known citizen");

        // the citizen: her cases in Mijn zaken, and the confirmation mail
        page().manage().deleteAllCookies();
        session.logIn(WILMA);
        page().get(url("/mijn/zaken.xhtml"));
        String overview = page().findElement(By.id("cases")).getText();
        for (String caseReference : cases.keySet()) {
            assertThat(overview).contains(caseReference);
        }
        String mail = MailCatcher.waitForMailTo(PORTAL, "wilma@example.nl");
        assertThat(mail).contains(reference).doesNotContain(WILMA);
        session.logOut();

        assertThat(visited).allSatisfy(address -> assertThat(address).doesNotContain(WILMA));
    }
}
