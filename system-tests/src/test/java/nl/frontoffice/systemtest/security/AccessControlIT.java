package nl.frontoffice.systemtest.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import nl.frontoffice.systemtest.support.Http;
import nl.frontoffice.systemtest.support.IntakeWizardPage;
import nl.frontoffice.systemtest.support.StaffLogin;
import nl.frontoffice.systemtest.support.StaffAccounts;

/**
 * Walks every role over every back-office page and action of the running EAR and compares what it
 * gets with what the role may have: no access beyond it. The roles: nobody logged in, a citizen
 * (DigiD), a KCC member (Team Werk en Inkomen: he sees a case's summary for the phone, not what the
 * citizen sent nor its files), a consulent of Team Wmo and one of Team Jeugd, the
 * team lead of Team Wmo and a BEHEERDER. The pages are asked over HTTP in each role's own session
 * (its cookies from the browser that logged in), so every answer is the server's: status code and
 * what the page shows. The case pages are those of a citizen's Wmo case (with an attached file) and
 * Jeugd case; a citizen token for the klantbeeld and the intake comes from another staff member's
 * session. Actions: which forms each role gets on the Wmo case page, and replays: a Jeugd consulent
 * and a KCC member post the claim form of a case they may see with the Wmo case's reference, and the
 * Wmo case stays unclaimed.
 */
class AccessControlIT extends BrowserSystemTest {

    /** RvIG test person Rodney Plieger; no other test uses him. */
    private static final String RODNEY = "999993793";
    private static final String PASSWORD = "Toegang toets 2026!";
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** The forms of actions on the staff case page. */
    private static final List<String> ACTION_FORMS = List.of("claim-form", "assign-form", "move-form", "suspend-form",
            "resume-form", "extend-form", "decision-form", "note-form");

    private enum Role { ANONYMOUS, CITIZEN, KCC, CONSULENT_WMO, CONSULENT_JEUGD, TEAMLEIDER_WMO, BEHEERDER }

    /** What a page answers: the status and, for a 200, whether it shows the thing or says "not found". */
    private enum Outcome { SHOWN, NOT_FOUND, FORBIDDEN, LOGIN, MISSING }

    private final CitizenSession citizen = new CitizenSession(browser, PORTAL);

    private WebDriver page() {
        return browser.driver();
    }

