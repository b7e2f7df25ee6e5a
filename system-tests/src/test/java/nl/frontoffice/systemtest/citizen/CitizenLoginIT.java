package nl.frontoffice.systemtest.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import nl.frontoffice.systemtest.support.BrowserSystemTest;
import nl.frontoffice.systemtest.support.DigidLoginPage;
import nl.frontoffice.systemtest.support.DigidLoginPage.Level;
import nl.frontoffice.systemtest.support.Http;
import nl.frontoffice.systemtest.support.StaffAccounts;

/**
 * A citizen's DigiD login on the production EAR, through the DigiD simulator over the real protocol
 * (signed AuthnRequest, artifact, SOAP ArtifactResolve over mutual TLS on the HTTPS listener), in
 * Chromium, with axe on every page of the portal on the way. The domain's session idle timeout is
 * 45 seconds with the warning 20 seconds before it (src/test/scripts/prepare-domain.sh).
 */
class CitizenLoginIT extends BrowserSystemTest {

    private static final String MEREL = "999993847";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeEach
    void freshBrowserSession() {
        page().get(url("/error/404.xhtml"));
        page().manage().deleteAllCookies();
    }

    private WebDriver page() {
        return browser.driver();
    }

    private String pathAndQuery() {
        URI uri = URI.create(page().getCurrentUrl());
        return uri.getRawQuery() == null ? uri.getPath() : uri.getPath() + "?" + uri.getRawQuery();
    }

    private void waitForPath(String path) {
        browser.waitUpTo(WAIT).until(driver -> path.equals(URI.create(driver.getCurrentUrl()).getPath()));
    }

    private void assertAccessible(String page) {
        assertThat(browser.accessibilityViolations()).as("axe on " + page).isEmpty();
    }

    @Test
    void the_home_page_offers_Inloggen_met_DigiD_which_goes_through_DigiD_to_the_intake() {
        page().get(url("/"));
        WebElement login = page().findElement(By.id("home-digid-login"));
        assertThat(login.getText()).isEqualTo("Inloggen met DigiD");
        login.click();
        new DigidLoginPage(browser).shown().logIn(MEREL, Level.MIDDEN);
        browser.waitUpTo(WAIT).until(driver -> URI.create(driver.getCurrentUrl()).getPath().startsWith("/mijn/aanvraag/"));
    }

    /** From the home page's "Inloggen" through DigiD to the personal area. */
    private void logInFromTheHomePage(String bsn, Level level) {
        page().get(url("/"));
        page().findElement(By.id("nav-login")).click();
        new DigidLoginPage(browser).shown().logIn(bsn, level);
    }

    @Test
    void a_citizen_logs_in_at_level_Midden_lands_in_the_personal_area_and_logs_out() {
        page().get(url("/inloggen/digid.xhtml"));
        assertAccessible("the DigiD page");
        page().findElement(By.id("digid-login")).click();
        new DigidLoginPage(browser).shown().logIn(MEREL, Level.MIDDEN);

        waitForPath("/mijn/");
        assertThat(page().findElement(By.id("page-title")).getText()).isEqualTo("Uw eigen omgeving");
        assertThat(page().findElement(By.id("personal-level")).getText()).contains("niveau Midden");
        assertThat(page().getPageSource()).doesNotContain(MEREL);
        assertThat(page().findElement(By.id("nav-personal-area")).isDisplayed()).isTrue();
        assertAccessible("the personal area");
        browser.screenshot("citizen-personal-area");

        page().findElement(By.id("personal-logout")).click();
        // through DigiD's single logout and back: DigiD confirmed it (not "uitgelogd-onbevestigd")
        browser.waitUpTo(WAIT).until(driver -> driver.getCurrentUrl().contains("melding=uitgelogd"));
        assertThat(page().getCurrentUrl()).endsWith("/inloggen/digid.xhtml?melding=uitgelogd");
        assertThat(page().findElement(By.id("page-title")).getText()).isEqualTo("U bent uitgelogd");
        assertAccessible("the logged-out page");

        // logged out for real: the personal area asks DigiD again
        page().get(url("/mijn/"));
        new DigidLoginPage(browser).shown();
    }

