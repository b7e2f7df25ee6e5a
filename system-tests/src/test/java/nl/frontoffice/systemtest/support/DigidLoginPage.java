package nl.frontoffice.systemtest.support;

import java.net.URI;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The DigiD simulator's login page as a tester uses it: pick a test person and a level, then log
 * in or cancel. Element ids from digid-simulator/README.md ("The login page").
 */
public final class DigidLoginPage {

    /** DigiD levels as the simulator's radio buttons name them. */
    public enum Level { BASIS, MIDDEN, SUBSTANTIEEL, HOOG }

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Browser browser;

    public DigidLoginPage(Browser browser) {
        this.browser = browser;
    }

    /** Waits until the browser shows the simulator's login page (after the portal's redirect to DigiD). */
    public DigidLoginPage shown() {
        browser.waitUpTo(WAIT).until(driver -> "/digid-simulator/login".equals(URI.create(driver.getCurrentUrl()).getPath()));
        return this;
    }

    /** Logs in as that test person at that level; the simulator then sends the browser back to the portal. */
    public void logIn(String bsn, Level level) {
        WebDriver driver = browser.driver();
        driver.findElement(By.id("persoon-" + bsn)).click();
        driver.findElement(By.id("niveau-" + level.name().toLowerCase(java.util.Locale.ROOT))).click();
        driver.findElement(By.cssSelector("button[name='actie'][value='inloggen']")).click();
    }

    /** Clicks "Annuleren". */
    public void cancel() {
        browser.driver().findElement(By.cssSelector("button[name='actie'][value='annuleren']")).click();
    }
}
