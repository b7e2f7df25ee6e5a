package nl.frontoffice.systemtest.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * What every browser test shares: the production EAR deployed on Payara Server (as a client, over
 * HTTP) with the development stand-ins beside it, as in the quick start (mail catcher, BRP stub,
 * DigiD simulator), one headless Chromium per test class, and the portal's
 * URL. The portal is reached as {@code localhost}, the host name in the SAML configuration (the
 * session cookie must come back with DigiD's redirect to the assertion consumer service).
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserSystemTest.ScreenshotOnFailure.class)
public abstract class BrowserSystemTest {

    /** Keeps a screenshot, the address and the HTML of the page a failed test ended on (target/screenshots). */
    static final class ScreenshotOnFailure implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser == null) {
                return;
            }
            String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName()
                    .replaceAll("[^A-Za-z0-9_-]", "");
            try {
                Path shot = browser.screenshot(name);
                Files.writeString(shot.resolveSibling(name + ".html"), browser.driver().getCurrentUrl() + "\n"
                        + browser.driver().getPageSource());
                System.out.println("[system-test] " + name + " ended on " + browser.driver().getCurrentUrl() + ", see " + shot);
            } catch (RuntimeException | java.io.IOException e) {
                System.out.println("[system-test] no screenshot of " + name + ": " + e);
            }
        }
    }

    /** The portal as the browser reaches it (the domain's HTTP listener, portbase 28000). */
    public static final String PORTAL = System.getProperty("systemtest.portal", "http://localhost:28080");

    @Deployment(name = "mail-catcher", order = 1, testable = false)
    public static WebArchive mailCatcher() {
        return DevelopmentWars.archive("mail-catcher");
    }

    @Deployment(name = "brp-stub", order = 2, testable = false)
    public static WebArchive brpStub() {
        return DevelopmentWars.archive("brp-stub");
    }

    @Deployment(name = "digid-simulator", order = 3, testable = false)
    public static WebArchive digidSimulator() {
        return DevelopmentWars.archive("digid-simulator");
    }

    @Deployment(name = "frontoffice", order = 4, testable = false)
    public static EnterpriseArchive ear() {
        return ProductionEar.archive();
    }

    protected static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.open();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** The absolute URL of a path within the portal, e.g. {@code url("/medewerker/")}. */
    protected String url(String path) {
        return PORTAL + path;
    }
}
