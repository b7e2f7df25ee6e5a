package nl.frontoffice.portal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import nl.frontoffice.auth.staff.StaffRoles;

/**
 * The security constraints of {@code web.xml} and the role mappings of {@code payara-web.xml} say
 * what the staff login relies on: the staff area for the four staff roles, its login page public,
 * the personal area for citizens only, and every role mapped to the group of the same name (without
 * a mapping Payara grants a role to nobody).
 */
class SecurityDescriptorsTest {

    private static Document webXml;
    private static Document payaraWebXml;

    @BeforeAll
    static void parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // payara-web.xml names its DTD by URL: never fetch it
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        webXml = factory.newDocumentBuilder().parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        payaraWebXml = factory.newDocumentBuilder().parse(Path.of("src/main/webapp/WEB-INF/payara-web.xml").toFile());
    }

    /** url-pattern to the roles allowed (null: public; empty: nobody), for constraints without http-method. */
    private static Map<String, Set<String>> constraintsForAllMethods() {
        Map<String, Set<String>> byPattern = new HashMap<>();
        NodeList constraints = webXml.getElementsByTagNameNS("*", "security-constraint");
        for (int i = 0; i < constraints.getLength(); i++) {
            Element constraint = (Element) constraints.item(i);
            if (constraint.getElementsByTagNameNS("*", "http-method").getLength() > 0) {
                continue;
            }
            NodeList authConstraints = constraint.getElementsByTagNameNS("*", "auth-constraint");
            Set<String> roles = authConstraints.getLength() == 0 ? null : texts(constraint, "role-name");
            for (String pattern : texts(constraint, "url-pattern")) {
                byPattern.put(pattern, roles);
            }
        }
        return byPattern;
    }

    @Test
    void theStaffAreaIsForTheStaffRolesAndItsLoginPageIsPublic() {
        Map<String, Set<String>> constraints = constraintsForAllMethods();

        assertThat(constraints.get("/medewerker/*")).isEqualTo(StaffRoles.all());
        assertThat(constraints).containsKey(PortalArea.STAFF_LOGIN_PAGE);
        assertThat(constraints.get(PortalArea.STAFF_LOGIN_PAGE)).isNull();
        assertThat(constraints.get("/mijn/*")).containsExactly("CITIZEN");
        assertThat(PortalArea.STAFF.prefix() + "*").isEqualTo("/medewerker/*");
        assertThat(PortalArea.CITIZEN.prefix() + "*").isEqualTo("/mijn/*");
    }

    @Test
    void everyDeclaredRoleIsMappedToTheGroupOfTheSameName() {
        Set<String> declared = new TreeSet<>();
        NodeList roles = webXml.getElementsByTagNameNS("*", "security-role");
        for (int i = 0; i < roles.getLength(); i++) {
            declared.addAll(texts((Element) roles.item(i), "role-name"));
        }
        Map<String, Set<String>> mapped = new HashMap<>();
        NodeList mappings = payaraWebXml.getElementsByTagName("security-role-mapping");
        for (int i = 0; i < mappings.getLength(); i++) {
            Element mapping = (Element) mappings.item(i);
            mapped.put(texts(mapping, "role-name").iterator().next(), texts(mapping, "group-name"));
        }

        assertThat(declared).containsAll(StaffRoles.all()).contains("CITIZEN");
        assertThat(mapped.keySet()).isEqualTo(declared);
        mapped.forEach((role, groups) -> assertThat(groups).as(role).containsExactly(role));
    }

    @Test
    void thereIsNoLoginConfigBecauseTheApplicationHasItsOwnMechanism() {
        assertThat(webXml.getElementsByTagNameNS("*", "login-config").getLength()).isZero();
        List<String> errorCodes = new ArrayList<>(texts(webXml.getDocumentElement(), "error-code"));
        assertThat(errorCodes).contains("403", "404", "500");
    }

    private static Set<String> texts(Element parent, String tag) {
        Set<String> texts = new TreeSet<>();
        NodeList nodes = parent.getElementsByTagNameNS("*", tag);
        if (nodes.getLength() == 0) {
            nodes = parent.getElementsByTagName(tag);
        }
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }
}
