package io.newswatch.ingest.feed;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 feeds safely. The body is decoded ({@link FeedText}), parsed by a
 * hardened XML reader that never reads anything outside the body and bounds entities and depth, re-parsed
 * leniently when it is not well-formed, normalized (absolute, policy-checked links; unambiguous dates) and then
 * mapped by Rome. Thread-safe and reusable.
 */
public final class FeedParser {

    private static final Pattern HTML_START = Pattern.compile(
            "^(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html)[\\s>]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final List<String> FOREIGN_SUMMARIES = List.of("summary", "description", "subtitle");

    private final FeedLimits limits;
    private final LinkPolicy policy;

    /** A parser with {@link FeedLimits#defaults()}. */
    public FeedParser() {
        this(FeedLimits.defaults());
    }

    public FeedParser(FeedLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.policy = new LinkPolicy(limits.archiveRoot());
    }

    public FeedLimits limits() {
        return limits;
    }

    /**
     * Parses one feed.
     *
     * @param body            the bytes as received
     * @param location        where they came from (feed URL or {@code file:} URI); the base of relative links
     * @param httpContentType the HTTP Content-Type, or {@code null}
     * @throws FeedException naming the location and the reason, when nothing usable can be recovered
     */
    public ParsedFeed parse(byte[] body, URI location, String httpContentType) throws FeedException {
        Objects.requireNonNull(location, "location");
        if (body == null || body.length == 0) {
            throw new FeedException(location, "empty body");
        }
        if (body.length > limits.maxBytes()) {
            throw new FeedException(location, "body of " + body.length + " bytes exceeds the limit of "
                    + limits.maxBytes() + " bytes");
        }
        FeedText text = FeedText.decode(body, httpContentType);
        List<String> warnings = new ArrayList<>(text.warnings());
        if (text.text().isEmpty()) {
            throw new FeedException(location, "body holds only whitespace");
        }
        String head = text.text().substring(0, Math.min(text.text().length(), 2048));
        if (HTML_START.matcher(head).find()) {
            throw new FeedException(location, "an HTML page, not a feed" + describeHtml(text.text(), location));
        }
        Document document = toDocument(text.text(), location, warnings);
        String rootName = document.getRootElement().getName();
        if (rootName.equalsIgnoreCase("html")) {
            throw new FeedException(location, "an HTML page, not a feed" + describeHtml(text.text(), location));
        }
        boolean archiveMode = limits.archiveRoot() != null;
        FeedNormalizer normalizer = new FeedNormalizer(policy, location, archiveMode);
        URI base = normalizer.documentBase(document);
        normalizer.normalize(document, base);
        warnings.addAll(normalizer.warnings());
        SyndFeed feed = map(document, location, rootName);
        return toParsedFeed(feed, location, normalizer.droppedLinks(), warnings);
    }

    private Document toDocument(String text, URI location, List<String> warnings) throws FeedException {
        try {
            return new SecureXml(limits).parse(HtmlEntities.toNumeric(text));
        } catch (SecureXml.LimitExceeded e) {
            throw new FeedException(location, "refused: " + e.getMessage(), e);
        } catch (SAXException strictFailure) {
            String reason = strictFailure instanceof SAXParseException p ? SecureXml.describe(p) : strictFailure.getMessage();
            Document recovered;
            try {
                recovered = new LenientXml(limits.maxDepth()).parse(text);
            } catch (LenientXml.TooDeep e) {
                throw new FeedException(location, "refused: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                throw new FeedException(location, "not well-formed XML (" + reason + ") and lenient recovery failed: "
                        + e.getMessage(), strictFailure);
            }
            if (recovered == null) {
                throw new FeedException(location, "not XML: " + reason, strictFailure);
            }
            warnings.add("not well-formed XML (" + reason + "); recovered leniently");
            return recovered;
        }
    }

    private static SyndFeed map(Document document, URI location, String rootName) throws FeedException {
        SyndFeedInput input = new SyndFeedInput();
        input.setPreserveWireFeed(true);
        try {
            return input.build(document);
        } catch (IllegalArgumentException e) {
            throw new FeedException(location, "not an RSS or Atom feed (root element <" + rootName + ">)", e);
        } catch (com.rometools.rome.io.FeedException | RuntimeException e) {
            throw new FeedException(location, "feed could not be read: " + e.getMessage(), e);
        }
    }

    private ParsedFeed toParsedFeed(SyndFeed feed, URI location, int dropped, List<String> warnings) {
        String feedTitle = PlainText.ofHtml(feed.getTitle());
        URI feedLink = allowedWebLink(feed.getLink(), location);
        List<FeedEntry> entries = new ArrayList<>(feed.getEntries().size());
        int droppedLinks = dropped;
        for (SyndEntry entry : feed.getEntries()) {
            try {
                droppedLinks += addEntry(entry, location, feedTitle, entries);
            } catch (RuntimeException e) {
                warnings.add("entry " + entries.size() + " skipped: " + e);
            }
        }
        return new ParsedFeed(feedTitle, feedLink, entries, droppedLinks, warnings);
    }

    /** Adds the entry; returns 1 when its link was refused, else 0. */
    private int addEntry(SyndEntry entry, URI location, String feedTitle, List<FeedEntry> entries) {
        String guid = guid(entry);
        URI link = null;
        List<String> candidates = linkCandidates(entry);
        for (String candidate : candidates) {
            URI uri = UriText.parse(candidate);
            if (uri != null && uri.isAbsolute() && policy.allows(uri, location)) {
                link = "file".equalsIgnoreCase(uri.getScheme()) ? java.nio.file.Path.of(uri).toUri() : uri;
                break;
            }
        }
        String source = source(entry);
        entries.add(new FeedEntry(
                title(entry),
                link,
                guid,
                published(entry),
                blankToNull(author(entry)),
                summary(entry),
                source != null ? source : blankToNull(feedTitle)));
        return link == null && candidates.stream().anyMatch(c -> !c.equals(guid)) ? 1 : 0;
    }

    private URI allowedWebLink(String text, URI location) {
        URI uri = UriText.resolve(location, text);
        return uri != null && policy.allows(uri, location) && !"file".equalsIgnoreCase(uri.getScheme()) ? uri : null;
    }

    private static List<String> linkCandidates(SyndEntry entry) {
        List<String> candidates = new ArrayList<>();
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            candidates.add(entry.getLink().trim());
        }
        for (SyndLink link : entry.getLinks()) {
            String rel = link.getRel();
            if ((rel == null || rel.equals("alternate")) && link.getHref() != null && !link.getHref().isBlank()
                    && !candidates.contains(link.getHref().trim())) {
                candidates.add(link.getHref().trim());
            }
        }
        return candidates;
    }

