package io.newswatch.ingest.feed;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.jdom2.Document;
import org.jdom2.input.sax.SAXHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Strict, hardened XML to JDOM. A DOCTYPE is accepted, but no external DTD, external entity, XInclude or stylesheet
 * is ever read: external entities are off, the external DTD is not loaded, every resolution attempt gets empty
 * input, and JAXP's external access is closed. Entity expansion, entity size and element depth are bounded by
 * {@link FeedLimits}, so billion-laughs, quadratic blowup and deep nesting fail fast inside the JDK parser.
 */
final class SecureXml {

    private static final String JAXP = "http://www.oracle.com/xml/jaxp/properties/";
    private static final String LIMIT_MARKER = "JAXP0001";

    private final FeedLimits limits;

    SecureXml(FeedLimits limits) {
        this.limits = limits;
    }

    /** Thrown when a document breaks a security limit; such input is refused, never recovered. */
    static final class LimitExceeded extends Exception {
        LimitExceeded(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Parses well-formed XML.
     *
     * @throws LimitExceeded when a bound of {@link FeedLimits} was hit
     * @throws SAXException  when the text is not well-formed XML
     */
    Document parse(String text) throws LimitExceeded, SAXException {
        XMLReader reader = newReader();
        SAXHandler handler = new SAXHandler();
        handler.setExpandEntities(true);
        reader.setContentHandler(handler);
        reader.setDTDHandler(handler);
        reader.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
        reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        reader.setErrorHandler(new StrictErrors());
        try {
            reader.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains(LIMIT_MARKER)) {
                throw new LimitExceeded(describe(e), e);
            }
            throw e;
        } catch (IOException e) {
            throw new SAXException("reading from memory failed: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // JDOM refuses names and data that the SAX parser let through (":rss", a PI target with a colon)
            throw new SAXException(e.getMessage(), e);
        }
        return handler.getDocument();
    }

    static String describe(SAXParseException e) {
        String message = String.valueOf(e.getMessage()).replaceFirst("^JAXP\\d+: ", "");
        return "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + message;
    }

    private XMLReader newReader() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            parser.setProperty(JAXP + "entityExpansionLimit", String.valueOf(limits.maxEntityExpansions()));
            parser.setProperty(JAXP + "totalEntitySizeLimit", String.valueOf(limits.maxEntityChars()));
            parser.setProperty(JAXP + "maxGeneralEntitySizeLimit", String.valueOf(limits.maxEntityChars()));
            parser.setProperty(JAXP + "maxParameterEntitySizeLimit", String.valueOf(limits.maxEntityChars()));
            parser.setProperty(JAXP + "maxElementDepth", String.valueOf(limits.maxDepth()));
            parser.setProperty(JAXP + "elementAttributeLimit", "1000");
            return parser.getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser refused a secure configuration", e);
        }
    }

    private static final class StrictErrors implements ErrorHandler {
        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) {
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }
}
