package nl.frontoffice.systemtest.support;

import java.net.URI;
import java.time.Duration;

import org.openqa.selenium.By;

import nl.frontoffice.systemtest.support.DigidLoginPage.Level;

/** A citizen in the browser: logs in through the DigiD simulator and out again. */
public final class CitizenSession {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Browser browser;
    private final String portal;

    public CitizenSession(Browser browser, String portal) {
        this.browser = browser;
        this.portal = portal;
    }

    /** Starts afresh (no cookies), logs in as that test person at level Midden and waits for the personal area. */
    public CitizenSession logIn(String bsn) {
        browser.driver().get(portal + "/error/404.xhtml");
        browser.driver().manage().deleteAllCookies();
        browser.driver().get(portal + "/mijn/");
        new DigidLoginPage(browser).shown().logIn(bsn, Level.MIDDEN);
        waitForPath("/mijn/");
        return this;
    }

    /** Logs out with the button in the menu and waits for "U bent uitgelogd". */
    public void logOut() {
        browser.driver().findElement(By.id("nav-logout")).click();
        browser.waitUpTo(WAIT).until(driver -> driver.getCurrentUrl().contains("melding=uitgelogd"));
    }

    public void waitForPath(String path) {
        browser.waitUpTo(WAIT).until(driver -> path.equals(URI.create(driver.getCurrentUrl()).getPath()));
    }
}
