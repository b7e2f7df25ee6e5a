package nl.frontoffice.systemtest.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import nl.frontoffice.systemtest.support.Browser;
import nl.frontoffice.systemtest.support.BrowserSystemTest;
import nl.frontoffice.systemtest.support.Database;
import nl.frontoffice.systemtest.support.StaffAccounts;

/**
 * The team lead's dashboard on the production EAR: a lead of Team Wmo and Team Jeugd reads his numbers; a citizen sends
 * an intake that makes a Wmo and a Jeugd case; the Wmo case's deadline passes and the Jeugd case is closed after 7
 * working days (both behind the application's back: a test cannot wait weeks). The dashboard then counts one more open,
 * received and overdue Wmo case and one more closed Jeugd case, with the median handling time the database gives; other
 * tests make cases too, so the test counts relative to before. axe finds nothing at desktop width and at 375 px, and a
 * consulent gets 403.
 */
class DashboardIT extends BrowserSystemTest {

    /** RvIG test person Jacoba Magdalena te Schaars (DigiD simulator list, BRP test set); no other system test uses her. */
    private static final String JACOBA = "999993483";
    private static final String PASSWORD = "Teamoverzicht test 2026!";
    private static final Dimension PHONE_375 = new Dimension(375, 740);

    private WebDriver page() {
        return browser.driver();
    }

    /** The numbers of the dashboard that the test follows. */
    record Numbers(long open, long overdue, long wmoOpen, long wmoOverdue, long wmoReceived, long jeugdClosed) {
    }

    private Numbers read() {
        page().get(url("/medewerker/dashboard.xhtml"));
        assertThat(page().findElement(By.id("page-title")).getText()).isEqualTo("Teamoverzicht");
        return new Numbers(number(By.id("dashboard-open")), number(By.id("dashboard-overdue")),
                number(By.cssSelector("#dashboard-domain-WMO .open")),
                number(By.cssSelector("#dashboard-domain-WMO .overdue")),
                optionalNumber(By.cssSelector("#dashboard-status-WMO-RECEIVED .count")),
                number(By.cssSelector("#dashboard-domain-JEUGD .closed")));
    }

    private long number(By by) {
        return Long.parseLong(page().findElement(by).getText().strip());
    }

    private long optionalNumber(By by) {
        List<WebElement> found = page().findElements(by);
        return found.isEmpty() ? 0 : Long.parseLong(found.get(0).getText().strip());
    }

    private void assertAccessible(String what) {
        assertThat(browser.accessibilityViolations()).as("axe on " + what).isEmpty();
        assertThat(browser.scrollsHorizontally()).as(what + " scrolls sideways").isFalse();
    }

