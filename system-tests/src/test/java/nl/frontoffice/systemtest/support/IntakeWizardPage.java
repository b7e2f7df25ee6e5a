package nl.frontoffice.systemtest.support;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * The intake wizard as a browser test walks it, for a citizen ({@code /mijn/aanvraag/}) and for
 * staff on a citizen's behalf ({@code /medewerker/aanvraag/}): the same pages and ids under
 * another base. Every step is a page of its own; a button posts the page and the test waits until
 * the old page is gone and the browser is at the expected step.
 */
public final class IntakeWizardPage {

    /** The citizen's wizard. */
    public static final String CITIZEN = "/mijn/aanvraag/";
    /** The wizard for staff on a citizen's behalf. */
    public static final String STAFF = "/medewerker/aanvraag/";

    /** The urgency questions of the situation step, all answered "no". */
    public static final Map<String, String> NOT_URGENT = Map.of("urgency_eviction", "false", "urgency_energy", "false",
            "urgency_water", "false", "urgency_health_insurance", "false");

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Browser browser;
    private final String base;

    public IntakeWizardPage(Browser browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    private WebDriver page() {
        return browser.driver();
    }

    /** @return the path of a step's page, e.g. {@code /mijn/aanvraag/vragen.xhtml} for {@code vragen} */
    public String path(String step) {
        return base + step + ".xhtml";
    }

    /** Waits until the browser shows that step's page. */
    public void waitForStep(String step) {
        String expected = path(step);
        browser.waitUpTo(WAIT).until(driver -> URI.create(driver.getCurrentUrl()).getPath().endsWith(expected));
    }

    /** "Volgende", and waits for the step it should lead to (the same step when a check fails). */
    public void next(String expectedStep) {
        submit("wizard-form:next", expectedStep);
    }

    /** Clicks a button that posts the page and waits for the answer: the old page gone, the new one at that step. */
    public void submit(String buttonId, String expectedStep) {
        WebElement button = page().findElement(By.id(buttonId));
        button.click();
        // the old page is gone when its button no longer answers; during the navigation chromedriver may say so
        // with another error than "stale element", which means the same here
        browser.waitUpTo(WAIT).until(driver -> {
            try {
                button.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        waitForStep(expectedStep);
    }

    /** Types into a field, replacing what was there. */
    public void type(String id, String text) {
        WebElement field = page().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Ticks the life areas with these codes (e.g. {@code WONEN_EN_HUISHOUDEN}) on the topics step. */
    public void chooseAreas(Collection<String> codes) {
        for (WebElement box : page().findElements(By.cssSelector("#wizard-form input[type=checkbox]"))) {
            if (codes.contains(box.getAttribute("value")) && !box.isSelected()) {
                box.click();
            }
        }
    }

    /** Answers every question on the page: text in each empty text area, and per radio group the given choice or the first. */
    public void answerEverything(Map<String, String> choices) {
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

    /**
     * On the check step: consent for these domains (e.g. {@code WMO}; {@code null}: every domain asked), the
     * declaration, and "Versturen"; waits for the confirmation.
     */
    public void consentDeclareAndSend(Collection<String> domains) {
        if (domains == null) {
            page().findElements(By.cssSelector("input[name^='wizard-form:consent_'][value=true]")).forEach(WebElement::click);
        } else {
            for (String domain : domains) {
                page().findElement(By.cssSelector("input[name='wizard-form:consent_" + domain + "'][value=true]")).click();
            }
        }
        page().findElement(By.id("wizard-form:declaration")).click();
        submit("wizard-form:send", "verstuurd");
    }

    /**
     * Walks the whole wizard from "About you" (the browser is there) with plain answers: phone (and
     * e-mail when given; an address when the BRP has none), the life areas, text in every text area,
     * no urgency, the file when given, consent for the domains ({@code null}: all), the declaration,
     * and "Versturen".
     *
     * @return per case reference its text on the confirmation (domain, deadline)
     */
    public Map<String, String> sendIntake(String email, Collection<String> areas, Collection<String> domains, Path file) {
        waitForStep("over-u");
        type("wizard-form:contact_phone", "0612345678");
        if (email != null) {
            type("wizard-form:contact_email", email);
        }
        // a test person without a Dutch address in the BRP types one
        for (WebElement address : page().findElements(By.id("wizard-form:person_address"))) {
            if (address.getAttribute("value").isBlank()) {
                address.sendKeys("Raadhuisplein 1, 1234 AB Voorbeeldstad");
            }
        }
        next("onderwerpen");
        chooseAreas(areas);
        next("vragen");
        answerEverything(Map.of());
        next("situatie");
        answerEverything(NOT_URGENT);
        next("bijlagen");
        if (file != null) {
            page().findElement(By.id("upload-form:attachment")).sendKeys(file.toString());
            page().findElement(By.id("upload-form:add")).click();
            browser.waitUpTo(WAIT).until(driver -> !driver.findElements(By.cssSelector("#attachments li")).isEmpty());
        }
        next("controleren");
        consentDeclareAndSend(domains);
        return sentCases();
    }

    /** @return the reference of the sent case whose text contains that (e.g. "Wmo", "jeugdhulp") */
    public static String caseWith(Map<String, String> sent, String text) {
        return sent.entrySet().stream().filter(c -> c.getValue().contains(text)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("no case with \"" + text + "\" among " + sent.values()));
    }

    /** @return the texts of the problem summary at the top of the page */
    public List<String> errorSummary() {
        return page().findElements(By.cssSelector("#error-summary li")).stream().map(WebElement::getText).toList();
    }

    /** @return on the confirmation, per case its text (domain, reference, deadline), keyed by the case reference */
    public Map<String, String> sentCases() {
        Map<String, String> cases = new LinkedHashMap<>();
        for (WebElement item : page().findElements(By.cssSelector("#intake-cases li"))) {
            cases.put(item.findElement(By.cssSelector(".reference")).getText(), item.getText());
        }
        return cases;
    }
}