    private void type(String id, String text) {
        WebElement field = page().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void submit(String id) {
        WebElement button = page().findElement(By.id(id));
        button.click();
        browser.waitUpTo(WAIT).until(ExpectedConditions.stalenessOf(button));
    }
    /** The citizen sends an intake about living at home (Wmo) and raising children (Jeugd), with a PDF. @return Wmo, Jeugd reference */
    private String[] citizenSendsIntake() throws Exception {
        citizen.logIn(RODNEY);
        page().get(url("/mijn/aanvraag/"));
        Path pdf = Files.createTempFile("indicatie", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n", StandardCharsets.US_ASCII);
        Map<String, String> sent = new IntakeWizardPage(browser, IntakeWizardPage.CITIZEN)
                .sendIntake(null, List.of("WONEN_EN_HUISHOUDEN", "OPVOEDEN_EN_OPGROEIEN"), List.of("WMO", "JEUGD"), pdf);
        return new String[] {IntakeWizardPage.caseWith(sent, "Wmo"), IntakeWizardPage.caseWith(sent, "jeugdhulp")};
    }

    /** A klantbeeld search by BSN in the browser's staff session. @return the token of the one result */
    private String tokenBySearch(String bsn) {
        page().get(url("/medewerker/klantbeeld.xhtml"));
        new Select(page().findElement(By.id("search-form:purpose"))).selectByValue("PHONE_CONTACT");
        type("search-form:bsn", bsn);
        submit("search-form:search");
        page().findElement(By.cssSelector(".citizen-result__link")).click();
        citizen.waitForPath("/medewerker/klant.xhtml");
        return URI.create(page().getCurrentUrl()).getQuery().replace("klant=", "");
    }

    private static Outcome outcomeOf(HttpResponse<String> response, String notFoundMarker) {
        return switch (response.statusCode()) {
            case 200 -> notFoundMarker != null && response.body().contains("id=\"" + notFoundMarker + "\"")
                    ? Outcome.NOT_FOUND : Outcome.SHOWN;
            case 302, 303 -> Outcome.LOGIN;
            case 403 -> Outcome.FORBIDDEN;
            case 404 -> Outcome.NOT_FOUND;
            default -> Outcome.MISSING;
        };
    }

    /** A page of the walk: its address, what says "not found" on it, and what each role must get. */
    private record Walk(String name, String path, String notFoundMarker, Map<Role, Outcome> expected) {
    }

    private static Map<Role, Outcome> expect(Outcome anonymous, Outcome citizen, Outcome kcc, Outcome wmo, Outcome jeugd,
            Outcome lead, Outcome beheerder) {
        Map<Role, Outcome> expected = new LinkedHashMap<>();
        expected.put(Role.ANONYMOUS, anonymous);
        expected.put(Role.CITIZEN, citizen);
        expected.put(Role.KCC, kcc);
        expected.put(Role.CONSULENT_WMO, wmo);
        expected.put(Role.CONSULENT_JEUGD, jeugd);
        expected.put(Role.TEAMLEIDER_WMO, lead);
        expected.put(Role.BEHEERDER, beheerder);
        return expected;
    }

    @Test
    void every_role_gets_exactly_the_pages_and_actions_it_may_have() throws Exception {
        String[] cases = citizenSendsIntake();
        String wmoCase = cases[0];
        String jeugdCase = cases[1];
        Map<Role, String> cookies = new LinkedHashMap<>();
        cookies.put(Role.ANONYMOUS, "");
        cookies.put(Role.CITIZEN, browser.cookieHeader());

        String kcc = StaffAccounts.create("Karel KCC", PASSWORD, "KCC", StaffAccounts.TEAM_WERK_EN_INKOMEN);
        String wmo = StaffAccounts.create("Wanda Wmo", PASSWORD, "CONSULENT", StaffAccounts.TEAM_WMO);
        String jeugd = StaffAccounts.create("Joris Jeugd", PASSWORD, "CONSULENT", StaffAccounts.TEAM_JEUGD);
        String lead = StaffAccounts.create("Lotte Leiding", PASSWORD, "TEAMLEIDER", StaffAccounts.TEAM_WMO);
        String beheer = StaffAccounts.create("Bram Beheer", PASSWORD, "BEHEERDER");

        // a token of a citizen, made in another staff member's session: it must mean nothing in every other session
        StaffLogin.logIn(browser, PORTAL, lead, PASSWORD);
        String foreignToken = tokenBySearch(RODNEY);
        cookies.put(Role.KCC, StaffLogin.logIn(browser, PORTAL, kcc, PASSWORD));
        cookies.put(Role.CONSULENT_WMO, StaffLogin.logIn(browser, PORTAL, wmo, PASSWORD));
        // the file of the Wmo case, as the Wmo consulent's case page links it
        page().get(url("/medewerker/zaak.xhtml?zaak=" + wmoCase));
        String attachment = page().findElements(By.cssSelector("a[href*='/medewerker/bijlage']")).stream()
                .map(link -> link.getAttribute("href")).findFirst()
                .orElseThrow(() -> new AssertionError("the Wmo consulent sees the case's file"));
        String attachmentPath = URI.create(attachment).getRawPath() + "?" + URI.create(attachment).getRawQuery();
        cookies.put(Role.CONSULENT_JEUGD, StaffLogin.logIn(browser, PORTAL, jeugd, PASSWORD));
        cookies.put(Role.TEAMLEIDER_WMO, StaffLogin.logIn(browser, PORTAL, lead, PASSWORD));
        cookies.put(Role.BEHEERDER, StaffLogin.logIn(browser, PORTAL, beheer, PASSWORD));
        browser.resize(Browser.DESKTOP);

        Outcome s = Outcome.SHOWN;
        Outcome nf = Outcome.NOT_FOUND;
        Outcome f = Outcome.FORBIDDEN;
        Outcome l = Outcome.LOGIN;
        List<Walk> walks = List.of(
                //                                                              anon citizen KCC Wmo Jeugd lead beheer
                new Walk("staff home", "/medewerker/index.xhtml", null, expect(l, f, s, s, s, s, s)),
                new Walk("worklist", "/medewerker/werkvoorraad.xhtml", null, expect(l, f, f, s, s, s, f)),
                new Walk("Wmo case", "/medewerker/zaak.xhtml?zaak=" + wmoCase, "case-not-found", expect(l, f, s, s, nf, s, f)),
                new Walk("Jeugd case", "/medewerker/zaak.xhtml?zaak=" + jeugdCase, "case-not-found", expect(l, f, s, nf, s, nf, f)),
                new Walk("Wmo case file", attachmentPath, null, expect(l, f, nf, s, nf, s, f)),
                new Walk("klantbeeld", "/medewerker/klantbeeld.xhtml", null, expect(l, f, s, s, s, s, f)),
                new Walk("citizen page by another session's token", "/medewerker/klant.xhtml?klant=" + foreignToken,
                        "citizen-not-found", expect(l, f, nf, nf, nf, nf, f)),
                new Walk("callback requests", "/medewerker/terugbelverzoeken.xhtml", null, expect(l, f, s, s, s, s, f)),
                new Walk("intake on behalf by another session's token", "/medewerker/aanvraag/over-u.xhtml?klant=" + foreignToken,
                        "wizard-not-found", expect(l, f, nf, nf, nf, nf, f)),
                new Walk("team dashboard", "/medewerker/dashboard.xhtml", null, expect(l, f, f, f, f, s, f)),
                new Walk("audit trail", "/medewerker/audit.xhtml", null, expect(l, f, f, f, f, f, s)),
                new Walk("Mijn zaken", "/mijn/zaken.xhtml", null, expect(l, s, f, f, f, f, f)));

        List<String> beyond = new ArrayList<>();
        Map<Role, Map<String, String>> casePages = new LinkedHashMap<>();
        for (Walk walk : walks) {
            for (Map.Entry<Role, Outcome> expected : walk.expected().entrySet()) {
                Role role = expected.getKey();
                HttpResponse<String> response = Http.get(URI.create(url(walk.path())), cookies.get(role));
                Outcome got = outcomeOf(response, walk.notFoundMarker());
                if (got != expected.getValue()) {
                    beyond.add(role + " on " + walk.name() + ": expected " + expected.getValue() + ", got " + got
                            + " (" + response.statusCode() + ")");
                }
                // never the citizen's BSN, never a stack trace
                assertThat(response.body()).as(role + " on " + walk.name()).doesNotContain(RODNEY)
                        .doesNotContain("at nl.frontoffice.").doesNotContain("Caused by:");
                if (walk.name().equals("Wmo case")) {
                    casePages.computeIfAbsent(role, r -> new LinkedHashMap<>()).put("body", response.body());
                }
            }
        }
        assertThat(beyond).as("pages answered otherwise than the role allows").isEmpty();

        // the actions each role is offered on the Wmo case
        Map<Role, Set<String>> offered = new LinkedHashMap<>();
        casePages.forEach((role, page) -> offered.put(role, formsIn(page.get("body"))));
        assertThat(offered.get(Role.KCC)).as("KCC").isEmpty();
        // a KCC member outside the domain sees the summary (for the phone), never what the citizen sent or its files
        assertThat(casePages.get(Role.KCC).get("body")).doesNotContain("id=\"case-intake\"").doesNotContain("/medewerker/bijlage");
        assertThat(offered.get(Role.CONSULENT_JEUGD)).as("Jeugd consulent").isEmpty();
        assertThat(offered.get(Role.BEHEERDER)).as("beheerder").isEmpty();
        assertThat(offered.get(Role.CONSULENT_WMO)).as("Wmo consulent").contains("claim-form").doesNotContain("assign-form");
        assertThat(offered.get(Role.TEAMLEIDER_WMO)).as("Wmo team lead").contains("assign-form");

        // replays: the claim form of a case one may see, posted with the Wmo case's reference
        replayClaim(cookies.get(Role.CONSULENT_JEUGD), jeugdCase, wmoCase);
        assertThat(Database.number("SELECT count(*) FROM case_file WHERE reference = ? AND assignee_id IS NULL", wmoCase))
                .as("a Jeugd consulent cannot claim the Wmo case by replaying a claim").isEqualTo(1);
        // a KCC member sees the Wmo case's summary without a claim form; a claim posted into his own view of it is ignored
        HttpResponse<String> kccPage = Http.get(URI.create(url("/medewerker/zaak.xhtml?zaak=" + wmoCase)), cookies.get(Role.KCC));
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(kccPage.body());
        if (viewState.find()) {
            StringBuilder forged = new StringBuilder();
            append(forged, "claim-form", "claim-form");
            append(forged, "claim-form:claim", "claim");
            append(forged, "jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":"));
            append(forged, "primefaces.nonce", valueOf(kccPage.body(), "nonce=\"([^\"]+)\""));
            HttpResponse<String> kccClaim = Http.postForm(URI.create(url("/medewerker/zaak.xhtml?zaak=" + wmoCase)),
                    forged.toString(), cookies.get(Role.KCC));
            assertThat(kccClaim.statusCode()).as("a KCC member posting a claim").isEqualTo(200);
            assertThat(kccClaim.body()).doesNotContain("U heeft de zaak in behandeling genomen");
        }
        assertThat(Database.number("SELECT count(*) FROM case_file WHERE reference = ? AND assignee_id IS NULL", wmoCase))
                .as("a KCC member cannot claim the Wmo case").isEqualTo(1);
        assertThat(Database.number("SELECT count(*) FROM case_file WHERE reference = ? AND assignee_id IS NULL", jeugdCase))
                .as("nor did the replay claim the Jeugd case").isEqualTo(1);
    }

    /** GETs the case page of {@code seen} in that session and posts its claim form to the page of {@code target}. */
    private void replayClaim(String cookies, String seen, String target) {
        HttpResponse<String> own = Http.get(URI.create(url("/medewerker/zaak.xhtml?zaak=" + seen)), cookies);
        assertThat(own.statusCode()).isEqualTo(200);
        String form = between(own.body(), "<form id=\"claim-form\"", "</form>");
        StringBuilder body = new StringBuilder();
        Matcher input = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"").matcher(form);
        while (input.find()) {
            append(body, input.group(1), input.group(2).replace("&#58;", ":").replace("&amp;", "&"));
        }
        append(body, "claim-form:claim", "claim");
        // without the page's CSP nonce, PrimeFaces refuses the post before any page code runs
        HttpResponse<String> withoutNonce = Http.postForm(URI.create(url("/medewerker/zaak.xhtml?zaak=" + target)),
                body.toString(), cookies);
        assertThat(withoutNonce.statusCode()).as("a replay without the page's nonce").isEqualTo(403);
        // with it, the post reaches the service, which does not know the case for this caller
        append(body, "primefaces.nonce", valueOf(own.body(), "nonce=\"([^\"]+)\""));
        HttpResponse<String> replayed = Http.postForm(URI.create(url("/medewerker/zaak.xhtml?zaak=" + target)),
                body.toString(), cookies);
        assertThat(replayed.statusCode()).as("a replay with the nonce").isEqualTo(200);
        assertThat(replayed.body()).contains("id=\"case-not-found\"")
                .doesNotContain("U heeft de zaak in behandeling genomen");
    }

    private static void append(StringBuilder body, String name, String value) {
        if (body.length() > 0) {
            body.append('&');
        }
        body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private static String valueOf(String html, String regex) {
        Matcher found = Pattern.compile(regex).matcher(html);
        assertThat(found.find()).as("the page has " + regex).isTrue();
        return found.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("the page has " + start).isNotNegative();
        return text.substring(from, text.indexOf(end, from));
    }

    private static Set<String> formsIn(String html) {
        Set<String> forms = new TreeSet<>();
        for (String form : ACTION_FORMS) {
            if (html.contains("<form id=\"" + form + "\"")) {
                forms.add(form);
            }
        }
        return forms;
    }
}
