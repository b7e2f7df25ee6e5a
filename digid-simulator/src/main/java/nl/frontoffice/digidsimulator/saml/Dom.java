package nl.frontoffice.digidsimulator.saml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small helpers for building and reading namespaced DOM trees. */
public final class Dom {

    private Dom() {
    }

    /** A new document whose root element declares its own prefix and the extra prefixes given (prefix, URI pairs). */
    public static Element newRoot(String namespace, String qualifiedName, String... extraPrefixesAndUris) {
        Document document = SecureXml.newDocument();
        Element root = document.createElementNS(namespace, qualifiedName);
        declare(root, prefixOf(qualifiedName), namespace);
        for (int i = 0; i + 1 < extraPrefixesAndUris.length; i += 2) {
            declare(root, extraPrefixesAndUris[i], extraPrefixesAndUris[i + 1]);
        }
        document.appendChild(root);
        return root;
    }

    /** Declares a namespace prefix on an element explicitly (as an {@code xmlns:} attribute). */
    public static void declare(Element element, String prefix, String namespace) {
        element.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI,
                prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix, namespace);
    }

    public static Element append(Node parent, String namespace, String qualifiedName) {
        Document document = parent instanceof Document d ? d : parent.getOwnerDocument();
        Element element = document.createElementNS(namespace == null || namespace.isEmpty() ? null : namespace,
                qualifiedName);
        parent.appendChild(element);
        return element;
    }

    public static Element append(Node parent, String namespace, String qualifiedName, String text) {
        Element element = append(parent, namespace, qualifiedName);
        element.setTextContent(text);
        return element;
    }

    /** The element children of {@code parent} with the given namespace and local name, in document order. */
    public static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && is(element, namespace, localName)) {
                result.add(element);
            }
        }
        return result;
    }

    /** All element children of {@code parent}. */
    public static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                result.add(element);
            }
        }
        return result;
    }

    /** The single child with this name; absent when there is none; an error when there are several. */
    public static Optional<Element> optionalChild(Element parent, String namespace, String localName)
            throws SamlException {
        List<Element> found = children(parent, namespace, localName);
        if (found.size() > 1) {
            throw new SamlException("Het element " + localName + " komt meer dan eens voor in "
                    + parent.getLocalName() + ".");
        }
        return found.stream().findFirst();
    }

    public static Element requiredChild(Element parent, String namespace, String localName) throws SamlException {
        return optionalChild(parent, namespace, localName).orElseThrow(
                () -> new SamlException("Het element " + localName + " ontbreekt in " + parent.getLocalName() + "."));
    }

    public static boolean is(Element element, String namespace, String localName) {
        return namespace.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
    }

    /** An attribute without namespace; absent when missing or empty. */
    public static Optional<String> attribute(Element element, String name) {
        String value = element.getAttributeNS(null, name);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    public static String requiredAttribute(Element element, String name) throws SamlException {
        return attribute(element, name).orElseThrow(
                () -> new SamlException("Het attribuut " + name + " ontbreekt in " + element.getLocalName() + "."));
    }

    /** The full text content, trimmed (all text nodes together, so a comment cannot cut a value short). */
    public static String text(Element element) {
        return element.getTextContent().trim();
    }

    private static String prefixOf(String qualifiedName) {
        int colon = qualifiedName.indexOf(':');
        return colon < 0 ? "" : qualifiedName.substring(0, colon);
    }
}
