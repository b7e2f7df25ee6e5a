package nl.frontoffice.systemtest.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import nl.frontoffice.domain.calendar.WorkingDayCalendar;

import nl.frontoffice.systemtest.support.Browser;
import nl.frontoffice.systemtest.support.BrowserSystemTest;
import nl.frontoffice.systemtest.support.CitizenSession;
import nl.frontoffice.systemtest.support.Database;
import nl.frontoffice.systemtest.support.Http;
import nl.frontoffice.systemtest.support.IntakeWizardPage;
import nl.frontoffice.systemtest.support.MailCatcher;
import nl.frontoffice.systemtest.support.StaffLogin;
import nl.frontoffice.systemtest.support.StaffAccounts;

/**
 * The worklist and the staff case page on the production EAR. A citizen sends an intake through the wizard that
 * makes a Wmo and a Jeugd case.
 * <ul>
 *   <li>A consulent of Team Wmo sees the Wmo case in his worklist and not the Jeugd case, opens it, claims it,
 *       suspends and resumes it (the deadline moves by the suspended working days) and moves it to the next status;
 *       the citizen sees the change in Mijn zaken and receives the status mail (read from the mail catcher); a
 *       consulent of Team Jeugd who opens the Wmo case by its URL gets "not found".</li>
 *   <li>A team lead assigns the case to a consulent; the consulent sees what the citizen sent (answers of the Wmo
 *       part, the shared parts, the file, which downloads as an attachment) and the citizen's BRP data on request;
 *       the team lead records the decision and moves the case on; the Jeugd consulent gets "not found" for the case
 *       page and 404 for the file; every view is in the audit trail; with the BRP down the page says so.</li>
 * </ul>
 * axe checks every state of the pages at desktop width and at 375 px.
 */
class WorklistIT extends BrowserSystemTest {

    /** RvIG test person Petrus Paulus Leemstra (DigiD simulator list, BRP test set); no other system test uses him. */
    private static final String PETRUS = "999993926";
    private static final String PASSWORD = "Werkvoorraad test 2026!";
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** The phone width the case page is checked at. */
    private static final Dimension PHONE_375 = new Dimension(375, 812);
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private CitizenSession citizen;

    @BeforeEach
    void sessions() {
        browser.resize(Browser.DESKTOP);
        citizen = new CitizenSession(browser, PORTAL);
    }

    private WebDriver page() {
        return browser.driver();
    }

    private String text(String id) {
        return page().findElement(By.id(id)).getText();
    }

    private void assertAccessible(String what) {
        assertThat(browser.accessibilityViolations()).as("axe on " + what).isEmpty();
        assertThat(browser.scrollsHorizontally()).as(what + " scrolls sideways").isFalse();
    }

    /** axe and no sideways scrolling at desktop width and at 375 px. */
    private void assertAccessibleAtBothWidths(String what) {
        assertAccessible(what);
        browser.resize(PHONE_375);
        try {
            assertAccessible(what + " at 375 px");
        } finally {
            browser.resize(Browser.DESKTOP);
        }
    }

    /** Clicks the button and waits for the page that the (non-ajax) post returns. */
    private void submit(String id) {
        WebElement button = page().findElement(By.id(id));
        button.click();
        browser.waitUpTo(WAIT).until(ExpectedConditions.stalenessOf(button));
    }

    /** Waits until PrimeFaces has no ajax request running or queued. */
    private void waitForAjax() {
        browser.waitUpTo(WAIT).until(driver -> Boolean.TRUE.equals(
                browser.script("return window.PrimeFaces !== undefined && PrimeFaces.ajax.Queue.isEmpty();")));
    }