    private static String title(SyndEntry entry) {
        SyndContent titleEx = entry.getTitleEx();
        String type = titleEx == null ? null : titleEx.getType();
        if (type != null && (type.equalsIgnoreCase("text") || type.equalsIgnoreCase("text/plain"))) {
            return PlainText.ofText(entry.getTitle());
        }
        return PlainText.ofHtml(entry.getTitle());
    }

    private static String guid(SyndEntry entry) {
        Object wire = entry.getWireEntry();
        if (wire instanceof Item item) {
            Guid guid = item.getGuid();
            return guid == null ? null : blankToNull(guid.getValue());
        }
        if (wire instanceof Entry atom) {
            return blankToNull(atom.getId());
        }
        return blankToNull(entry.getUri());
    }

    private static Instant published(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        if (entry.getWireEntry() instanceof Entry atom && (atom.getPublished() != null || atom.getUpdated() != null)) {
            date = atom.getPublished() != null ? atom.getPublished() : atom.getUpdated();
        }
        return date == null ? null : date.toInstant();
    }

    private static String author(SyndEntry entry) {
        if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            return PlainText.ofHtml(entry.getAuthor());
        }
        for (SyndPerson person : entry.getAuthors()) {
            if (person.getName() != null && !person.getName().isBlank()) {
                return PlainText.ofHtml(person.getName());
            }
        }
        return null;
    }

    private static String summary(SyndEntry entry) {
        SyndContent description = entry.getDescription();
        if (description != null && description.getValue() != null && !description.getValue().isBlank()) {
            return contentText(description);
        }
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return contentText(content);
            }
        }
        return foreignSummary(entry);
    }

    /** Podcast and media feeds describe entries in their own elements: itunes:summary, media:description... */
    private static String foreignSummary(SyndEntry entry) {
        List<org.jdom2.Element> markup = entry.getForeignMarkup();
        for (String name : FOREIGN_SUMMARIES) {
            for (org.jdom2.Element element : markup) {
                org.jdom2.Element found = element.getName().equals(name) ? element : null;
                if (found == null) {
                    for (org.jdom2.Element descendant : element.getDescendants(org.jdom2.filter.Filters.element(name, null))) {
                        found = descendant;
                        break;
                    }
                }
                if (found != null && !found.getTextTrim().isEmpty()) {
                    return PlainText.ofHtml(found.getText());
                }
            }
        }
        return "";
    }

    private static String contentText(SyndContent content) {
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain")
                ? PlainText.ofText(content.getValue()) : PlainText.ofHtml(content.getValue());
    }

    private static String source(SyndEntry entry) {
        Object wire = entry.getWireEntry();
        if (wire instanceof Item item && item.getSource() != null) {
            String value = blankToNull(PlainText.ofHtml(item.getSource().getValue()));
            return value != null ? value : blankToNull(item.getSource().getUrl());
        }
        if (entry.getSource() != null) {
            return blankToNull(PlainText.ofHtml(entry.getSource().getTitle()));
        }
        return null;
    }

    /** The page's title and the feed it advertises ({@code <link rel=alternate type=application/rss+xml>}), if any. */
    private static String describeHtml(String text, URI location) {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(text.substring(0, Math.min(text.length(), 262_144)),
                location.toString());
        List<String> parts = new ArrayList<>();
        if (!page.title().isBlank()) {
            parts.add("page title '" + FeedNormalizer.shorten(page.title()) + "'");
        }
        for (org.jsoup.nodes.Element link : page.select("link[rel~=(?i)alternate][type~=(?i)(rss|atom)\\+xml][href]")) {
            URI advertised = UriText.parse(link.absUrl("href"));
            if (advertised != null && advertised.isAbsolute()) {
                parts.add("it advertises the feed " + FeedNormalizer.shorten(advertised.toString()));
                break;
            }
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
