package nl.frontoffice.digidsimulator.saml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parsing and writing XML safely: namespace aware, no DOCTYPE at all (so no XXE and no entity expansion), no external
 * DTDs, schemas or XInclude, and a size limit. Writing never indents, because whitespace added after signing would
 * break the signature.
 */
public final class SecureXml {

    /** Larger than any SAML message the simulator expects; metadata of a few SPs fits comfortably. */
    public static final int MAX_BYTES = 1024 * 1024;

    private static final DocumentBuilderFactory FACTORY = newFactory();

    private SecureXml() {
    }

    public static Document parse(String xml) throws SamlException {
        return parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    public static Document parse(byte[] xml) throws SamlException {
        if (xml.length > MAX_BYTES) {
            throw new SamlException("Het XML-bericht is te groot.");
        }
        try {
            DocumentBuilder builder = newBuilder();
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            // covers a DOCTYPE too: "DOCTYPE is disallowed when the feature ... is set to true"
            throw new SamlException("Het bericht is geen geldige XML (" + e.getMessage() + ").", e);
        } catch (IOException e) {
            throw new SamlException("Het XML-bericht kon niet worden gelezen.", e);
        }
    }

    public static Document newDocument() {
        return newBuilder().newDocument();
    }

    /** The XML of a node as a string, without XML declaration and without reformatting. */
    public static String toString(Node node) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(node), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot serialise XML", e);
        }
    }

    /**
     * Writes and re-reads a document that was built in memory, so that every namespace declaration is an attribute
     * in the tree: canonicalisation (and so signing) then sees exactly what a receiver will parse.
     */
    public static Document reparse(Document document) {
        try {
            return parse(toString(document));
        } catch (SamlException e) {
            throw new IllegalStateException("A document the simulator built cannot be parsed", e);
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // not an error
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entities are not allowed");
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("Cannot create an XML parser", e);
        }
    }

    private static DocumentBuilderFactory newFactory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setValidating(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("Cannot configure a secure XML parser", e);
        }
    }
}
