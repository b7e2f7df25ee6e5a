package nl.frontoffice.systemtest.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import nl.frontoffice.systemtest.lead.BackOffice;
import nl.frontoffice.systemtest.support.Browser;
import nl.frontoffice.systemtest.support.BrowserSystemTest;
import nl.frontoffice.systemtest.support.Database;
import nl.frontoffice.systemtest.support.StaffAccounts;

/**
 * The BEHEERDER's search of the audit trail of personal data on the production EAR. A consulent looked at two
 * citizens' data and a KCC member at one of them; a BEHEERDER finds those rows by the citizen's BSN (typed in a posted
 * form, checked with the 11-proef, never in an address), by username, kind of view and period, sees the BSN masked,
 * and axe finds nothing at desktop width and at 375 px. His searches are logged without the BSN. A consulent gets 403.
 *
 * <p>The rows are written straight into {@code personal_data_access}, exactly as {@code PersonalDataAccessLog} writes
 * them: in this build no staff page records views yet (the klantbeeld and the case page's audit come with their own
 * increments); this test is about finding them. Once a page records a view, the first step can become that view.
 */
class AuditTrailIT extends BrowserSystemTest {

    private static final String PASSWORD = "Inzageregistratie test 2026!";
    private static final Dimension PHONE_375 = new Dimension(375, 740);

    private final List<String> visited = new ArrayList<>();

    private WebDriver page() {
        return browser.driver();
    }

    private void remember() {
        visited.add(page().getCurrentUrl());
    }

    private void assertAccessible(String what) {
        assertThat(browser.accessibilityViolations()).as("axe on " + what).isEmpty();
        assertThat(browser.scrollsHorizontally()).as(what + " scrolls sideways").isFalse();
    }

    private List<String> column(String cssClass) {
        return page().findElements(By.cssSelector("#audit-results\\:entries tbody ." + cssClass)).stream()
                .map(WebElement::getText).toList();
    }

    private void search(BackOffice office, String bsn, String username, String event, String from, String until) {
        office.type("audit-search:bsn", bsn);
        office.type("audit-search:staff", username);
        Select kind = new Select(page().findElement(By.id("audit-search:event")));
        if (event == null) {
            kind.selectByIndex(0);
        } else {
            kind.selectByValue(event);
        }
        date("audit-search:from", from);
        date("audit-search:until", until);
        office.submit("audit-search:search");
        remember();
    }

    /** Sets a date field (type=date) to yyyy-MM-dd, or empties it. */
    private void date(String id, String value) {
        browser.script("arguments[0].value = arguments[1];", page().findElement(By.id(id)), value == null ? "" : value);
    }