    @Test
    void a_Basis_login_is_refused_for_the_personal_area_with_how_to_log_in_higher() {
        logInFromTheHomePage(MEREL, Level.BASIS);

        browser.waitUpTo(WAIT).until(driver -> driver.getCurrentUrl().contains("melding=niveau"));
        assertThat(page().findElement(By.id("page-title")).getText()).isEqualTo("Log in op een hoger niveau");
        assertThat(page().findElement(By.id("digid-level-needed")).getAttribute("textContent")).isEqualTo("MIDDEN");
        assertThat(page().findElement(By.id("digid-level-used")).getAttribute("textContent")).isEqualTo("BASIS");
        assertThat(page().findElement(By.id("digid-notice")).getText()).contains("DigiD app").contains("sms-code");
        assertAccessible("the level-too-low page");
        browser.screenshot("citizen-level-too-low");

        // not logged in: the personal area is still closed; "log in again" goes to DigiD
        page().findElement(By.id("digid-login")).click();
        new DigidLoginPage(browser).shown().logIn(MEREL, Level.SUBSTANTIEEL);
        waitForPath("/mijn/");
        assertThat(page().findElement(By.id("personal-level")).getText()).contains("niveau Substantieel");
    }

    @Test
    void cancelling_at_DigiD_gets_a_friendly_page_and_no_login() {
        logInFromTheHomePage(MEREL, Level.MIDDEN);
        waitForPath("/mijn/");
        page().manage().deleteAllCookies();

        page().get(url("/mijn/"));
        new DigidLoginPage(browser).shown().cancel();

        browser.waitUpTo(WAIT).until(driver -> driver.getCurrentUrl().contains("melding=geannuleerd"));
        assertThat(page().findElement(By.id("page-title")).getText()).isEqualTo("U heeft het inloggen gestopt");
        assertAccessible("the cancelled page");
        page().get(url("/mijn/"));
        new DigidLoginPage(browser).shown();
    }

