package io.newswatch.ingest.poll;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 serving feeds and pages the test sets per path. A page with an ETag answers
 * 304 to a request carrying it; every request is logged with its If-None-Match header.
 */
final class FeedServer implements AutoCloseable {

    /** What a path answers. */
    record Page(int status, String contentType, byte[] body, String etag, Map<String, String> headers) {
        static Page ok(String contentType, String body) {
            return new Page(200, contentType, body.getBytes(StandardCharsets.UTF_8), null, Map.of());
        }

        static Page status(int status, Map<String, String> headers) {
            return new Page(status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8), null, headers);
        }

        Page withEtag(String value) {
            return new Page(status, contentType, body, value, headers);
        }
    }

    /** One request seen: path and the If-None-Match it carried (or null). */
    record Hit(String path, String ifNoneMatch, String userAgent) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void set(String path, Page page) {
        pages.put(path, page);
    }

    /** An RSS feed of {@code items} (each an {@code <item>} element) with an ETag that changes with its content. */
    void feed(String path, String... items) {
        String body = rss(items);
        set(path, Page.ok("application/rss+xml", body).withEtag("\"" + Integer.toHexString(body.hashCode()) + "\""));
    }

    /** An HTML article page with a canonical link and, when given, a published-time meta tag. */
    void article(String path, String canonical, String published, String... paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>t</title>");
        if (canonical != null) {
            html.append("<link rel=\"canonical\" href=\"").append(canonical).append("\">");
        }
        if (published != null) {
            html.append("<meta property=\"article:published_time\" content=\"").append(published).append("\">");
        }
        html.append("</head><body><article>");
        for (String p : paragraphs) {
            html.append("<p>").append(p).append("</p>");
        }
        html.append("</article></body></html>");
        set(path, Page.ok("text/html; charset=utf-8", html.toString()));
    }

    static String rss(String... items) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback News</title>"
                + "<link>http://127.0.0.1/</link>" + String.join("", items) + "</channel></rss>";
    }

    static String item(String guid, String link, String title, String pubDate, String description) {
        return "<item><guid isPermaLink=\"false\">" + guid + "</guid>"
                + (link == null ? "" : "<link>" + link + "</link>")
                + "<title>" + title + "</title>"
                + (pubDate == null ? "" : "<pubDate>" + pubDate + "</pubDate>")
                + "<description>" + description + "</description></item>";
    }

    List<Hit> hits() {
        return List.copyOf(hits);
    }

    long hitsOn(String path) {
        return hits.stream().filter(h -> h.path().equals(path)).count();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String ifNoneMatch = ex.getRequestHeaders().getFirst("If-None-Match");
        hits.add(new Hit(path, ifNoneMatch, ex.getRequestHeaders().getFirst("User-Agent")));
        Page page = pages.getOrDefault(path, Page.status(404, Map.of()));
        page.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        if (page.etag() != null) {
            ex.getResponseHeaders().add("ETag", page.etag());
            if (page.etag().equals(ifNoneMatch)) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
        }
        ex.getResponseHeaders().add("Content-Type", page.contentType());
        ex.sendResponseHeaders(page.status(), page.body().length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(page.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