    private void type(String id, String value) {
        WebElement field = page().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /**
     * The citizen sends one intake about living at home (Wmo) and raising children (Jeugd), with his e-mail address
     * and, when given, a file.
     *
     * @return the case references, Wmo first
     */
    private String[] citizenSendsWmoAndJeugdIntake(String email, Path file) {
        citizen.logIn(PETRUS);
        page().findElement(By.id("personal-intake")).click();
        Map<String, String> sent = new IntakeWizardPage(browser, IntakeWizardPage.CITIZEN)
                .sendIntake(email, List.of("WONEN_EN_HUISHOUDEN", "OPVOEDEN_EN_OPGROEIEN"), List.of("WMO", "JEUGD"), file);
        citizen.logOut();
        return new String[] {IntakeWizardPage.caseWith(sent, "Wmo"), IntakeWizardPage.caseWith(sent, "jeugdhulp")};
    }

    private List<String> worklistReferences() {
        return page().findElements(By.cssSelector("#worklist-table\\:cases .worklist__reference a")).stream()
                .map(WebElement::getText).toList();
    }

    private static String uniqueEmail() {
        return "petrus-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
    }

    /** @return a date column of the case, read from the database */
    private static LocalDate caseDate(String column, String reference) {
        try (Connection db = Database.connect();
                PreparedStatement query = db.prepareStatement("SELECT " + column + " FROM case_file WHERE reference = ?")) {
            query.setString(1, reference);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getObject(1, LocalDate.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Moves the start of the case's running suspension back in the database, behind the application's back, so that
     * resuming today ends a suspension of several working days (a test cannot wait a week). The version is left as
     * it is: for the application nothing but the day changed.
     */
    private static void suspensionBeganOn(String reference, LocalDate day) {
        try (Connection db = Database.connect();
                PreparedStatement update = db.prepareStatement("UPDATE case_file SET suspended_since = ? WHERE reference = ?")) {
            update.setObject(1, day);
            update.setString(2, reference);
            assertThat(update.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return how many audit rows of this kind the staff member caused about this object */
    private static long auditRows(String username, String event, String objectReference) {
        return Database.number("SELECT count(*) FROM personal_data_access WHERE staff_username = ? AND event_type = ?"
                + " AND object_reference = ?", username, event, objectReference);
    }

    /** A GET with the browser's cookies (its login session), without following redirects. */
    private HttpResponse<byte[]> getAsBrowser(String href) throws Exception {
        String cookies = page().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(href)).timeout(WAIT).header("Cookie", cookies).GET().build();
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void a_Wmo_consulent_claims_suspends_resumes_and_moves_a_Wmo_case_and_a_Jeugd_consulent_cannot_open_it() {
        String email = uniqueEmail();
        String[] references = citizenSendsWmoAndJeugdIntake(email, null);
        String wmoCase = references[0];
        String jeugdCase = references[1];
        String wendy = StaffAccounts.create("Wendy Wmo", PASSWORD, "CONSULENT", StaffAccounts.TEAM_WMO);
        String jan = StaffAccounts.create("Jan Jeugd", PASSWORD, "CONSULENT", StaffAccounts.TEAM_JEUGD);

        // the worklist, from the landing page: the Wmo case, not the Jeugd case
        StaffLogin.logIn(browser, PORTAL, wendy, PASSWORD);
        page().findElement(By.id("staff-worklist-link")).click();
        citizen.waitForPath("/medewerker/werkvoorraad.xhtml");
        assertThat(worklistReferences()).contains(wmoCase).doesNotContain(jeugdCase);
        WebElement row = page().findElement(By.xpath("//a[text()='" + wmoCase + "']/ancestor::tr"));
        assertThat(row.getText()).contains("Melding Wmo", "Ontvangen", "Op tijd", "werkdagen", "Nog niet toegewezen");
        assertThat(row.findElement(By.cssSelector(".deadline-state")).getAttribute("class")).contains("deadline-state--ON_TRACK");
        assertThat(page().findElements(By.cssSelector("#worklist-table\\:cases th[scope=col]"))).hasSizeGreaterThanOrEqualTo(6);
        assertThat(page().findElements(By.cssSelector("#worklist-table\\:cases thead input"))).as("filters are the form above").isEmpty();
        assertAccessible("the worklist");
        browser.screenshot("worklist");

        // sorting in the database: by reference, then the other way round
        page().findElement(By.cssSelector("#worklist-table\\:cases\\:reference")).click();
        browser.waitUpTo(WAIT).until(driver -> "ascending".equals(driver.findElement(
                By.cssSelector("#worklist-table\\:cases\\:reference")).getAttribute("aria-sort")));
        waitForAjax();
        List<String> ascending = worklistReferences();
        page().findElement(By.cssSelector("#worklist-table\\:cases\\:reference")).click();
        browser.waitUpTo(WAIT).until(driver -> "descending".equals(driver.findElement(
                By.cssSelector("#worklist-table\\:cases\\:reference")).getAttribute("aria-sort")));
        waitForAjax();
        assertThat(worklistReferences()).isSortedAccordingTo(java.util.Comparator.reverseOrder()).containsExactlyInAnyOrderElementsOf(ascending);
        assertThat(ascending).isSorted();

        // filters: unassigned Wmo cases still show it; "mine" does not yet
        new org.openqa.selenium.support.ui.Select(page().findElement(By.id("worklist-filter:assignee"))).selectByValue("MINE");
        submit("worklist-filter:apply");
        assertThat(worklistReferences()).doesNotContain(wmoCase);
        assertAccessible("the worklist with a filter");
        new org.openqa.selenium.support.ui.Select(page().findElement(By.id("worklist-filter:assignee"))).selectByValue("UNASSIGNED");
        submit("worklist-filter:apply");
        assertThat(worklistReferences()).contains(wmoCase);

        // the case page
        page().findElement(By.linkText(wmoCase)).click();
        citizen.waitForPath("/medewerker/zaak.xhtml");
        assertThat(text("page-title")).isEqualTo("Zaak " + wmoCase);
        assertThat(text("case-status")).isEqualTo("Ontvangen");
        assertThat(text("case-assignee")).isEqualTo("Nog niet toegewezen");
        assertThat(page().findElements(By.id("move-form:move"))).as("only the assignee moves the case").isEmpty();
        assertThat(page().findElements(By.id("assign-form:assign"))).as("only a team lead assigns").isEmpty();
        assertAccessibleAtBothWidths("the case page");
        String deadline = text("case-deadline-date");

        // claim
        submit("claim-form:claim");
        assertThat(text("case-messages")).contains("U heeft de zaak in behandeling genomen.");
        assertThat(text("case-assignee")).isEqualTo("Wendy Wmo");
        assertThat(text("case-team")).isEqualTo("Team Wmo");
        assertThat(page().findElements(By.id("claim-form:claim"))).isEmpty();
        assertAccessibleAtBothWidths("the case page of a claimed case");

        // suspending needs a reason; then the deadline stands still
        submit("suspend-form:suspend");
        assertThat(text("case-messages")).contains("Schrijf op op welke informatie u wacht");
        type("suspend-form:reason", "Het advies van de huisarts");
        submit("suspend-form:suspend");
        assertThat(text("case-messages")).contains("De zaak is opgeschort.");
        assertThat(text("case-deadline-state")).isEqualTo("Opgeschort");
        assertThat(text("case-deadline")).contains("Het advies van de huisarts");
        assertThat(page().findElements(By.id("move-form:move"))).as("a suspended case does not move").isEmpty();
        assertAccessibleAtBothWidths("the case page of a suspended case");
        assertThat(MailCatcher.waitForMail(PORTAL, email, "Wij hebben informatie van u nodig voor uw zaak " + wmoCase))
                .contains("Het advies van de huisarts").doesNotContain(PETRUS);

        // The suspension is made to have begun a week ago (set back in the database: a test cannot wait a week), so
        // resuming today moves the deadline by the working days in between, as the working-day calendar counts them.
        LocalDate today = LocalDate.now(WorkingDayCalendar.TIME_ZONE);
        LocalDate weekAgo = today.minusDays(7);
        suspensionBeganOn(wmoCase, weekAgo);
        WorkingDayCalendar calendar = WorkingDayCalendar.netherlands();
        int suspendedDays = calendar.workingDaysBetween(weekAgo, today);
        assertThat(suspendedDays).as("working days in the last week").isPositive();
        LocalDate oldDeadline = caseDate("deadline", wmoCase);
        assertThat(DUTCH_DATE.format(oldDeadline)).isEqualTo(deadline);
        LocalDate movedDeadline = calendar.addWorkingDays(oldDeadline, suspendedDays);
        submit("resume-form:resume");
        assertThat(text("case-messages")).contains("De zaak is hervat.");
        assertThat(text("case-deadline-date")).isEqualTo(DUTCH_DATE.format(movedDeadline)).isNotEqualTo(deadline);
        assertThat(caseDate("deadline", wmoCase)).isEqualTo(movedDeadline);
        assertThat(text("case-deadline-state")).startsWith("Op tijd");
        assertThat(text("case-history")).contains("Opgeschort", "Het advies van de huisarts", "Hervat", "Wendy Wmo");

        // the next status
        String nextStatus = page().findElement(By.cssSelector("#move-form h3")).getText().replace("Naar de volgende status: ", "");
        assertThat(nextStatus).isNotBlank().isNotEqualTo("Ontvangen");
        type("move-form:reason", "Huisbezoek afgesproken");
        submit("move-form:move");
        assertThat(text("case-messages")).contains("De status van de zaak is gewijzigd.");
        assertThat(text("case-status")).isEqualTo(nextStatus);
        assertThat(text("case-history")).contains("Status gewijzigd", "Huisbezoek afgesproken");

        // the citizen's mail about the new status: to his address, with the case and its new status, without his BSN
        String statusMail = MailCatcher.waitForMail(PORTAL, email, "Uw zaak " + wmoCase + " is in behandeling");
        assertThat(statusMail).contains("\"to\"").contains(email).contains(wmoCase).contains("In behandeling")
                .doesNotContain(PETRUS);

        // a note
        type("note-form:text", "Dochter belt terug over de trapleuning.");
        submit("note-form:add");
        assertThat(text("case-notes")).contains("Dochter belt terug over de trapleuning.", "Wendy Wmo");
        assertAccessibleAtBothWidths("the case page after the actions");
        browser.screenshot("staff-case");

        // the worklist shows the case as hers now
        page().get(url("/medewerker/werkvoorraad.xhtml"));
        new org.openqa.selenium.support.ui.Select(page().findElement(By.id("worklist-filter:assignee"))).selectByValue("MINE");
        submit("worklist-filter:apply");
        assertThat(worklistReferences()).containsExactly(wmoCase);

        // a Jeugd consulent: the Jeugd case yes, the Wmo case "not found", also by URL
        StaffLogin.logIn(browser, PORTAL, jan, PASSWORD);
        page().get(url("/medewerker/werkvoorraad.xhtml"));
        assertThat(worklistReferences()).contains(jeugdCase).doesNotContain(wmoCase);
        page().get(url("/medewerker/zaak.xhtml?zaak=" + wmoCase));
        assertThat(text("page-title")).isEqualTo("Zaak niet gevonden");
        assertThat(text("case-not-found")).contains("Wij kunnen deze zaak niet vinden");
        assertThat(page().findElements(By.id("case-summary"))).isEmpty();
        assertThat(page().getPageSource()).doesNotContain("Wendy Wmo").doesNotContain("Huisbezoek afgesproken");
        assertAccessibleAtBothWidths("the case page of a case of another team");
        page().get(url("/medewerker/zaak.xhtml?zaak=" + jeugdCase));
        assertThat(text("case-status")).isEqualTo("Ontvangen");

        // the citizen sees the new status in Mijn zaken
        citizen.logIn(PETRUS);
        page().get(url("/mijn/zaken.xhtml"));
        String mine = page().findElement(By.id("case-" + wmoCase)).getText();
        assertThat(mine).contains("Wendy Wmo", nextStatus, DUTCH_DATE.format(movedDeadline)).doesNotContain("Ontvangen");
        assertThat(URI.create(page().getCurrentUrl()).getPath()).isEqualTo("/mijn/zaken.xhtml");
    }

    @Test
    void a_team_lead_assigns_and_decides_and_the_consulent_of_the_domain_sees_the_intake_file_and_BRP_data() throws Exception {
        Path file = Files.createTempFile("advies-huisarts", ".pdf");
        Files.writeString(file, "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n", StandardCharsets.US_ASCII);
        String email = uniqueEmail();
        String[] references = citizenSendsWmoAndJeugdIntake(email, file);
        String wmoCase = references[0];
        String lead = StaffAccounts.create("Tessa Teamleider", PASSWORD, "TEAMLEIDER", StaffAccounts.TEAM_WMO);
        String connie = StaffAccounts.create("Connie Consulent", PASSWORD, "CONSULENT", StaffAccounts.TEAM_WMO);
        String jan = StaffAccounts.create("Jan Jeugd", PASSWORD, "CONSULENT", StaffAccounts.TEAM_JEUGD);

        // the team lead assigns the case: a choice is required, then it goes to the consulent
        StaffLogin.logIn(browser, PORTAL, lead, PASSWORD);
        page().get(url("/medewerker/zaak.xhtml?zaak=" + wmoCase));
        assertThat(text("case-assignee")).isEqualTo("Nog niet toegewezen");
        assertThat(new Select(page().findElement(By.id("assign-form:assignee"))).getOptions()).extracting(WebElement::getText)
                .contains("Connie Consulent (Team Wmo)", "Tessa Teamleider (Team Wmo)").noneMatch(o -> o.contains("Jan Jeugd"));
        assertAccessibleAtBothWidths("the case page for a team lead");
        submit("assign-form:assign");
        assertThat(text("assign-form:assignee-error")).contains("Kies aan wie u de zaak toewijst");
        assertAccessibleAtBothWidths("the case page with an assignment error");
        new Select(page().findElement(By.id("assign-form:assignee"))).selectByVisibleText("Connie Consulent (Team Wmo)");
        submit("assign-form:assign");
        assertThat(text("case-messages")).contains("De zaak is toegewezen.");
        assertThat(text("case-assignee")).isEqualTo("Connie Consulent");
        assertThat(text("case-team")).isEqualTo("Team Wmo");
        assertThat(text("case-history")).contains("Toegewezen", "Tessa Teamleider");

        // the consulent: what the citizen sent for this case, and the shared parts; the Jeugd answers stay out
        StaffLogin.logIn(browser, PORTAL, connie, PASSWORD);
        page().get(url("/medewerker/zaak.xhtml?zaak=" + wmoCase));
        assertThat(text("case-assignee")).isEqualTo("Connie Consulent");
        assertThat(page().findElements(By.id("assign-form:assign"))).as("a consulent does not assign").isEmpty();
        String intakeReference = text("intake-reference");
        assertThat(intakeReference).startsWith("I-");
        assertThat(text("intake-received-via")).isEqualTo("Website, door de inwoner zelf");
        assertThat(text("intake-contact")).contains("0612345678", email);
        assertThat(text("intake-person")).contains("Leemstra");
        assertThat(text("intake-household")).contains("Partner");
        assertThat(text("intake-urgency")).isEqualTo("Geen spoed gemeld");
        assertThat(text("intake-questions")).contains("Dit is mijn antwoord in mijn eigen woorden.");
        assertThat(text("intake-answers")).contains("Wonen en huishouden").doesNotContain("Opvoeden en opgroeien");
        assertThat(text("intake-other-domains")).contains("jeugdhulp");
        assertThat(page().findElements(By.cssSelector("#case-files th[scope=col]"))).hasSize(3);
        WebElement link = page().findElement(By.cssSelector("#case-files a.case-file"));
        assertThat(link.getText()).isEqualTo(file.getFileName().toString());
        assertThat(text("case-files")).contains("application/pdf", "kB");
        String href = link.getAttribute("href");
        assertThat(href).contains("/medewerker/bijlage?zaak=" + wmoCase).doesNotContain(PETRUS);
        String klantbeeld = page().findElement(By.id("case-klantbeeld")).getAttribute("href");
        assertThat(klantbeeld).contains("/medewerker/klant.xhtml?klant=").doesNotContain(PETRUS);
        assertAccessibleAtBothWidths("the case page with the intake");
        browser.screenshot("staff-case-intake");

        // the file downloads as an attachment of its stored type, never sniffed
        HttpResponse<byte[]> download = getAsBrowser(href);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment;").contains(file.getFileName().toString()));
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.body()).isEqualTo(Files.readAllBytes(file));
        // a wrong file id or a malformed one: 404
        assertThat(getAsBrowser(url("/medewerker/bijlage?zaak=" + wmoCase + "&bestand=999999999")).statusCode()).isEqualTo(404);
        assertThat(getAsBrowser(url("/medewerker/bijlage?zaak=" + wmoCase + "&bestand=abc")).statusCode()).isEqualTo(404);

        // the BRP data on request
        assertThat(page().findElements(By.id("brp-person"))).isEmpty();
        submit("brp-form:show");
        assertThat(text("brp-name")).contains("Leemstra");
        assertThat(text("brp-address")).isNotBlank();
        assertThat(text("brp-household")).contains("Partner");
        assertAccessibleAtBothWidths("the case page with the BRP data");

        // every view of personal data is in the audit trail, with the purpose "case handling"
        assertThat(auditRows(connie, "CASE_VIEWED", wmoCase)).isGreaterThanOrEqualTo(1);
        assertThat(auditRows(connie, "CASE_INTAKE_VIEWED", wmoCase)).isGreaterThanOrEqualTo(1);
        assertThat(Database.number("SELECT count(*) FROM personal_data_access WHERE staff_username = ?"
                + " AND event_type = 'CASE_ATTACHMENT_DOWNLOADED' AND object_reference LIKE ?", connie, wmoCase + " bestand %")).isEqualTo(1);
        assertThat(Database.number("SELECT count(*) FROM personal_data_access WHERE staff_username = ?"
                + " AND event_type = 'BRP_PERSON_FETCHED' AND citizen_bsn = ?", connie, PETRUS)).isEqualTo(1);
        assertThat(Database.number("SELECT count(*) FROM personal_data_access WHERE staff_username = ?"
                + " AND purpose_code <> 'CASE_HANDLING'", connie)).isZero();

        // the consulent takes it on: the decision is needed for the status after that
        submit("move-form:move");
        assertThat(text("case-status")).isEqualTo("In behandeling");
        assertThat(page().findElement(By.cssSelector("#move-form")).getText()).contains("eerst het besluit");

        // the team lead records the decision (both fields required, at the field), then moves the case on
        StaffLogin.logIn(browser, PORTAL, lead, PASSWORD);
        page().get(url("/medewerker/zaak.xhtml?zaak=" + wmoCase));
        submit("decision-form:record");
        assertThat(text("decision-form:outcome-error")).contains("Kies de uitkomst");
        assertThat(text("decision-form:text-error")).contains("Schrijf het besluit op");
        assertAccessibleAtBothWidths("the case page with decision errors");
        new Select(page().findElement(By.id("decision-form:outcome"))).selectByVisibleText("Toegekend");
        type("decision-form:text", "Traplift, vergoed als maatwerkvoorziening.");
        submit("decision-form:record");
        assertThat(text("case-messages")).contains("Het besluit is vastgelegd.");
        assertThat(text("case-decision")).isEqualTo("Toegekend: Traplift, vergoed als maatwerkvoorziening.");
        assertThat(text("case-history")).contains("Besluit vastgelegd", "Tessa Teamleider");
        assertAccessibleAtBothWidths("the case page with a decision");
        String decidedStatus = page().findElement(By.cssSelector("#move-form h3")).getText().replace("Naar de volgende status: ", "");
        submit("move-form:move");
        assertThat(text("case-messages")).contains("De status van de zaak is gewijzigd.");
        assertThat(text("case-status")).isEqualTo(decidedStatus);
        assertThat(MailCatcher.waitForMail(PORTAL, email, "Wij hebben een besluit genomen over uw zaak " + wmoCase)).doesNotContain(PETRUS);

        // the Jeugd consulent: the Wmo case page is "not found", its file 404, and nothing is audited in his name
        StaffLogin.logIn(browser, PORTAL, jan, PASSWORD);
        page().get(url("/medewerker/zaak.xhtml?zaak=" + wmoCase));
        assertThat(text("page-title")).isEqualTo("Zaak niet gevonden");
        assertThat(page().findElements(By.id("case-intake"))).isEmpty();
        assertThat(page().getPageSource()).doesNotContain(file.getFileName().toString()).doesNotContain("Leemstra");
        assertThat(getAsBrowser(href).statusCode()).isEqualTo(404);
        assertThat(Database.number("SELECT count(*) FROM personal_data_access WHERE staff_username = ?", jan)).isZero();

        // a KCC member of a team without Wmo: the summary (he may tell a caller where the case stands), not what the
        // citizen sent, not the citizen, no actions; the file 404
        String karin = StaffAccounts.create("Karin Klantcontact", PASSWORD, "KCC", StaffAccounts.TEAM_WERK_EN_INKOMEN);
        StaffLogin.logIn(browser, PORTAL, karin, PASSWORD);
        page().get(url("/medewerker/zaak.xhtml?zaak=" + wmoCase));
        assertThat(text("case-status")).isEqualTo(decidedStatus);
        assertThat(page().findElements(By.id("case-intake"))).isEmpty();
        assertThat(page().findElements(By.id("case-citizen"))).isEmpty();
        assertThat(page().findElements(By.id("case-actions"))).isEmpty();
        assertThat(page().getPageSource()).doesNotContain(file.getFileName().toString()).doesNotContain(email);
        assertThat(getAsBrowser(href).statusCode()).isEqualTo(404);
        assertAccessibleAtBothWidths("the case page for KCC without the domain");

        // with the BRP down, the page says so (last: the adapter's circuit breaker may stay open for a while)
        StaffLogin.logIn(browser, PORTAL, connie, PASSWORD);
        page().get(url("/medewerker/zaak.xhtml?zaak=" + wmoCase));
        assertThat(Http.postForm(URI.create(url("/brp-stub/beheer/modus")), "modus=down").statusCode()).isLessThan(300);
        try {
            submit("brp-form:show");
            assertThat(text("brp-unavailable")).contains("De BRP is nu niet bereikbaar");
            assertThat(page().findElements(By.id("brp-person"))).isEmpty();
            assertAccessibleAtBothWidths("the case page with the BRP down");
        } finally {
            Http.postForm(URI.create(url("/brp-stub/beheer/modus")), "modus=normal");
        }
    }
}
