package nl.frontoffice.auth.saml;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Plain JAXP for the tests' own documents (independent of {@link SecureXml}, the code under test):
 * build, parse, serialize, find and move elements.
 */
public final class TestXml {

    static final String PROTOCOL = "urn:oasis:names:tc:SAML:2.0:protocol";
    static final String ASSERTION = "urn:oasis:names:tc:SAML:2.0:assertion";
    static final String METADATA = "urn:oasis:names:tc:SAML:2.0:metadata";
    static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    private TestXml() {
    }

    static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultNSInstance();
            return factory.newDocumentBuilder().newDocument();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultNSInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String toString(Node node) {
        try {
            Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(node), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return every element with this namespace and local name, in document order */
    static List<Element> all(Node root, String namespace, String localName) {
        NodeList found = root instanceof Document document
                ? document.getElementsByTagNameNS(namespace, localName)
                : ((Element) root).getElementsByTagNameNS(namespace, localName);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            result.add((Element) found.item(i));
        }
        return result;
    }

    /** @return the first such element at or below {@code root} */
    static Element first(Node root, String namespace, String localName) {
        List<Element> found = all(root, namespace, localName);
        if (found.isEmpty()) {
            throw new IllegalStateException("no " + localName);
        }
        return found.get(0);
    }

    /** @return the direct child with this name */
    public static Element child(Element parent, String namespace, String localName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        throw new IllegalStateException("no child " + localName);
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

    /** Sets an attribute, or removes it when {@code value} is null. */
    static void attribute(Element element, String name, Object value) {
        if (value == null) {
            element.removeAttributeNS(null, name);
        } else {
            element.setAttributeNS(null, name, value.toString());
        }
    }

    static void declare(Element element, String prefix, String namespace) {
        element.setAttributeNS(XMLNS, "xmlns:" + prefix, namespace);
    }

    /** @return a deep copy of {@code element} (in the same document, not attached) */
    static Element copy(Element element) {
        return (Element) element.cloneNode(true);
    }

    static void remove(Node node) {
        node.getParentNode().removeChild(node);
    }
}