    @Test
    void a_team_lead_sees_the_numbers_of_his_teams_and_a_consulent_is_refused() throws Exception {
        browser.resize(Browser.DESKTOP);
        BackOffice office = new BackOffice(browser, PORTAL);
        String lead = StaffAccounts.create("Tim Teamleider", PASSWORD, "TEAMLEIDER", StaffAccounts.TEAM_WMO,
                StaffAccounts.TEAM_JEUGD);
        String consulent = StaffAccounts.create("Carla Consulent", PASSWORD, "CONSULENT", StaffAccounts.TEAM_WMO);

        // the lead's way in: the link on his landing page
        office.staffLogIn(lead, PASSWORD);
        page().findElement(By.id("staff-dashboard-link")).click();
        office.waitForPath("/medewerker/dashboard.xhtml");
        Numbers before = read();

        Map<String, String> cases = office.citizenSendsIntake(JACOBA, BackOffice.WMO_AREA, BackOffice.JEUGD_AREA);
        String wmo = cases.get("WMO");
        String jeugd = cases.get("JEUGD");
        BackOffice.setDeadline(wmo, LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(10));
        assertThat(BackOffice.update("UPDATE case_file SET is_open = FALSE, status_code = 'CLOSED', closed_on = ?,"
                + " handling_working_days = 7 WHERE reference = ?", LocalDate.now(), jeugd)).isEqualTo(1);

        office.staffLogIn(lead, PASSWORD);
        Numbers after = read();
        assertThat(after.open()).as("open: the Wmo case").isEqualTo(before.open() + 1);
        assertThat(after.overdue()).as("overdue").isEqualTo(before.overdue() + 1);
        assertThat(after.wmoOpen()).isEqualTo(before.wmoOpen() + 1);
        assertThat(after.wmoOverdue()).isEqualTo(before.wmoOverdue() + 1);
        assertThat(after.wmoReceived()).isEqualTo(before.wmoReceived() + 1);
        assertThat(after.jeugdClosed()).isEqualTo(before.jeugdClosed() + 1);

        // the medians are those of the closed cases in the database
        List<Integer> jeugdDays = handlingDays("JEUGD");
        assertThat(jeugdDays).contains(7);
        assertThat(page().findElement(By.cssSelector("#dashboard-domain-JEUGD .median")).getText())
                .isEqualTo(dutch(median(jeugdDays)));
        assertThat(page().findElement(By.cssSelector("#dashboard-handling-JEUGD_AANVRAAG .closed")).getText())
                .isEqualTo(String.valueOf(jeugdDays.size()));
        assertThat(page().findElement(By.cssSelector("#dashboard-handling-JEUGD_AANVRAAG .median")).getText())
                .isEqualTo(dutch(median(jeugdDays)));
        List<Integer> both = new ArrayList<>(jeugdDays);
        both.addAll(handlingDays("WMO"));
        assertThat(page().findElement(By.id("dashboard-median")).getText()).isEqualTo(dutch(median(both)));

        // the charts say the same numbers, are one image each, and need no script
        WebElement deadlines = page().findElement(By.id("chart-deadlines"));
        assertThat(deadlines.getAttribute("role")).isEqualTo("img");
        assertThat(deadlines.getAttribute("aria-labelledby")).isEqualTo("chart-deadlines-caption chart-deadlines-alternative");
        assertThat(deadlines.getText()).contains("Hulp en ondersteuning thuis (Wmo), over de termijn: " + after.wmoOverdue());
        assertThat(page().findElement(By.id("chart-status")).getText())
                .contains("Hulp en ondersteuning thuis (Wmo), Ontvangen: " + after.wmoReceived());
        assertThat(page().findElement(By.id("chart-handling")).getText())
                .contains("Aanvraag jeugdhulp: " + dutch(median(jeugdDays)) + " werkdagen");
        assertThat(page().findElements(By.cssSelector("main script"))).isEmpty();
        assertThat(page().findElements(By.cssSelector("#dashboard-domains th[scope=col]"))).hasSize(7);
        assertAccessible("the dashboard");
        browser.screenshot("dashboard");
        browser.resize(PHONE_375);
        page().navigate().refresh();
        assertAccessible("the dashboard at 375 px");
        browser.screenshot("dashboard-phone");
        browser.resize(Browser.DESKTOP);

        // "overdue" leads to the worklist, where the case is overdue
        page().findElement(By.id("dashboard-overdue-link")).click();
        office.waitForPath("/medewerker/werkvoorraad.xhtml");
        WebElement row = page().findElement(By.xpath("//a[text()='" + wmo + "']/ancestor::tr"));
        assertThat(row.findElement(By.cssSelector(".deadline-state")).getAttribute("class")).contains("deadline-state--OVERDUE");

        // a consulent: 403, over HTTP too, and none of the numbers
        office.staffLogIn(consulent, PASSWORD);
        assertThat(page().findElements(By.id("staff-dashboard-link"))).isEmpty();
        page().get(url("/medewerker/dashboard.xhtml"));
        assertThat(page().findElement(By.id("page-title")).getText()).isEqualTo("U heeft geen toegang tot deze pagina");
        assertThat(page().findElements(By.id("dashboard-figures"))).isEmpty();
        assertAccessible("the 403 page of the dashboard");
        String session = page().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("/medewerker/dashboard.xhtml"))).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("dashboard-figures");
    }

    private static List<Integer> handlingDays(String domain) {
        List<Integer> days = new ArrayList<>();
        try (Connection db = Database.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT handling_working_days FROM case_file WHERE domain_code = ? AND handling_working_days IS NOT NULL")) {
            query.setString(1, domain);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    days.add(rows.getInt(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return days;
    }

    private static double median(List<Integer> values) {
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static String dutch(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("nl-NL"));
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
