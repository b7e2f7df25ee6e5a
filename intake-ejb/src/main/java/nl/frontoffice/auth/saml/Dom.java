package nl.frontoffice.auth.saml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Small, strict DOM helpers: direct children only, attributes that are really there.
 */
final class Dom {

    private Dom() {
    }

    /**
     * @return the direct element children of {@code parent} with this namespace and local name
     */
    static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && is(element, namespace, localName)) {
                result.add(element);
            }
        }
        return result;
    }

    /**
     * @return all direct element children of {@code parent}
     */
    static List<Element> childElements(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                result.add(element);
            }
        }
        return result;
    }

    /**
     * @return the only such direct child, or empty when there is none or more than one
     */
    static Optional<Element> single(Element parent, String namespace, String localName) {
        List<Element> found = children(parent, namespace, localName);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    static boolean is(Node node, String namespace, String localName) {
        return node instanceof Element
                && namespace.equals(node.getNamespaceURI())
                && localName.equals(node.getLocalName());
    }

    /**
     * @return the value of the unqualified attribute, empty when it is absent (not when it is empty)
     */
    static Optional<String> attribute(Element element, String name) {
        Attr attr = element.getAttributeNodeNS(null, name);
        return attr == null ? Optional.empty() : Optional.of(attr.getValue());
    }

    /**
     * @return the number of elements with this namespace and local name anywhere in the document
     */
    static int count(Document document, String namespace, String localName) {
        return document.getElementsByTagNameNS(namespace, localName).getLength();
    }

    /**
     * @return the element's text when its children are text nodes only, empty when it has any
     *         other child (a comment or element splitting the text: comment injection)
     */
    static Optional<String> fullText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Text part)) {
                return Optional.empty();
            }
            text.append(part.getData());
        }
        return Optional.of(text.toString());
    }

    static Element append(Element parent, String namespace, String qualifiedName) {
        Element child = parent.getOwnerDocument().createElementNS(namespace, qualifiedName);
        parent.appendChild(child);
        return child;
    }

    static Element appendText(Element parent, String namespace, String qualifiedName, String text) {
        Element child = append(parent, namespace, qualifiedName);
        child.setTextContent(text);
        return child;
    }
}
