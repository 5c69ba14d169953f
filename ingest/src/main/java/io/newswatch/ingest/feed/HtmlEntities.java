package io.newswatch.ingest.feed;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Rewrites HTML named entities that feeds use without declaring them ({@code &nbsp;}, {@code &eacute;}, the
 * entities of the never-fetched Netscape RSS 0.91 DTD) as numeric character references, so that strict XML
 * parsing keeps the characters. The five XML entities and entities the document declares itself are left alone.
 */
final class HtmlEntities {

    private static final Pattern REFERENCE = Pattern.compile("&([A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern DECLARATION = Pattern.compile("<!ENTITY\\s+([A-Za-z_][\\w.-]*)");
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");

    private HtmlEntities() {
    }

    static String toNumeric(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Set<String> declared = new HashSet<>();
        int subsetEnd = text.indexOf("]>");
        if (subsetEnd > 0) {
            Matcher d = DECLARATION.matcher(text.substring(0, subsetEnd));
            while (d.find()) {
                declared.add(d.group(1));
            }
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String name = m.group(1);
            if (XML_ENTITIES.contains(name) || declared.contains(name) || !Entities.isNamedEntity(name)) {
                continue;
            }
            String value = Entities.getByName(name);
            if (value.isEmpty()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start());
            for (int i = 0; i < value.length(); i = value.offsetByCodePoints(i, 1)) {
                out.append("&#").append(value.codePointAt(i)).append(';');
            }
            last = m.end();
        }
        if (out == null) {
            return text;
        }
        out.append(text, last, text.length());
        return out.toString();
    }
}
