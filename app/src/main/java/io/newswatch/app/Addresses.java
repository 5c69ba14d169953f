package io.newswatch.app;

import java.net.InetSocketAddress;

/** {@code HOST:PORT} on the command line. */
final class Addresses {

    private Addresses() {
    }

    static InetSocketAddress parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("expected HOST:PORT, not '" + text + "'");
        }
        try {
            int port = Integer.parseInt(text.substring(colon + 1));
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port out of range in '" + text + "'");
            }
            return new InetSocketAddress(text.substring(0, colon), port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected HOST:PORT, not '" + text + "'", e);
        }
    }

    static String show(InetSocketAddress a) {
        return a.getHostString() + ":" + a.getPort();
    }
}
