package nl.frontoffice.systemtest.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import nl.frontoffice.systemtest.support.Browser;
import nl.frontoffice.systemtest.support.BrowserSystemTest;
import nl.frontoffice.systemtest.support.Http;
import nl.frontoffice.systemtest.support.StaffAccounts;

/**
 * Staff login on the production EAR (Payara Server, PostgreSQL, Chromium): the login page, the
 * staff area behind it, logout, the lockout, and that the citizens' personal area stays closed. The
 * staff accounts are written into the database by the test ({@link StaffAccounts}); the system
 * tests run without demo data.
 */
class StaffLoginIT extends BrowserSystemTest {

    /** Not only ASCII: the login form must reach the server in UTF-8 and the hash must be of the same characters. */
    private static final String PASSWORD = "Caf\u00e9 paard batterij \u20ac2026";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeEach
    void freshBrowserSession() {
        browser.resize(Browser.DESKTOP);
        // a page of the portal first, so that the cookies of the portal's host are the ones deleted
        browser.driver().get(url("/error/404.xhtml"));
        browser.driver().manage().deleteAllCookies();
    }

    private WebDriver page() {
        return browser.driver();
    }

    private String path() {
        return URI.create(page().getCurrentUrl()).getPath();
    }

    private void waitForPath(String path) {
        browser.waitUpTo(WAIT).until(driver -> path.equals(URI.create(driver.getCurrentUrl()).getPath()));
    }

    /** Fills in the login form on the current page and sends it. */
    private void logIn(String username, String password) {
        WebElement user = page().findElement(By.id("login-form:username"));
        user.clear();
        user.sendKeys(username);
        page().findElement(By.id("login-form:password")).sendKeys(password);
        WebElement button = page().findElement(By.id("login-form:login"));
        button.click();
        browser.waitUpTo(WAIT).until(ExpectedConditions.stalenessOf(button));
    }

    @Test
    void a_staff_member_finds_the_login_in_the_footer_logs_in_and_sees_his_name_roles_and_domains() {
        String username = StaffAccounts.create("Mira Consulent", PASSWORD, "CONSULENT",
                StaffAccounts.TEAM_WMO, StaffAccounts.TEAM_WERK_EN_INKOMEN);
        page().get(url("/"));
        WebElement footerLink = page().findElement(By.id("staff-login-link"));
        assertThat(footerLink.getText()).isEqualTo("Inloggen voor medewerkers");
        footerLink.click();
        waitForPath("/medewerker/inloggen.xhtml");
        assertThat(page().findElement(By.id("page-title")).getText()).isEqualTo("Inloggen voor medewerkers");
        assertThat(page().findElement(By.cssSelector("label[for='login-form:username']")).getText()).contains("Gebruikersnaam");
        Cookie sessionBeforeLogin = page().manage().getCookieNamed("JSESSIONID");

        logIn(username, PASSWORD);

        waitForPath("/medewerker/index.xhtml");
        assertThat(page().findElement(By.id("staff-name")).getText()).isEqualTo("Mira Consulent");
        assertThat(page().findElement(By.id("staff-username")).getText()).isEqualTo(username);
        assertThat(page().findElement(By.id("staff-roles")).getText()).contains("Consulent");
        assertThat(page().findElement(By.id("staff-domains")).getText())
                .contains("Hulp en ondersteuning thuis (Wmo)", "Werk en inkomen", "Hulp bij geldzaken en schulden")
                .doesNotContain("jeugdhulp");
        assertThat(page().findElement(By.id("staff-teams")).getText()).contains("Team Wmo", "Team Werk en Inkomen");
        // a new session id at login (no session fixation); HttpOnly as before
        Cookie sessionAfterLogin = page().manage().getCookieNamed("JSESSIONID");
        assertThat(sessionAfterLogin).isNotNull();
        assertThat(sessionAfterLogin.isHttpOnly()).isTrue();
        if (sessionBeforeLogin != null) {
            assertThat(sessionAfterLogin.getValue()).isNotEqualTo(sessionBeforeLogin.getValue());
        }
    }