    @Test
    void an_artifact_is_usable_once_and_only_in_the_browser_that_started_the_login() throws Exception {
        // the whole exchange at the HTTP level, to hold on to the assertion consumer URL with its artifact
        HttpClient citizen = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String sso = location(send(citizen, get(url("/mijn/"))));
        String loginPage = location(send(citizen, get(sso)));
        String form = send(citizen, get(absolute(loginPage))).body();
        Matcher request = Pattern.compile("name=\"verzoek\" value=\"([^\"]+)\"").matcher(form);
        assertThat(request.find()).as("the simulator's login form").isTrue();
        String acs = location(send(citizen, HttpRequest.newBuilder(URI.create(url("/digid-simulator/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("verzoek=" + request.group(1) + "&persoon=" + MEREL
                        + "&bsn=&niveau=MIDDEN&actie=inloggen")).build()));
        assertThat(acs).startsWith(url("/saml/acs?SAMLart="));

        assertThat(location(send(citizen, get(acs)))).isEqualTo(url("/mijn/"));
        assertThat(send(citizen, get(url("/mijn/"))).statusCode()).isEqualTo(200);

        // the same artifact again, in the same session: the login it belonged to is finished
        assertThat(location(send(citizen, get(acs)))).endsWith("/inloggen/digid.xhtml?melding=verlopen");
        // ... and in another browser: no login of that browser to finish, nobody logged in
        HttpClient attacker = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(location(send(attacker, get(acs)))).endsWith("/inloggen/digid.xhtml?melding=verlopen");
        assertThat(location(send(attacker, get(url("/mijn/"))))).startsWith(url("/digid-simulator/sso?"));
    }

    private static HttpRequest get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).GET().build();
    }

    private static String absolute(String location) {
        return location.startsWith("/") ? PORTAL + location : location;
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("a redirect").isBetween(301, 303);
        return absolute(response.headers().firstValue("Location").orElseThrow());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_citizen_cannot_reach_staff_pages() {
        logInFromTheHomePage(MEREL, Level.MIDDEN);
        waitForPath("/mijn/");

        page().get(url("/medewerker/index.xhtml"));
        assertThat(page().findElement(By.id("page-title")).getText()).isEqualTo("U heeft geen toegang tot deze pagina");
        assertThat(page().findElements(By.id("staff-name"))).isEmpty();
        assertAccessible("the 403 page for a citizen");
    }

    @Test
    void a_staff_member_cannot_reach_the_personal_area() {
        String username = StaffAccounts.create("Kees Klantcontact", "Kantoor tuin lamp 2026!", "KCC", StaffAccounts.TEAM_JEUGD);
        page().get(url("/medewerker/inloggen.xhtml"));
        page().findElement(By.id("login-form:username")).sendKeys(username);
        page().findElement(By.id("login-form:password")).sendKeys("Kantoor tuin lamp 2026!");
        page().findElement(By.id("login-form:login")).click();
        waitForPath("/medewerker/index.xhtml");

        page().get(url("/mijn/"));
        assertThat(page().findElement(By.id("page-title")).getText()).isEqualTo("U heeft geen toegang tot deze pagina");
    }

    @Test
    void the_session_warns_before_the_idle_timeout_lets_the_citizen_stay_and_then_ends() {
        logInFromTheHomePage(MEREL, Level.MIDDEN);
        waitForPath("/mijn/");
        Duration dialogWait = Duration.ofSeconds(40);

        // 25 s without a request: the warning, with the focus on "stay"
        WebElement dialog = page().findElement(By.id("session-warning"));
        browser.waitUpTo(dialogWait).until(ExpectedConditions.visibilityOf(dialog));
        assertThat(page().switchTo().activeElement().getAttribute("id")).isEqualTo("session-warning-stay");
        assertAccessible("the session warning");
        browser.screenshot("citizen-session-warning");
        page().findElement(By.id("session-warning-stay")).click();
        browser.waitUpTo(WAIT).until(ExpectedConditions.invisibilityOf(dialog));
        assertThat(page().findElement(By.id("session-status")).getAttribute("textContent")).isEqualTo("U blijft ingelogd.");

        // still logged in after more than the idle time since the login: "stay" kept the session alive
        browser.waitUpTo(dialogWait).until(ExpectedConditions.visibilityOf(dialog));
        assertThat(page().findElement(By.id("session-warning-stay")).isDisplayed()).isTrue();

        // this time nobody answers: the page ends the session and says so
        browser.waitUpTo(dialogWait).until(driver -> driver.getCurrentUrl().contains("melding=sessie-verlopen"));
        assertThat(page().findElement(By.id("page-title")).getText()).isEqualTo("U bent uitgelogd");
        assertAccessible("the session-ended page");
        page().get(url("/mijn/"));
        new DigidLoginPage(browser).shown();
    }

    @Test
    void SAML_metadata_is_published_and_the_session_cookie_is_Secure_over_HTTPS() throws Exception {
        HttpResponse<String> metadata = Http.get(URI.create(url("/saml/metadata")));
        assertThat(metadata.statusCode()).isEqualTo(200);
        assertThat(metadata.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/samlmetadata+xml"));
        assertThat(metadata.body()).contains("entityID=\"" + url("/saml/metadata") + "\"")
                .contains("AssertionConsumerService").contains(url("/saml/acs"));

        // over HTTP the session cookie cannot be Secure (the browser would never send it back); over HTTPS it must be
        HttpResponse<String> overHttp = Http.get(URI.create(url("/mijn/")));
        assertThat(cookies(overHttp)).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure"));
        HttpResponse<String> overHttps = httpsClient().send(
                HttpRequest.newBuilder(URI.create("https://localhost:" + System.getProperty("systemtest.https.port", "28081") + "/mijn/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cookies(overHttps)).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("Secure"));
    }

    private static List<String> cookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie");
    }

    /** Trusts exactly the HTTPS listener's development certificate for localhost. */
    private static HttpClient httpsClient() throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (var pem = Files.newInputStream(Path.of(System.getProperty("pki.dir", "target/pki"), "localhost.pem"))) {
            trust.setCertificateEntry("localhost", CertificateFactory.getInstance("X.509").generateCertificate(pem));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, factory.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }
}
