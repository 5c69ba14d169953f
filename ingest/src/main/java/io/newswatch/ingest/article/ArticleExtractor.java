package io.newswatch.ingest.article;

import io.newswatch.ingest.feed.FeedDates;
import io.newswatch.ingest.feed.PlainText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;

/**
 * Finds the article in an HTML page. Boilerplate is removed first (scripts, styles, navigation, asides, footers,
 * forms, comments, share/social/related/ad widgets), then every block is scored by its paragraphs: each
 * paragraph of 25 characters or more adds to its parent (and half to its grandparent) one point, one per comma
 * and one per 100 characters up to three, and a block's score is scaled down by its link density. The
 * paragraphs of the best block, in order, are the text. Thread-safe.
 */
public final class ArticleExtractor {

    private static final String BOILERPLATE_TAGS =
            "script, style, noscript, template, nav, aside, footer, form, iframe, svg, canvas, button, select, "
                    + "input, textarea, object, embed, [hidden], [aria-hidden=true], [role=navigation], "
                    + "[role=complementary], [role=contentinfo], [role=banner]";
    private static final Pattern BOILERPLATE_NAMES = Pattern.compile(
            "(^|[\\s_-])(share|sharing|social|comments?|related|recommend\\w*|promo|advert\\w*|ads?|sponsor\\w*|"
                    + "newsletter|subscribe|subscription|cookie\\w*|breadcrumbs?|sidebar|menu|navbar|nav|footer|"
                    + "masthead|popup|modal|outbrain|taboola)($|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    private static final String PARAGRAPHS = "p, pre, blockquote, h2, h3, li";
    private static final String[] DATE_META = {
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
            "meta[name=publish-date]", "meta[name=date]", "meta[name=dc.date.issued]", "meta[name=dcterms.created]",
            "meta[name=sailthru.date]", "meta[property=og:published_time]"};
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{6,40})\"");
    private static final int MIN_PARAGRAPH = 25;
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);

    /** Extracts from a page fetched from {@code pageUri} (the base for relative links). */
    public ExtractedArticle extract(String html, URI pageUri) {
        return extract(Jsoup.parse(html == null ? "" : html, pageUri == null ? "" : pageUri.toString()));
    }

    /**
     * Extracts from page bytes as fetched: the charset comes from the HTTP Content-Type when it names a known
     * one, else from a byte-order mark or {@code <meta charset>}, else UTF-8.
     */
    public ExtractedArticle extract(byte[] body, String httpContentType, URI pageUri) {
        String charset = charsetOf(httpContentType);
        try {
            return extract(Jsoup.parse(new ByteArrayInputStream(body), charset, pageUri == null ? "" : pageUri.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory failed", e);
        }
    }

    private static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        if (m.find() && Charset.isSupported(m.group(1))) {
            return m.group(1);
        }
        return null;
    }

    private ExtractedArticle extract(Document doc) {
        String title = title(doc);
        URI canonical = canonical(doc);
        Instant published = published(doc);
        removeBoilerplate(doc);
        return new ExtractedArticle(title, canonical, published, mainText(doc));
    }

    private static String title(Document doc) {
        String og = doc.select("meta[property=og:title]").attr("content");
        if (!og.isBlank()) {
            return PlainText.ofHtml(og);
        }
        if (!doc.title().isBlank()) {
            return PlainText.ofText(doc.title());
        }
        Element h1 = doc.selectFirst("h1");
        return h1 == null ? "" : PlainText.ofText(h1.text());
    }

    private static URI canonical(Document doc) {
        for (Element link : doc.select("link[rel~=(?i)^canonical$][href]")) {
            URI uri = CanonicalUrl.of(link.absUrl("href"));
            if (uri != null) {
                return uri;
            }
        }
        Element og = doc.selectFirst("meta[property=og:url][content]");
        return og == null ? null : CanonicalUrl.of(og.absUrl("content"));
    }

    private static Instant published(Document doc) {
        for (String selector : DATE_META) {
            for (Element meta : doc.select(selector)) {
                Instant instant = FeedDates.parse(meta.attr("content"));
                if (instant != null) {
                    return instant;
                }
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            if (m.find()) {
                Instant instant = FeedDates.parse(m.group(1));
                if (instant != null) {
                    return instant;
                }
            }
        }
        for (Element time : doc.select("article time[datetime], time[pubdate][datetime], time[itemprop=datePublished]")) {
            Instant instant = FeedDates.parse(time.attr("datetime"));
            if (instant != null) {
                return instant;
            }
        }
        return null;
    }

    private static void removeBoilerplate(Document doc) {
        doc.select(BOILERPLATE_TAGS).remove();
        List<Node> comments = new ArrayList<>();
        doc.traverse((node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        });
        comments.forEach(Node::remove);
        for (Element element : doc.body().select("*")) {
            if (element.parent() == null || element.tagName().equals("body") || element.tagName().equals("article")
                    || element.tagName().equals("main")) {
                continue;
            }
            String names = element.id() + " " + element.className();
            if (!names.isBlank() && BOILERPLATE_NAMES.matcher(names.toLowerCase(Locale.ROOT)).find()) {
                element.remove();
            }
        }
        for (Element header : doc.body().select("header")) {
            if (header.select("p").text().length() < 200) {
                header.remove();
            }
        }
    }

    private static String mainText(Document doc) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : doc.body().select(PARAGRAPHS)) {
            String text = p.text();
            if (text.length() < MIN_PARAGRAPH || p.parent() == null) {
                continue;
            }
            double score = 1 + count(text, ',') + Math.min(text.length() / 100, 3);
            Element parent = p.parent();
            scores.merge(parent, score, Double::sum);
            if (parent.parent() != null) {
                scores.merge(parent.parent(), score / 2, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double scaled = entry.getValue() * (1 - linkDensity(entry.getKey()));
            if (scaled > bestScore) {
                bestScore = scaled;
                best = entry.getKey();
            }
        }
        if (best == null) {
            return PlainText.ofText(doc.body().text());
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element block : withSiblings(best, bestScore, scores)) {
            collectParagraphs(block, paragraphs);
        }
        return String.join("\n\n", paragraphs);
    }

    /**
     * The best block and those of its siblings that carry the same story: blocks scoring at least a fifth of the
     * best, and long, link-poor paragraphs standing next to it (articles split over several containers).
     */
    private static List<Element> withSiblings(Element best, double bestScore, Map<Element, Double> scores) {
        Element parent = best.parent();
        if (parent == null || best.tagName().equals("body")) {
            return List.of(best);
        }
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                chosen.add(sibling);
                continue;
            }
            double score = scores.getOrDefault(sibling, 0.0) * (1 - linkDensity(sibling));
            boolean strongBlock = score >= bestScore * 0.2;
            boolean strongParagraph = sibling.is(PARAGRAPHS) && sibling.text().length() >= 80 && linkDensity(sibling) < 0.25;
            if (strongBlock || strongParagraph) {
                chosen.add(sibling);
            }
        }
        return chosen;
    }

    private static void collectParagraphs(Element container, List<String> paragraphs) {
        Elements blocks = container.is(PARAGRAPHS) ? new Elements(container) : container.select(PARAGRAPHS);
        for (Element block : blocks) {
            if (block != container && block.parents().stream().anyMatch(blocks::contains)) {
                continue;
            }
            String text = PlainText.ofText(block.text());
            if (!text.isEmpty() && linkDensity(block) < 0.5) {
                paragraphs.add(text);
            }
        }
    }

    private static double linkDensity(Element element) {
        int total = element.text().length();
        if (total == 0) {
            return 1;
        }
        int links = 0;
        for (Element a : element.select("a")) {
            links += a.text().length();
        }
        return Math.min(1, (double) links / total);
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
