package nl.frontoffice.systemtest.support;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test shares: the production EAR deployed on Payara Server (as a client, over
 * HTTP), one headless Chromium per test class, and the portal's URL.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class BrowserSystemTest {

    @Deployment(testable = false)
    public static EnterpriseArchive ear() {
        return ProductionEar.archive();
    }

    protected static Browser browser;

    @ArquillianResource
    protected URL portal;

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
        return portal.toString().replaceAll("/$", "") + path;
    }
}
