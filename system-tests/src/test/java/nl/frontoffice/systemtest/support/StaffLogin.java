package nl.frontoffice.systemtest.support;

import java.net.URI;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A staff member's password login in the browser, from a fresh start (no cookies of an earlier session). */
public final class StaffLogin {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private StaffLogin() {
    }

    /** Logs the staff member in and waits for his landing page. @return the session's cookies, for HTTP calls in it */
    public static String logIn(Browser browser, String portal, String username, String password) {
        WebDriver page = browser.driver();
        page.get(portal + "/error/404.xhtml");
        page.manage().deleteAllCookies();
        page.get(portal + "/medewerker/inloggen.xhtml");
        WebElement name = page.findElement(By.id("login-form:username"));
        name.clear();
        name.sendKeys(username);
        WebElement secret = page.findElement(By.id("login-form:password"));
        secret.clear();
        secret.sendKeys(password);
        WebElement login = page.findElement(By.id("login-form:login"));
        login.click();
        browser.waitUpTo(WAIT).until(ExpectedConditions.stalenessOf(login));
        browser.waitUpTo(WAIT).until(driver -> URI.create(driver.getCurrentUrl()).getPath().endsWith("/medewerker/index.xhtml"));
        return browser.cookieHeader();
    }
}