    @Test
    void a_beheerder_finds_who_viewed_a_citizen_by_bsn_and_by_username_and_a_consulent_is_refused() throws Exception {
        browser.resize(Browser.DESKTOP);
        BackOffice office = new BackOffice(browser, PORTAL);
        String consulent = StaffAccounts.create("Victor Viewer", PASSWORD, "CONSULENT", StaffAccounts.TEAM_WMO);
        String kcc = StaffAccounts.create("Kim Klantcontact", PASSWORD, "KCC", StaffAccounts.TEAM_WMO);
        String beheerder = StaffAccounts.create("Bea Beheer", PASSWORD, "BEHEERDER");
        String citizen = newBsn();
        String other = newBsn();
        auditRow(consulent, citizen, "CASE_VIEWED", "Z-2026-000777", "CASE_HANDLING", null);
        auditRow(kcc, citizen, "CITIZEN_TIMELINE_VIEWED", null, "OTHER", "bezwaarschrift");
        auditRow(consulent, other, "CITIZEN_SEARCH_RESULT", "BSN", "PHONE_CONTACT", null);

        // the way in: the link on the BEHEERDER's landing page
        office.staffLogIn(beheerder, PASSWORD);
        page().findElement(By.id("staff-audit-link")).click();
        office.waitForPath("/medewerker/audit.xhtml");
        remember();
        assertThat(page().findElement(By.id("page-title")).getText()).isEqualTo("Inzageregistratie");
        assertThat(page().findElements(By.id("audit-results:entries"))).as("no rows before a search").isEmpty();
        assertAccessible("the empty audit search");

        // a BSN that fails the 11-proef: a message at the field, no search
        search(office, "123456789", "", null, null, null);
        assertThat(page().findElement(By.id("audit-search:bsn-message")).getText()).contains("Dit is geen geldig BSN");
        assertThat(page().findElement(By.id("audit-search:bsn")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page().findElements(By.id("audit-results:entries"))).isEmpty();
        assertAccessible("the audit search with an invalid BSN");

        // by citizen: both views of that citizen, newest first, BSN masked
        search(office, citizen, "", null, null, null);
        assertThat(column("audit__who")).containsExactly(kcc, consulent);
        assertThat(column("audit__citizen")).containsOnly("******" + citizen.substring(6));
        assertThat(column("audit__what")).containsExactly("Klantbeeld bekeken", "Zaak geopend (Z-2026-000777)");
        assertThat(column("audit__why")).containsExactly("Anders: bezwaarschrift", "Behandeling van een zaak");
        assertThat(column("audit__when")).allSatisfy(when -> assertThat(when).contains(String.valueOf(LocalDate.now().getYear())));
        assertThat(page().findElement(By.id("audit-results:entries")).getText()).doesNotContain(citizen);
        assertAccessible("the audit search by BSN");
        browser.screenshot("audit-by-bsn");

        // by username: the consulent's views of both citizens
        search(office, "", consulent, null, null, null);
        assertThat(column("audit__who")).containsOnly(consulent).hasSize(2);
        assertThat(column("audit__citizen")).containsExactlyInAnyOrder("******" + citizen.substring(6), "******" + other.substring(6));
        // ... narrowed by kind of view and by period
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        search(office, "", consulent, "CASE_VIEWED", today, today);
        assertThat(column("audit__what")).containsExactly("Zaak geopend (Z-2026-000777)");
        String yesterday = LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(1).toString();
        search(office, "", consulent, null, yesterday, yesterday);
        assertThat(page().findElement(By.id("audit-results:entries")).getText()).contains("Er zijn geen registraties gevonden.");
        // a reversed period
        search(office, "", consulent, null, today, yesterday);
        assertThat(page().findElement(By.id("audit-search:until-message")).getText()).contains("De einddatum ligt voor de begindatum");

        browser.resize(PHONE_375);
        search(office, citizen, "", null, null, null);
        assertThat(column("audit__who")).containsExactly(kcc, consulent);
        assertAccessible("the audit search by BSN at 375 px");
        browser.resize(Browser.DESKTOP);

        // the searches are logged, with the criteria used but never the BSN
        Path log = Path.of(System.getProperty("payara.home"), "glassfish/domains/systemtest/logs/server.log");
        String lines = awaitLog(log, "AUDIT_TRAIL_SEARCHED subject=\"" + beheerder + "\"");
        assertThat(lines).contains("citizen=true").doesNotContain(citizen);

        // a consulent: 403
        office.staffLogIn(consulent, PASSWORD);
        remember();
        assertThat(page().findElements(By.id("staff-audit-link"))).isEmpty();
        page().get(url("/medewerker/audit.xhtml"));
        remember();
        assertThat(page().findElement(By.id("page-title")).getText()).isEqualTo("U heeft geen toegang tot deze pagina");
        assertThat(page().findElements(By.id("audit-search"))).isEmpty();

        // no BSN in any address the browser was at
        assertThat(visited).isNotEmpty().allSatisfy(address -> assertThat(URI.create(address).toString())
                .doesNotContain(citizen).doesNotContain(other).doesNotContain("123456789"));
    }

    /** Appends an audit row as PersonalDataAccessLog does (its own block of ids from the sequence). @return its id */
    private static long auditRow(String username, String bsn, String event, String reference, String purpose,
            String note) {
        long id = Database.number("SELECT nextval('personal_data_access_seq')");
        BackOffice.update("INSERT INTO personal_data_access (id, occurred_at, staff_username, citizen_bsn, event_type,"
                        + " object_reference, purpose_code, purpose_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id,
                OffsetDateTime.now(ZoneOffset.UTC), username, bsn, event, reference, purpose, note);
        try {
            Thread.sleep(20); // distinct moments: the newest comes first
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return id;
    }

    private static String awaitLog(Path log, String text) throws IOException, InterruptedException {
        for (int i = 0; i < 20; i++) {
            List<String> matching = Files.readAllLines(log).stream().filter(line -> line.contains(text)).toList();
            if (!matching.isEmpty()) {
                return String.join("\n", matching);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No log line with " + text + " in " + log);
    }

    /** A fresh BSN that passes the 11-proef, not one of the RvIG test persons. */
    private static String newBsn() {
        while (true) {
            String candidate = String.format("%09d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L));
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (candidate.charAt(i) - '0');
            }
            sum -= candidate.charAt(8) - '0';
            if (sum % 11 == 0 && !candidate.startsWith("0") && !candidate.startsWith("9999")) {
                return candidate;
            }
        }
    }
}
