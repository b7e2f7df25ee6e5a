package nl.frontoffice.systemtest.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import nl.frontoffice.systemtest.support.Browser;
import nl.frontoffice.systemtest.support.CitizenSession;
import nl.frontoffice.systemtest.support.IntakeWizardPage;
import nl.frontoffice.systemtest.support.StaffLogin;
import nl.frontoffice.systemtest.support.Database;
import nl.frontoffice.systemtest.support.Http;

/**
 * Steps the back-office browser tests share (team lead dashboard, deadline watch, audit trail): a citizen
 * sends an intake through the wizard, a staff member logs in, and the few things a test must set or read
 * behind the application's back (a staff member's e-mail address, a deadline in the past, rows counted).
 */
public final class BackOffice {

    /** The life areas of the wizard that make a Wmo and a Jeugd case. */
    public static final String WMO_AREA = "WONEN_EN_HUISHOUDEN";
    public static final String JEUGD_AREA = "OPVOEDEN_EN_OPGROEIEN";

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Browser browser;
    private final String portal;
    private final CitizenSession citizen;

    public BackOffice(Browser browser, String portal) {
        this.browser = browser;
        this.portal = portal;
        this.citizen = new CitizenSession(browser, portal);
    }

    private WebDriver page() {
        return browser.driver();
    }

    public void waitForPath(String path) {
        citizen.waitForPath(path);
    }

    /** Starts afresh (no cookies) and logs the staff member in; waits for his landing page. */
    public void staffLogIn(String username, String password) {
        StaffLogin.logIn(browser, portal, username, password);
    }

    /** Clicks the button and waits for the page that the (non-ajax) post returns. */
    public void submit(String id) {
        WebElement button = page().findElement(By.id(id));
        button.click();
        browser.waitUpTo(WAIT).until(ExpectedConditions.stalenessOf(button));
    }

    public void type(String id, String value) {
        WebElement field = page().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /**
     * The citizen logs in with DigiD, sends one intake about the given life areas (consent for each case's domain)
     * and logs out.
     *
     * @param bsn   a test person of the DigiD simulator and the BRP stub that no other test uses
     * @param areas the life areas, e.g. {@link #WMO_AREA}
     * @return the references of the cases the confirmation page lists, by the domain code in their consent field
     */
    public Map<String, String> citizenSendsIntake(String bsn, String... areas) {
        citizen.logIn(bsn);
        page().findElement(By.id("personal-intake")).click();
        Map<String, String> sent = new IntakeWizardPage(browser, IntakeWizardPage.CITIZEN)
                .sendIntake(null, List.of(areas), null, null);
        Map<String, String> references = new LinkedHashMap<>();
        for (String reference : sent.keySet()) {
            references.put(domainOf(reference), reference);
        }
        assertThat(references).as("one case per life area").hasSize(areas.length);
        citizen.logOut();
        return references;
    }

    /** @return the domain code of a case (from the database, by its reference) */
    public static String domainOf(String reference) {
        try (Connection db = Database.connect();
                PreparedStatement query = db.prepareStatement("SELECT domain_code FROM case_file WHERE reference = ?")) {
            query.setString(1, reference);
            try (var row = query.executeQuery()) {
                assertThat(row.next()).as("case " + reference + " in the database").isTrue();
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one statement on the system-test database; @return the rows it changed */
    public static int update(String sql, Object... parameters) {
        try (Connection db = Database.connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Statement failed: " + sql, e);
        }
    }

    /** Gives the staff member an e-mail address (the accounts of StaffAccounts have none). @return the address */
    public static String giveEmail(String username) {
        String address = username + "@voorbeeldstad.example";
        assertThat(update("UPDATE staff_member SET email = ? WHERE username = ?", address, username)).isEqualTo(1);
        return address;
    }

    /** Moves the case's deadline to that day (behind the application's back: a test cannot wait weeks). */
    public static void setDeadline(String reference, LocalDate deadline) {
        assertThat(update("UPDATE case_file SET deadline = ? WHERE reference = ?", deadline, reference)).isEqualTo(1);
    }

    /** @return the mails in the development mail catcher, newest first, as parsed JSON objects */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> mails() {
        var response = Http.get(URI.create(portal + "/mail-catcher/api/berichten"));
        assertThat(response.statusCode()).isEqualTo(200);
        return (List<Map<String, Object>>) new org.openqa.selenium.json.Json().toType(response.body(), List.class);
    }

    /** @return the mails whose subject contains the text and that went to that address */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> mails(String subjectPart, String to) {
        return mails().stream().filter(mail -> String.valueOf(mail.get("subject")).contains(subjectPart))
                .filter(mail -> ((List<Object>) mail.get("to")).stream().anyMatch(address -> String.valueOf(address).contains(to)))
                .toList();
    }
}
