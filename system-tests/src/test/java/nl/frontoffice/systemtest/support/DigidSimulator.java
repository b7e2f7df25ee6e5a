package nl.frontoffice.systemtest.support;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The DigiD simulator WAR exactly as the build made it (digid-simulator/target/digid-simulator.war),
 * deployed next to the EAR, as in the quick start. The domain's JVM options connect the two
 * (src/test/scripts/prepare-domain.sh, dev/digid-dev-setup.sh).
 */
public final class DigidSimulator {

    /** The Arquillian deployment name. */
    public static final String DEPLOYMENT = "digid-simulator";

    private DigidSimulator() {
    }

    public static WebArchive archive() {
        File war = new File(System.getProperty("digid-simulator.file", "../digid-simulator/target/digid-simulator.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No simulator WAR at " + war + ": build digid-simulator first (mvn install)");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
