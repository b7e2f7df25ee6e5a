package nl.frontoffice.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.jboss.shrinkwrap.api.GenericArchive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one WAR the component tests deploy to Payara Micro: the EJB module's classes plus the
 * libraries the EAR would carry in {@code lib/} (domain model with its persistence unit and
 * migrations, Flyway). Build it once per test class; each deployment costs a Payara Micro start.
 *
 * <p>Usage: {@code @Deployment static WebArchive deployment() { return ComponentTestDeployment.create(MyIT.class); }}
 */
public final class ComponentTestDeployment {

    private ComponentTestDeployment() {
    }

    public static WebArchive create(Class<?>... testClasses) {
        GenericArchive moduleClasses = ShrinkWrap.create(GenericArchive.class)
                .as(ExplodedImporter.class)
                .importDirectory(directory("component-test.classes"))
                .as(GenericArchive.class);
        WebArchive war = ShrinkWrap.create(WebArchive.class, "frontoffice-component-test.war")
                .merge(moduleClasses, "/WEB-INF/classes")
                .addClasses(testClasses)
                .addClass(ComponentTestDeployment.class)
                .addAsWebInfResource(new org.jboss.shrinkwrap.api.asset.StringAsset(
                        "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" bean-discovery-mode=\"annotated\"/>"),
                        "beans.xml");
        war.addAsLibraries(libraries());
        // the assertions run inside the server too
        war.addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
        return war;
    }

    private static File[] libraries() {
        try (Stream<Path> jars = Files.list(directory("component-test.libs").toPath())) {
            return jars.filter(path -> path.toString().endsWith(".jar"))
                    .map(Path::toFile)
                    .toArray(File[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static File directory(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property
                    + " is not set: run component tests through Maven (mvn verify)");
        }
        return new File(value);
    }
}
