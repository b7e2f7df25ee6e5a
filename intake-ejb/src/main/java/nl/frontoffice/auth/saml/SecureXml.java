package nl.frontoffice.auth.saml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
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
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import nl.frontoffice.auth.saml.SamlValidationException.Reason;

/**
 * The one place that parses and serializes XML in this package, hardened against XXE, entity
 * expansion (billion laughs), external DTDs and XInclude: a document with any DOCTYPE is refused.
 * It always uses the JDK's own JAXP implementation, whatever else is on the class path.
 *
 * <p>Usage: {@code Document doc = SecureXml.parse(xml); String text = SecureXml.toXml(doc);}
 */
public final class SecureXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER_ENTITIES = "http://xml.org/sax/features/external-parameter-entities";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // nothing: a warning does not stop parsing and must not reach stderr
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private SecureXml() {
    }

    /**
     * @param xml a whole XML document
     * @return the namespace-aware DOM
     * @throws SamlValidationException {@link Reason#DOCTYPE_PRESENT} when the document has a DOCTYPE,
     *                                 {@link Reason#MALFORMED} when it is not well-formed
     */
    public static Document parse(String xml) throws SamlValidationException {
        if (xml == null) {
            throw new SamlValidationException(Reason.MALFORMED, "document");
        }
        try {
            return newBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw rejection(xml.contains("<!DOCTYPE"));
        }
    }

    /**
     * @param xml a whole XML document in any encoding its declaration names (UTF-8 by default)
     * @return the namespace-aware DOM
     * @throws SamlValidationException as {@link #parse(String)}
     */
    public static Document parse(byte[] xml) throws SamlValidationException {
        if (xml == null) {
            throw new SamlValidationException(Reason.MALFORMED, "document");
        }
        try {
            return newBuilder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw rejection(mentionsDoctype(xml));
        }
    }

    /**
     * @return a new, empty namespace-aware document to build a message in
     */
    public static Document newDocument() {
        return newBuilder().newDocument();
    }

    /**
     * @param node a document or element
     * @return its XML text, UTF-8, without XML declaration and without added whitespace (so
     *         signatures stay valid)
     */
    public static String toXml(Node node) {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
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
            throw new IllegalStateException("XML serialization failed", e);
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultNSInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
            factory.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
            factory.setFeature(LOAD_EXTERNAL_DTD, false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setValidating(false);
            factory.setIgnoringComments(false);
            factory.setCoalescing(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not resolved");
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
    }

    private static SamlValidationException rejection(boolean doctype) {
        // the parser's own message may quote the document, so it is not passed on
        return new SamlValidationException(doctype ? Reason.DOCTYPE_PRESENT : Reason.MALFORMED, "document");
    }

    private static boolean mentionsDoctype(byte[] xml) {
        return new String(xml, StandardCharsets.ISO_8859_1).contains("<!DOCTYPE")
                || new String(xml, StandardCharsets.UTF_16BE).contains("<!DOCTYPE")
                || new String(xml, StandardCharsets.UTF_16LE).contains("<!DOCTYPE");
    }
}
