package nl.frontoffice.systemtest.support;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The production EAR exactly as the build made it (ear/target/frontoffice.ear), unchanged. */
public final class ProductionEar {

    private ProductionEar() {
    }

    public static File file() {
        File ear = new File(System.getProperty("ear.file", "../ear/target/frontoffice.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("No EAR at " + ear + ": build the ear module first (mvn install)");
        }
        return ear;
    }

    public static EnterpriseArchive archive() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file());
    }
}
