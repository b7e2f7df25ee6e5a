package nl.frontoffice.systemtest.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test shares: the production EAR deployed on Payara Server (as a client, over
 * HTTP) with the DigiD simulator beside it, one headless Chromium per test class, and the portal's
 * URL. The portal is reached as {@code localhost}, the host name in the SAML configuration (the
 * session cookie must come back with DigiD's redirect to the assertion consumer service).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class BrowserSystemTest {

    /** The portal as the browser reaches it (the domain's HTTP listener, portbase 28000). */
    public static final String PORTAL = System.getProperty("systemtest.portal", "http://localhost:28080");

    @Deployment(name = DigidSimulator.DEPLOYMENT, order = 1, testable = false)
    public static WebArchive digidSimulator() {
        return DigidSimulator.archive();
    }

    @Deployment(name = "frontoffice", order = 2, testable = false)
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
