package io.newswatch.processor.tagger;

import java.util.Objects;

/**
 * A named place or actor from the {@link Gazetteer}: a country (or a city, base or region
 * inside one), a nationality adjective, an actor that can only be a force or issuer (an
 * alliance, an institution, a leader), a region spanning countries, or an overseas territory.
 *
 * @param name canonical English name (a country name for countries and adjectives, the short
 *             force name for actors)
 * @param type what role the place can play
 * @param host the host an actor implies ("USFK" is in South Korea), or null
 */
record Place(String name, Type type, String host) {

    Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    Place(String name, Type type) {
        this(name, type, null);
    }

    enum Type {
        /** A country, or a city, base or region inside it: a host or a force. */
        COUNTRY,
        /** A nationality adjective ("British"): a force or issuer, never a host. */
        ADJECTIVE,
        /** An alliance, institution or leader: a force or issuer, never a host. */
        ACTOR,
        /** A region spanning countries, or an overseas territory: a host only. */
        REGION,
        /** "the peninsula": South Korea in a Korea context. */
        PENINSULA,
        /** "the country", "there": the article's host. */
        ANAPHOR
    }

    /** Whether this place can be a troop host. */
    boolean canHost() {
        return type == Type.COUNTRY || type == Type.REGION || type == Type.PENINSULA || type == Type.ANAPHOR;
    }

    /** Whether this place can name a force or a sanctions issuer. */
    boolean canAct() {
        return type == Type.COUNTRY || type == Type.ADJECTIVE || type == Type.ACTOR;
    }

    /** The canonical short force name: "US" for the United States, "UK" for the United Kingdom. */
    String force() {
        return switch (name) {
            case "United States" -> "US";
            case "United Kingdom" -> "UK";
            default -> name;
        };
    }
}
