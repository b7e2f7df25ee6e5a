package nl.frontoffice.systemtest.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import nl.frontoffice.systemtest.support.Browser;
import nl.frontoffice.systemtest.support.BrowserSystemTest;
import nl.frontoffice.systemtest.support.CitizenSession;
import nl.frontoffice.systemtest.support.StaffAccounts;

/**
 * The worklist and the staff case page on the production EAR: a citizen sends an intake through
 * the wizard that makes a Wmo and a Jeugd case; a consulent of Team Wmo sees the Wmo case in his
 * worklist and not the Jeugd case, opens it, claims it, suspends and resumes it and moves it to the
 * next status, which the citizen then sees in Mijn zaken; a consulent of Team Jeugd who opens the
 * Wmo case by its URL gets "not found". axe checks both pages.
 */
class WorklistIT extends BrowserSystemTest {

    /** RvIG test person Petrus Paulus Leemstra (DigiD simulator list, BRP test set); no other system test uses him. */
    private static final String PETRUS = "999993926";
    private static final String PASSWORD = "Werkvoorraad test 2026!";
    private static final Duration WAIT = Duration.ofSeconds(30);

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

    private void next(String expectedPath) {
        page().findElement(By.id("wizard-form:next")).click();
        citizen.waitForPath(expectedPath);
    }

