package io.newswatch.ingest.feed;

import java.util.HashMap;
import java.util.Map;
import org.jdom2.Attribute;
import org.jdom2.CDATA;
import org.jdom2.Content;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.IllegalNameException;
import org.jdom2.Namespace;
import org.jdom2.Text;
import org.jdom2.Verifier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Lenient re-parse of XML that is not well-formed (truncated, unclosed tags, HTML entities, undeclared prefixes),
 * with jsoup's XML parser, converted to JDOM. jsoup never reads a DTD or expands declared entities. Undeclared
 * prefixes of the usual feed vocabularies are mapped to their namespaces. The root is the first {@code rss},
 * {@code RDF} or {@code feed} element, so markup printed before the feed (a PHP warning) is skipped.
 */
final class LenientXml {

    private static final Map<String, String> WELL_KNOWN = Map.of(
            "dc", "http://purl.org/dc/elements/1.1/",
            "content", "http://purl.org/rss/1.0/modules/content/",
            "atom", "http://www.w3.org/2005/Atom",
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "media", "http://search.yahoo.com/mrss/",
            "itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd",
            "slash", "http://purl.org/rss/1.0/modules/slash/",
            "sy", "http://purl.org/rss/1.0/modules/syndication/");

    /** An ampersand that starts no complete reference ({@code ?a=1&sect=2}); jsoup would read legacy entities in it. */
    private static final java.util.regex.Pattern BARE_AMPERSAND =
            java.util.regex.Pattern.compile("&(?!#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)");

    private final int maxDepth;

    LenientXml(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /** Thrown when the recovered tree is deeper than allowed. */
    static final class TooDeep extends Exception {
        TooDeep(String message) {
            super(message);
        }
    }

    /** The document jsoup recovers, or {@code null} when it holds no element at all. */
    Document parse(String text) throws TooDeep {
        String escaped = BARE_AMPERSAND.matcher(text).replaceAll("&amp;");
        org.jsoup.nodes.Document parsed = Jsoup.parse(escaped, "", Parser.xmlParser());
        org.jsoup.nodes.Element root = null;
        for (org.jsoup.nodes.Element candidate : parsed.getAllElements()) {
            String local = candidate.tagName().substring(candidate.tagName().indexOf(':') + 1);
            if (local.equals("rss") || local.equals("RDF") || local.equals("feed")) {
                root = candidate;
                break;
            }
        }
        if (root == null) {
            root = parsed.children().first();
        }
        if (root == null) {
            return null;
        }
        Element converted = convert(root, Map.of(), 1);
        return new Document(converted);
    }

    private Element convert(org.jsoup.nodes.Element source, Map<String, String> outerScope, int depth) throws TooDeep {
        if (depth > maxDepth) {
            throw new TooDeep("elements nested deeper than " + maxDepth);
        }
        Map<String, String> scope = outerScope;
        for (org.jsoup.nodes.Attribute a : source.attributes()) {
            String key = a.getKey();
            if (key.equals("xmlns") || key.startsWith("xmlns:")) {
                if (scope == outerScope) {
                    scope = new HashMap<>(outerScope);
                }
                scope.put(key.equals("xmlns") ? "" : key.substring(6), a.getValue());
            }
        }
        Element target = newElement(source.tagName(), scope);
        for (org.jsoup.nodes.Attribute a : source.attributes()) {
            String key = a.getKey();
            if (!key.equals("xmlns") && !key.startsWith("xmlns:")) {
                Attribute attribute = newAttribute(key, a.getValue(), scope);
                if (attribute != null) {
                    target.setAttribute(attribute);
                }
            }
        }
        for (Node child : source.childNodes()) {
            Content content = null;
            if (child instanceof org.jsoup.nodes.Element element) {
                content = convert(element, scope, depth + 1);
            } else if (child instanceof CDataNode cdata) {
                String value = XmlChars.strip(cdata.text());
                content = value.contains("]]>") ? new Text(value) : new CDATA(value);
            } else if (child instanceof TextNode textNode) {
                content = new Text(XmlChars.strip(textNode.getWholeText()));
            }
            if (content != null) {
                target.addContent(content);
            }
        }
        return target;
    }

    private static Element newElement(String qualified, Map<String, String> scope) {
        int colon = qualified.indexOf(':');
        String prefix = colon < 0 ? "" : qualified.substring(0, colon);
        String local = safeName(colon < 0 ? qualified : qualified.substring(colon + 1));
        String uri = scope.get(prefix);
        if (uri == null && !prefix.isEmpty()) {
            uri = WELL_KNOWN.get(prefix);
        }
        if (uri == null || uri.isEmpty()) {
            return new Element(local);
        }
        try {
            return new Element(local, Namespace.getNamespace(prefix, uri));
        } catch (IllegalNameException e) {
            return new Element(local, Namespace.getNamespace(uri));
        }
    }

    private static Attribute newAttribute(String qualified, String value, Map<String, String> scope) {
        String clean = XmlChars.strip(value);
        int colon = qualified.indexOf(':');
        if (colon < 0) {
            return Verifier.checkAttributeName(qualified) == null ? new Attribute(qualified, clean) : null;
        }
        String prefix = qualified.substring(0, colon);
        String local = qualified.substring(colon + 1);
        if (Verifier.checkAttributeName(local) != null) {
            return null;
        }
        if (prefix.equals("xml")) {
            return new Attribute(local, clean, Namespace.XML_NAMESPACE);
        }
        String uri = scope.getOrDefault(prefix, WELL_KNOWN.get(prefix));
        if (uri == null || uri.isEmpty()) {
            return new Attribute(local, clean);
        }
        try {
            return new Attribute(local, clean, Namespace.getNamespace(prefix, uri));
        } catch (IllegalNameException e) {
            return new Attribute(local, clean);
        }
    }

    private static String safeName(String name) {
        if (Verifier.checkElementName(name) == null) {
            return name;
        }
        String replaced = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return replaced.isEmpty() || !Character.isLetter(replaced.charAt(0)) ? "x" + replaced : replaced;
    }
}