    @Test
    void an_anonymous_visit_to_a_staff_page_goes_to_the_login_and_after_it_back_to_that_page() {
        String username = StaffAccounts.create("Kees KCC", PASSWORD, "KCC", StaffAccounts.TEAM_JEUGD);

        page().get(url("/medewerker/index.xhtml?tab=2"));

        waitForPath("/medewerker/inloggen.xhtml");
        assertThat(page().getCurrentUrl()).contains("terug=" + URLEncoder.encode("/medewerker/index.xhtml?tab=2", StandardCharsets.UTF_8));
        logIn(username, PASSWORD);
        waitForPath("/medewerker/index.xhtml");
        assertThat(URI.create(page().getCurrentUrl()).getQuery()).isEqualTo("tab=2");
        assertThat(page().findElement(By.id("staff-name")).getText()).isEqualTo("Kees KCC");

        // and plainly over HTTP: a redirect, no page content
        HttpResponse<String> anonymous = Http.get(URI.create(url("/medewerker/index.xhtml")));
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).contains("/medewerker/inloggen.xhtml?terug="));
        assertThat(anonymous.body()).doesNotContain("staff-name");
    }

    @Test
    void the_login_never_sends_anyone_to_another_site() {
        String username = StaffAccounts.create("Olga Omleiding", PASSWORD, "TEAMLEIDER", StaffAccounts.TEAM_WMO);

        page().get(url("/medewerker/inloggen.xhtml?terug=" + URLEncoder.encode("//evil.example/medewerker/", StandardCharsets.UTF_8)));
        logIn(username, PASSWORD);

        waitForPath("/medewerker/index.xhtml");
        assertThat(URI.create(page().getCurrentUrl()).getHost()).isEqualTo(URI.create(PORTAL).getHost());
    }

    @Test
    void a_wrong_password_gets_a_clear_Dutch_message_and_keeps_the_username() {
        String username = StaffAccounts.create("Wim Wachtwoord", PASSWORD, "CONSULENT", StaffAccounts.TEAM_JEUGD);
        page().get(url("/medewerker/inloggen.xhtml"));

        logIn(username, "Niet het goede wachtwoord");

        assertThat(path()).isEqualTo("/medewerker/inloggen.xhtml");
        assertThat(page().findElement(By.id("login-form:messages")).getText())
                .contains("Uw gebruikersnaam of wachtwoord klopt niet");
        assertThat(page().findElement(By.id("login-form:username")).getAttribute("value")).isEqualTo(username);
        assertThat(page().findElement(By.id("login-form:password")).getAttribute("value")).isEmpty();

        // an unknown username gets exactly the same message
        String wrongPasswordMessage = page().findElement(By.id("login-form:messages")).getText();
        logIn("niemand.bekend", PASSWORD);
        assertThat(page().findElement(By.id("login-form:messages")).getText()).isEqualTo(wrongPasswordMessage);

        // empty fields: the labels say what is missing
        page().findElement(By.id("login-form:username")).clear();
        WebElement button = page().findElement(By.id("login-form:login"));
        button.click();
        browser.waitUpTo(WAIT).until(ExpectedConditions.stalenessOf(button));
        assertThat(page().findElement(By.id("login-form:messages")).getText())
                .contains("Gebruikersnaam: vul dit in.", "Wachtwoord: vul dit in.");
    }

    @Test
    void five_wrong_passwords_lock_the_account_with_a_clear_message() {
        String username = StaffAccounts.create("Lotte Lockout", PASSWORD, "KCC", StaffAccounts.TEAM_WMO);
        page().get(url("/medewerker/inloggen.xhtml"));

        for (int attempt = 1; attempt <= 5; attempt++) {
            logIn(username, "fout wachtwoord " + attempt);
        }
        assertThat(page().findElement(By.id("login-form:messages")).getText())
                .contains("U kunt 15 minuten niet inloggen");
        assertThat(StaffAccounts.failedAttempts(username)).isEqualTo(5);

        // now even the right password does not get in
        logIn(username, PASSWORD);
        assertThat(path()).isEqualTo("/medewerker/inloggen.xhtml");
        assertThat(page().findElement(By.id("login-form:messages")).getText()).contains("U kunt 15 minuten niet inloggen");
    }

    @Test
    void after_logout_the_staff_page_asks_for_a_login_again() {
        String username = StaffAccounts.create("Lars Uitlog", PASSWORD, "BEHEERDER");
        page().get(url("/medewerker/inloggen.xhtml"));
        logIn(username, PASSWORD);
        waitForPath("/medewerker/index.xhtml");
        assertThat(page().findElement(By.id("staff-domains")).getText()).contains("U zit nog niet in een team");

        WebElement logout = page().findElement(By.id("logout-form:logout"));
        logout.click();
        browser.waitUpTo(WAIT).until(ExpectedConditions.stalenessOf(logout));

        waitForPath("/medewerker/inloggen.xhtml");
        assertThat(page().findElement(By.id("logged-out")).getText()).isEqualTo("U bent uitgelogd.");
        page().get(url("/medewerker/index.xhtml"));
        waitForPath("/medewerker/inloggen.xhtml");
        assertThat(page().findElements(By.id("staff-name"))).isEmpty();
    }

    @Test
    void the_personal_area_of_citizens_is_closed_to_visitors_and_to_staff() {
        // a visitor: to DigiD (the simulator's login page), never citizen content or a stack trace
        page().get(url("/mijn/overzicht.xhtml"));
        waitForPath("/digid-simulator/login");
        HttpResponse<String> anonymous = Http.get(URI.create(url("/mijn/overzicht.xhtml")));
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).startsWith(url("/digid-simulator/sso?SAMLRequest=")));

        // a staff member: logged in, but without the citizen role
        String username = StaffAccounts.create("Sanne Scheiding", PASSWORD, "CONSULENT", StaffAccounts.TEAM_JEUGD);
        page().get(url("/medewerker/inloggen.xhtml"));
        logIn(username, PASSWORD);
        waitForPath("/medewerker/index.xhtml");
        page().get(url("/mijn/overzicht.xhtml"));
        assertThat(page().findElement(By.id("page-title")).getText()).isEqualTo("U heeft geen toegang tot deze pagina");
        assertThat(page().getPageSource()).doesNotContain("Payara Server").doesNotContainPattern("at [\\w$.]+\\([\\w$]+\\.java:\\d+\\)");
    }

    @Test
    void the_login_page_the_staff_page_and_the_DigiD_page_have_no_WCAG_2_1_AA_violations_on_desktop_and_phone() {
        String username = StaffAccounts.create("Anna Toegankelijk", PASSWORD, "TEAMLEIDER",
                StaffAccounts.TEAM_WERK_EN_INKOMEN);
        for (Dimension size : new Dimension[] {Browser.DESKTOP, Browser.PHONE}) {
            page().manage().deleteAllCookies();
            browser.resize(size);
            String width = size.getWidth() + "px";

            page().get(url("/medewerker/inloggen.xhtml"));
            assertThat(browser.accessibilityViolations()).as("login page at " + width).isEmpty();
            assertThat(browser.scrollsHorizontally()).as("login page scrolls sideways at " + width).isFalse();
            browser.screenshot("staff-login-" + width);

            logIn(username, "fout");
            assertThat(browser.accessibilityViolations()).as("login page with an error at " + width).isEmpty();
            assertThat(browser.scrollsHorizontally()).as("login page with an error at " + width).isFalse();
            browser.screenshot("staff-login-error-" + width);

            logIn(username, PASSWORD);
            waitForPath("/medewerker/index.xhtml");
            assertThat(browser.accessibilityViolations()).as("staff page at " + width).isEmpty();
            assertThat(browser.scrollsHorizontally()).as("staff page scrolls sideways at " + width).isFalse();
            browser.screenshot("staff-home-" + width);

            page().get(url("/mijn/overzicht.xhtml"));
            assertThat(browser.accessibilityViolations()).as("403 page at " + width).isEmpty();

            page().manage().deleteAllCookies();
            page().get(url("/inloggen/digid.xhtml"));
            assertThat(browser.accessibilityViolations()).as("DigiD page at " + width).isEmpty();
            assertThat(browser.scrollsHorizontally()).as("DigiD page at " + width).isFalse();
        }
    }

    @Test
    void the_login_page_speaks_English_on_request() {
        page().get(url("/medewerker/inloggen.xhtml"));
        page().findElement(By.id("language-switch")).click();
        browser.waitUpTo(WAIT).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));

        assertThat(page().findElement(By.id("page-title")).getText()).isEqualTo("Log in for staff");
        logIn("niemand.bekend", PASSWORD);
        assertThat(page().findElement(By.id("login-form:messages")).getText()).contains("Your username or password is not correct");
        assertThat(browser.accessibilityViolations()).as("English login page").isEmpty();
    }
}
