package io.newswatch.ingest.feed;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Rewrites a feed document before Rome maps it: every link is resolved to an absolute URI (nested
 * {@code xml:base}, then the RSS channel link, then the feed location) and removed when the {@link LinkPolicy}
 * refuses it; every date is re-written in one unambiguous form, or emptied when it cannot be read, so that Rome
 * neither guesses nor fails on it.
 */
final class FeedNormalizer {

    private static final Set<String> DATE_ELEMENTS =
            Set.of("pubDate", "lastBuildDate", "date", "published", "updated", "issued", "modified", "created");
    private static final int MAX_WARNINGS = 20;

    private final LinkPolicy policy;
    private final URI location;
    private final boolean archiveMode;
    private final List<String> warnings = new ArrayList<>();
    private int droppedLinks;
    private int suppressedWarnings;

    FeedNormalizer(LinkPolicy policy, URI location, boolean archiveMode) {
        this.policy = policy;
        this.location = location;
        this.archiveMode = archiveMode;
    }

    /** The base for links that no {@code xml:base} covers. */
    URI documentBase(Document document) {
        if (archiveMode && "file".equalsIgnoreCase(location.getScheme())) {
            return location;
        }
        Element channel = child(document.getRootElement(), "channel");
        Element link = channel == null ? null : child(channel, "link");
        if (link != null && link.getAttribute("href") == null) {
            URI resolved = UriText.resolve(location, link.getText());
            if (resolved != null && policy.allows(resolved, location) && !"file".equalsIgnoreCase(resolved.getScheme())) {
                return resolved;
            }
        }
        return location;
    }

    void normalize(Document document, URI base) {
        visit(document.getRootElement(), base);
    }

    int droppedLinks() {
        return droppedLinks;
    }

    List<String> warnings() {
        List<String> all = new ArrayList<>(warnings);
        if (suppressedWarnings > 0) {
            all.add(suppressedWarnings + " more warnings not shown");
        }
        return all;
    }

    private void visit(Element element, URI inheritedBase) {
        URI base = inheritedBase;
        String xmlBase = element.getAttributeValue("base", Namespace.XML_NAMESPACE);
        if (xmlBase != null) {
            URI resolved = inheritedBase == null ? UriText.parse(xmlBase) : UriText.resolve(inheritedBase, xmlBase);
            if (resolved != null && resolved.isAbsolute()) {
                base = resolved;
            } else {
                warn("xml:base '" + shorten(xmlBase) + "' ignored");
            }
        }
        String name = element.getName();
        if (name.equals("link") && !rewriteLink(element, base)) {
            element.detach();
            return;
        }
        if (DATE_ELEMENTS.contains(name) && element.getChildren().isEmpty()) {
            rewriteDate(element);
        }
        for (Element child : new ArrayList<>(element.getChildren())) {
            visit(child, base);
        }
    }

    /** Returns false when the link must be removed. */
    private boolean rewriteLink(Element link, URI base) {
        String href = link.getAttributeValue("href");
        String value = href != null ? href : link.getChildren().isEmpty() ? link.getText() : null;
        if (value == null || value.isBlank()) {
            return true;
        }
        URI resolved = UriText.resolve(base, value);
        if (resolved == null || !policy.allows(resolved, location)) {
            droppedLinks++;
            warn("link '" + shorten(value) + "' refused");
            return false;
        }
        if (href != null) {
            link.setAttribute("href", resolved.toString());
        } else {
            link.setText(resolved.toString());
        }
        return true;
    }

    private void rewriteDate(Element element) {
        String text = element.getTextTrim();
        if (text.isEmpty()) {
            return;
        }
        Instant instant = FeedDates.parse(text);
        if (instant == null) {
            warn("date '" + shorten(text) + "' not understood; left empty");
            element.setText("");
        } else {
            element.setText(instant.truncatedTo(ChronoUnit.SECONDS).toString());
        }
    }

    private void warn(String warning) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(warning);
        } else {
            suppressedWarnings++;
        }
    }

    static String shorten(String text) {
        String flat = text.replaceAll("\\p{Cntrl}", "?");
        return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
    }

    private static Element child(Element parent, String name) {
        for (Element child : parent.getChildren()) {
            if (child.getName().equals(name)) {
                return child;
            }
        }
        return null;
    }
}
