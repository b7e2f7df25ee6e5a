package nl.frontoffice.domain.persistence;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import nl.frontoffice.domain.citizen.Citizen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The persistence unit lists every managed class of the module (unlisted classes are excluded, so
 * a forgotten entity would silently not be mapped) and has the settings the project relies on.
 */
class PersistenceXmlTest {

    private static Element unit;

    @BeforeAll
    static void parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setNamespaceAware(true);
        try (InputStream in = PersistenceXmlTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            Document document = factory.newDocumentBuilder().parse(in);
            NodeList units = document.getElementsByTagNameNS("*", "persistence-unit");
            assertThat(units.getLength()).isEqualTo(1);
            unit = (Element) units.item(0);
        }
    }

    @Test
    void isTheJtaUnitFrontoffice() {
        assertThat(unit.getAttribute("name")).isEqualTo("frontoffice");
        assertThat(unit.getAttribute("transaction-type")).isEqualTo("JTA");
        assertThat(text("jta-data-source")).isEqualTo("java:app/jdbc/frontoffice");
        assertThat(text("exclude-unlisted-classes")).isEqualTo("true");
        assertThat(text("shared-cache-mode")).isEqualTo("ENABLE_SELECTIVE");
    }

    @Test
    void neverGeneratesTheSchemaAndNeverLogsBindValues() {
        Map<String, String> properties = properties();

        assertThat(properties)
                .containsEntry("jakarta.persistence.schema-generation.database.action", "none")
                .containsEntry("eclipselink.logging.level", "WARNING")
                .containsEntry("eclipselink.logging.parameters", "false")
                .containsEntry("eclipselink.sequencing.start-sequence-at-nextval", "true")
                .doesNotContainKey("eclipselink.ddl-generation");
    }

    @Test
    void listsEveryEntityEmbeddableAndConverter() throws Exception {
        Set<String> listed = new TreeSet<>();
        NodeList classes = unit.getElementsByTagNameNS("*", "class");
        for (int i = 0; i < classes.getLength(); i++) {
            listed.add(classes.item(i).getTextContent().strip());
        }

        Set<String> managed = new TreeSet<>();
        Path root = Path.of(Citizen.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)
                        || type.isAnnotationPresent(Converter.class)) {
                    managed.add(name);
                }
            }
        }

        assertThat(managed).hasSize(22);
        assertThat(listed).isEqualTo(managed);
    }

    private static String text(String tag) {
        NodeList nodes = unit.getElementsByTagNameNS("*", tag);
        assertThat(nodes.getLength()).as(tag).isEqualTo(1);
        return nodes.item(0).getTextContent().strip();
    }

    private static Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>();
        NodeList nodes = unit.getElementsByTagNameNS("*", "property");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element property = (Element) nodes.item(i);
            properties.put(property.getAttribute("name"), property.getAttribute("value"));
        }
        return properties;
    }
}
