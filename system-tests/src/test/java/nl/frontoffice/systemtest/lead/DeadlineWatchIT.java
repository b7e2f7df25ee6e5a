package nl.frontoffice.systemtest.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import nl.frontoffice.systemtest.support.Browser;
import nl.frontoffice.systemtest.support.BrowserSystemTest;
import nl.frontoffice.systemtest.support.Database;
import nl.frontoffice.systemtest.support.StaffAccounts;

/**
 * The deadline watch on the production EAR, with its real EJB timer (the system-test domain runs it every 5 seconds,
 * see prepare-domain.sh): a citizen sends an intake that makes a Wmo and a Jeugd case; a Wmo consulent with an e-mail
 * address claims the Wmo case; nobody takes the Jeugd case. Both deadlines are then moved into the past (behind the
 * application's back: a test cannot wait six weeks). After several runs of the timer, each case is flagged exactly
 * once: one row in {@code case_deadline_notice} and one warning mail, to the consulent for his case and to the Jeugd
 * team lead for the unassigned one. The worklist shows the Wmo case as overdue.
 */
class DeadlineWatchIT extends BrowserSystemTest {

    /** RvIG test person Adrianus Hendrikus Holthuizen (DigiD simulator list, BRP test set); no other system test uses him. */
    private static final String ADRIANUS = "999990421";
    private static final String PASSWORD = "Termijnbewaking test 2026!";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    /** The timer runs every 5 s: after this, it ran at least 4 more times. */
    private static final Duration SEVERAL_RUNS = Duration.ofSeconds(22);

    @Test
    void the_timer_flags_an_overdue_case_once_and_mails_the_assignee_or_the_team_lead() throws Exception {
        browser.resize(Browser.DESKTOP);
        BackOffice office = new BackOffice(browser, PORTAL);
        String consulent = StaffAccounts.create("Dirk Deadline", PASSWORD, "CONSULENT", StaffAccounts.TEAM_WMO);
        String lead = StaffAccounts.create("Lotte Leiding", PASSWORD, "TEAMLEIDER", StaffAccounts.TEAM_JEUGD);
        String consulentMail = BackOffice.giveEmail(consulent);
        String leadMail = BackOffice.giveEmail(lead);

        Map<String, String> cases = office.citizenSendsIntake(ADRIANUS, BackOffice.WMO_AREA, BackOffice.JEUGD_AREA);
        String wmo = cases.get("WMO");
        String jeugd = cases.get("JEUGD");
        assertThat(wmo).isNotNull();
        assertThat(jeugd).isNotNull();

        // the consulent claims the Wmo case on the case page
        office.staffLogIn(consulent, PASSWORD);
        browser.driver().get(url("/medewerker/zaak.xhtml?zaak=" + wmo));
        office.submit("claim-form:claim");
        assertThat(browser.driver().findElement(By.id("case-assignee")).getText()).isEqualTo("Dirk Deadline");
        assertThat(notices(wmo)).as("a fresh case is weeks from its deadline").isZero();

        // both deadlines pass
        LocalDate lastWeek = LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(7);
        BackOffice.setDeadline(wmo, lastWeek);
        BackOffice.setDeadline(jeugd, lastWeek);

        long until = System.nanoTime() + PATIENCE.toNanos();
        while ((notices(wmo) == 0 || notices(jeugd) == 0) && System.nanoTime() < until) {
            Thread.sleep(1000);
        }
        assertThat(notices(wmo)).as("the Wmo case flagged by the timer").isEqualTo(1);
        assertThat(notices(jeugd)).as("the Jeugd case flagged by the timer").isEqualTo(1);
        Thread.sleep(SEVERAL_RUNS.toMillis());

        // once: one notice per case and event, with the deadline it was flagged for; one mail each, to the right person
        assertThat(notices(wmo)).isEqualTo(1);
        assertThat(notices(jeugd)).isEqualTo(1);
        assertThat(Database.number("SELECT count(*) FROM case_deadline_notice n JOIN case_file c ON c.id = n.case_file_id"
                + " WHERE c.reference = ? AND n.deadline = ? AND n.recipients = 1", wmo, lastWeek)).isEqualTo(1);
        assertThat(Database.number("SELECT count(*) FROM case_deadline_notice n JOIN case_file c ON c.id = n.case_file_id"
                + " WHERE c.reference IN (?, ?) AND n.event = 'DUE_SOON'", wmo, jeugd)).isZero();
        String wmoSubject = "Termijn verlopen: zaak " + wmo + " (";
        String jeugdSubject = "Termijn verlopen: zaak " + jeugd + " (";
        awaitMail(office, wmoSubject, consulentMail);
        awaitMail(office, jeugdSubject, leadMail);
        assertThat(office.mails(wmoSubject, "@")).as("one overdue mail for the Wmo case, to its assignee only").hasSize(1);
        assertThat(office.mails(wmoSubject, consulentMail)).hasSize(1);
        assertThat(office.mails(jeugdSubject, leadMail)).as("one overdue mail for the unassigned case to the team lead").hasSize(1);
        assertThat(office.mails(jeugdSubject, consulentMail)).isEmpty();
        Map<String, Object> mail = office.mails(wmoSubject, consulentMail).get(0);
        assertThat(String.valueOf(mail.get("text"))).contains("Beste Dirk Deadline", "De zaak is aan u toegewezen",
                PORTAL + "/medewerker/").doesNotContain(ADRIANUS);
        assertThat(String.valueOf(office.mails(jeugdSubject, leadMail).get(0).get("text")))
                .contains("teamleider van Team Jeugd").doesNotContain(ADRIANUS);

        // the worklist shows the Wmo case as overdue, at the top (deadline order)
        office.staffLogIn(consulent, PASSWORD);
        browser.driver().get(url("/medewerker/werkvoorraad.xhtml"));
        WebElement row = browser.driver().findElement(By.xpath("//a[text()='" + wmo + "']/ancestor::tr"));
        WebElement state = row.findElement(By.cssSelector(".deadline-state"));
        assertThat(state.getAttribute("class")).contains("deadline-state--OVERDUE");
        assertThat(browser.accessibilityViolations()).as("axe on the worklist with an overdue case").isEmpty();
    }

    private static long notices(String reference) {
        return Database.number("SELECT count(*) FROM case_deadline_notice n JOIN case_file c ON c.id = n.case_file_id"
                + " WHERE c.reference = ? AND n.event = 'OVERDUE'", reference);
    }

    private void awaitMail(BackOffice office, String subject, String to) throws InterruptedException {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (office.mails(subject, to).isEmpty() && System.nanoTime() < until) {
            Thread.sleep(1000);
        }
        assertThat(office.mails(subject, to)).as("a mail '" + subject + "' to " + to).isNotEmpty();
    }
}
