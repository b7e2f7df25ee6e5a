package nl.frontoffice.systemtest.support;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The development-only WARs exactly as the build made them ({@code <module>/target/<module>.war}):
 * the DigiD simulator, the BRP stub and the mail catcher, deployed next to the EAR as in the quick
 * start. The domain's JVM options connect them (src/test/scripts/prepare-domain.sh).
 */
public final class DevelopmentWars {

    private DevelopmentWars() {
    }

    /** @param module the module name, which is also the WAR's name and context root */
    public static WebArchive archive(String module) {
        File war = new File(System.getProperty("dev-wars.dir", ".."), module + "/target/" + module + ".war");
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war + ": build " + module + " first (mvn install)");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
