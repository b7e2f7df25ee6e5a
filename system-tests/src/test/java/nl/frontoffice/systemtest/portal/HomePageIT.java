package nl.frontoffice.systemtest.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import nl.frontoffice.systemtest.support.Browser;
import nl.frontoffice.systemtest.support.BrowserSystemTest;

/** The public home page in Dutch and English, on a desktop and on a 360 px phone, checked with axe-core. */
class HomePageIT extends BrowserSystemTest {

    private WebDriver open(Dimension size) {
        browser.driver().manage().deleteAllCookies();
        browser.resize(size);
        browser.driver().get(url("/"));
        return browser.driver();
    }

    @Test
    void the_home_page_is_Dutch_by_default_and_presents_help_per_domain() {
        WebDriver page = open(Browser.DESKTOP);
        assertThat(page.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        assertThat(page.getTitle()).isNotBlank();
        assertThat(page.findElement(By.id("page-title")).getText()).isNotBlank();
        for (String domain : new String[] {"wmo", "jeugd", "participatie", "schuldhulpverlening"}) {
            assertThat(page.findElement(By.id("domain-" + domain)).findElement(By.tagName("h2")).getText())
                    .as(domain).isNotBlank();
        }
        assertThat(page.findElement(By.id("domain-schuldhulpverlening")).getText()).contains("3 werkdagen");
        assertThat(page.findElement(By.id("main-content")).getText()).contains("DigiD");
    }

    @Test
    void the_language_switch_turns_the_page_into_English_and_back() {
        WebDriver page = open(Browser.DESKTOP);
        String dutchTitle = page.findElement(By.id("page-title")).getText();

        page.findElement(By.id("language-switch")).click();
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(page.findElement(By.id("page-title")).getText()).isNotEqualTo(dutchTitle);
        assertThat(page.findElement(By.id("domain-schuldhulpverlening")).getText()).contains("3 working days");

        // the choice is remembered on the next page view
        page.get(url("/"));
        assertThat(page.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        page.findElement(By.id("language-switch")).click();
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "nl"));
        assertThat(page.findElement(By.id("page-title")).getText()).isEqualTo(dutchTitle);
    }

    @Test
    void the_home_page_has_no_WCAG_2_1_AA_violations_in_either_language_on_desktop_and_phone() {
        for (Dimension size : new Dimension[] {Browser.DESKTOP, Browser.PHONE}) {
            WebDriver page = open(size);
            String width = size.getWidth() + "px";
            assertThat(browser.accessibilityViolations()).as("Dutch at " + width).isEmpty();
            assertThat(browser.scrollsHorizontally()).as("horizontal scrolling, Dutch at " + width).isFalse();
            browser.screenshot("home-nl-" + width);

            page.findElement(By.id("language-switch")).click();
            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
            assertThat(browser.accessibilityViolations()).as("English at " + width).isEmpty();
            assertThat(browser.scrollsHorizontally()).as("horizontal scrolling, English at " + width).isFalse();
            browser.screenshot("home-en-" + width);
        }
    }

    @Test
    void the_error_pages_are_accessible_too() {
        browser.driver().manage().deleteAllCookies();
        for (Dimension size : new Dimension[] {Browser.DESKTOP, Browser.PHONE}) {
            browser.resize(size);
            for (String path : new String[] {"/bestaat-niet", "/error/500.xhtml", "/error/expired.xhtml"}) {
                browser.driver().get(url(path));
                String where = path + " at " + size.getWidth() + "px";
                assertThat(browser.driver().findElement(By.id("page-title")).getText()).as(where).isNotBlank();
                assertThat(browser.accessibilityViolations()).as(where).isEmpty();
                assertThat(browser.scrollsHorizontally()).as(where).isFalse();
            }
        }
        browser.screenshot("error-500-" + Browser.PHONE.getWidth() + "px");
    }
}