    /** Text in every text area; per radio group the given choice or the first one. */
    private void answerEverything(Map<String, String> choices) {
        for (WebElement area : page().findElements(By.cssSelector("#wizard-form textarea"))) {
            if (area.getAttribute("value").isBlank()) {
                area.sendKeys("Dit is mijn antwoord in mijn eigen woorden.");
            }
        }
        Map<String, List<WebElement>> groups = new LinkedHashMap<>();
        for (WebElement radio : page().findElements(By.cssSelector("#wizard-form input[type=radio]"))) {
            groups.computeIfAbsent(radio.getAttribute("name"), name -> new ArrayList<>()).add(radio);
        }
        groups.forEach((name, radios) -> {
            String wanted = choices.entrySet().stream().filter(choice -> name.endsWith(choice.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            WebElement pick = wanted == null ? radios.get(0)
                    : radios.stream().filter(r -> wanted.equals(r.getAttribute("value"))).findFirst().orElseThrow();
            pick.click();
        });
    }

    /** The citizen sends one intake about living at home (Wmo) and raising children (Jeugd). @return the case references, Wmo first */
    private String[] citizenSendsWmoAndJeugdIntake() {
        citizen.logIn(PETRUS);
        page().findElement(By.id("personal-intake")).click();
        citizen.waitForPath("/mijn/aanvraag/over-u.xhtml");
        type("wizard-form:contact_phone", "0612345678");
        next("/mijn/aanvraag/onderwerpen.xhtml");
        for (WebElement box : page().findElements(By.cssSelector("#wizard-form input[type=checkbox]"))) {
            if (List.of("WONEN_EN_HUISHOUDEN", "OPVOEDEN_EN_OPGROEIEN").contains(box.getAttribute("value"))) {
                box.click();
            }
        }
        next("/mijn/aanvraag/vragen.xhtml");
        answerEverything(Map.of());
        next("/mijn/aanvraag/situatie.xhtml");
        answerEverything(Map.of("urgency_eviction", "false", "urgency_energy", "false", "urgency_water", "false",
                "urgency_health_insurance", "false"));
        next("/mijn/aanvraag/bijlagen.xhtml");
        next("/mijn/aanvraag/controleren.xhtml");
        for (String domain : List.of("WMO", "JEUGD")) {
            page().findElement(By.cssSelector("input[name='wizard-form:consent_" + domain + "'][value=true]")).click();
        }
        page().findElement(By.id("wizard-form:declaration")).click();
        page().findElement(By.id("wizard-form:send")).click();
        citizen.waitForPath("/mijn/aanvraag/verstuurd.xhtml");
        String wmo = null;
        String jeugd = null;
        for (WebElement item : page().findElements(By.cssSelector("#intake-cases li"))) {
            String reference = item.findElement(By.cssSelector(".reference")).getText();
            if (item.getText().contains("Wmo")) {
                wmo = reference;
            } else if (item.getText().contains("jeugdhulp")) {
                jeugd = reference;
            }
        }
        assertThat(wmo).as("the Wmo case").isNotNull();
        assertThat(jeugd).as("the Jeugd case").isNotNull();
        citizen.logOut();
        return new String[] {wmo, jeugd};
    }

    private void staffLogIn(String username) {
        page().get(url("/error/404.xhtml"));
        page().manage().deleteAllCookies();
        page().get(url("/medewerker/inloggen.xhtml"));
        type("login-form:username", username);
        type("login-form:password", PASSWORD);
        submit("login-form:login");
        citizen.waitForPath("/medewerker/index.xhtml");
    }

    private List<String> worklistReferences() {
        return page().findElements(By.cssSelector("#worklist-table\\:cases .worklist__reference a")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void a_Wmo_consulent_claims_suspends_resumes_and_moves_a_Wmo_case_and_a_Jeugd_consulent_cannot_open_it() {
        String[] references = citizenSendsWmoAndJeugdIntake();
        String wmoCase = references[0];
        String jeugdCase = references[1];
        String wendy = StaffAccounts.create("Wendy Wmo", PASSWORD, "CONSULENT", StaffAccounts.TEAM_WMO);
        String jan = StaffAccounts.create("Jan Jeugd", PASSWORD, "CONSULENT", StaffAccounts.TEAM_JEUGD);

        // the worklist, from the landing page: the Wmo case, not the Jeugd case
        staffLogIn(wendy);
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
        assertAccessible("the case page");
        String deadline = text("case-deadline-date");

        // claim
        submit("claim-form:claim");
        assertThat(text("case-messages")).contains("U heeft de zaak in behandeling genomen.");
        assertThat(text("case-assignee")).isEqualTo("Wendy Wmo");
        assertThat(text("case-team")).isEqualTo("Team Wmo");
        assertThat(page().findElements(By.id("claim-form:claim"))).isEmpty();

        // suspending needs a reason; then the deadline stands still
        submit("suspend-form:suspend");
        assertThat(text("case-messages")).contains("Schrijf op op welke informatie u wacht");
        type("suspend-form:reason", "Het advies van de huisarts");
        submit("suspend-form:suspend");
        assertThat(text("case-messages")).contains("De zaak is opgeschort.");
        assertThat(text("case-deadline-state")).isEqualTo("Opgeschort");
        assertThat(text("case-deadline")).contains("Het advies van de huisarts");
        assertThat(page().findElements(By.id("move-form:move"))).as("a suspended case does not move").isEmpty();
        assertAccessible("the case page of a suspended case");

        // resumed on the same day: no working day was suspended, so the deadline stays
        submit("resume-form:resume");
        assertThat(text("case-messages")).contains("De zaak is hervat.");
        assertThat(text("case-deadline-date")).isEqualTo(deadline);
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

        // a note
        type("note-form:text", "Dochter belt terug over de trapleuning.");
        submit("note-form:add");
        assertThat(text("case-notes")).contains("Dochter belt terug over de trapleuning.", "Wendy Wmo");
        assertAccessible("the case page after the actions");
        browser.screenshot("staff-case");

        // the worklist shows the case as hers now
        page().get(url("/medewerker/werkvoorraad.xhtml"));
        new org.openqa.selenium.support.ui.Select(page().findElement(By.id("worklist-filter:assignee"))).selectByValue("MINE");
        submit("worklist-filter:apply");
        assertThat(worklistReferences()).containsExactly(wmoCase);

        // a Jeugd consulent: the Jeugd case yes, the Wmo case "not found", also by URL
        staffLogIn(jan);
        page().get(url("/medewerker/werkvoorraad.xhtml"));
        assertThat(worklistReferences()).contains(jeugdCase).doesNotContain(wmoCase);
        page().get(url("/medewerker/zaak.xhtml?zaak=" + wmoCase));
        assertThat(text("page-title")).isEqualTo("Zaak niet gevonden");
        assertThat(text("case-not-found")).contains("Wij kunnen deze zaak niet vinden");
        assertThat(page().findElements(By.id("case-summary"))).isEmpty();
        assertThat(page().getPageSource()).doesNotContain("Wendy Wmo").doesNotContain("Huisbezoek afgesproken");
        assertAccessible("the case page of a case of another team");
        page().get(url("/medewerker/zaak.xhtml?zaak=" + jeugdCase));
        assertThat(text("case-status")).isEqualTo("Ontvangen");

        // the citizen sees the new status in Mijn zaken
        citizen.logIn(PETRUS);
        page().get(url("/mijn/zaken.xhtml"));
        String mine = page().findElement(By.id("case-" + wmoCase)).getText();
        assertThat(mine).contains("Wendy Wmo", nextStatus).doesNotContain("Ontvangen");
        assertThat(URI.create(page().getCurrentUrl()).getPath()).isEqualTo("/mijn/zaken.xhtml");
    }
}
