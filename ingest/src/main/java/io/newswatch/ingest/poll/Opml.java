package io.newswatch.ingest.poll;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import io.newswatch.ingest.feed.UriText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The feeds of an OPML subscription list: every {@code <outline>} with an {@code xmlUrl}, however deeply nested
 * in folders, in document order, each URL once. A relative {@code xmlUrl} is resolved against the list's own
 * location (so a local list may name feed files beside it). The XML is read without DTDs or external entities.
 *
 * @param feeds    the feeds found, named by the outline's {@code title} (else {@code text})
 * @param problems outlines that were skipped, each naming the list and the reason
 */
public record Opml(List<FeedSource> feeds, List<String> problems) {

    private static final int MAX_BYTES = 10 * 1024 * 1024;

    public Opml {
        feeds = List.copyOf(feeds);
        problems = List.copyOf(problems);
    }

    /** Reads the list in {@code file}; every feed gets {@code interval}. */
    public static Opml read(Path file, Duration interval) throws IOException {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new IOException("OPML " + file + ": no such file");
        }
        if (Files.size(path) > MAX_BYTES) {
            throw new IOException("OPML " + file + ": larger than " + MAX_BYTES + " bytes");
        }
        return parse(Files.readAllBytes(path), path.toUri(), file.toString(), interval);
    }

    /**
     * Parses a list.
     *
     * @param body     the list's bytes
     * @param base     where it came from, the base of relative URLs
     * @param name     the input as the user named it, for messages
     * @param interval the poll interval every feed gets
     * @throws IOException naming the input when it is not an OPML document
     */
    public static Opml parse(byte[] body, URI base, String name, Duration interval) throws IOException {
        Objects.requireNonNull(interval, "interval");
        Document doc;
        try {
            doc = builder().parse(new ByteArrayInputStream(body));
        } catch (SAXException e) {
            throw new IOException("OPML " + name + ": not well-formed XML: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        if (!"opml".equalsIgnoreCase(root.getLocalName() != null ? root.getLocalName() : root.getTagName())) {
            throw new IOException("OPML " + name + ": root element is <" + root.getTagName() + ">, not <opml>");
        }
        List<FeedSource> feeds = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<URI> seen = new LinkedHashSet<>();
        NodeList outlines = root.getElementsByTagName("outline");
        for (int i = 0; i < outlines.getLength(); i++) {
            Element outline = (Element) outlines.item(i);
            String xmlUrl = attribute(outline, "xmlUrl");
            if (xmlUrl == null) {
                continue;
            }
            String title = attribute(outline, "title") != null ? attribute(outline, "title") : attribute(outline, "text");
            URI url = UriText.resolve(base, xmlUrl);
            if (url == null || !url.isAbsolute()) {
                problems.add("OPML " + name + ": outline '" + title + "' has an unusable xmlUrl '" + xmlUrl + "'");
                continue;
            }
            try {
                FeedSource feed = new FeedSource(title, url, interval);
                if (seen.add(url)) {
                    feeds.add(feed);
                }
            } catch (IllegalArgumentException e) {
                problems.add("OPML " + name + ": outline '" + title + "': " + e.getMessage());
            }
        }
        return new Opml(feeds, problems);
    }

    /** The attribute, matched without regard to case (lists in the wild write xmlurl and XMLURL too), or null. */
    private static String attribute(Element e, String name) {
        String value = e.getAttribute(name);
        if (value.isBlank()) {
            for (int i = 0; i < e.getAttributes().getLength(); i++) {
                if (e.getAttributes().item(i).getNodeName().equalsIgnoreCase(name)) {
                    value = e.getAttributes().item(i).getNodeValue();
                }
            }
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static DocumentBuilder builder() throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IOException("no secure XML parser available", e);
        }
    }
}
