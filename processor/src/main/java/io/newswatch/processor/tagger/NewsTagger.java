package io.newswatch.processor.tagger;

import io.newswatch.processor.tagger.TroopTag.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The newswatch tagger: troop figures and sanctions as {@code LABELS.md} defines them.
 *
 * <p>One pass reads the text into tokens (hash look-ups of words and phrases, numbers read in
 * place), splits sentences, and reads only the sentences that can hold a tag. Article context
 * is applied last: a troop figure whose sentence names no host takes the article's dominant
 * host, one with no force the article's dominant force, and a sanctions mention with no target
 * the article's dominant target (failing that, the most-named sanctioned country, failing that
 * the desk's default target).
 *
 * <p>Thread-safe and stateless between calls; never throws on any text.
 */
public final class NewsTagger implements Tagger {

    /** Countries that are commonly under sanctions, for a target the sentence does not name. */
    static final Set<String> SANCTIONED = Set.of("North Korea", "Iran", "Russia", "Venezuela", "Syria",
            "Cuba", "Belarus", "Myanmar", "China", "Afghanistan", "Libya", "Sudan", "Mali", "Niger", "Iraq",
            "Nicaragua", "Eritrea", "Yemen", "Zimbabwe");

    /** Regions spanning countries and overseas territories: no side of a border between two countries. */
    private static final Set<String> REGIONS = Set.copyOf(Gazetteer.names(Place.Type.REGION));

    private final Vocabulary vocabulary = Vocabulary.standard();
    private final String defaultTarget;
    private final boolean strict;

    /** A tagger whose default sanctions target (when an article names none) is North Korea. */
    public NewsTagger() {
        this("North Korea", false);
    }

    /**
     * @param defaultTarget the sanctions target assumed when neither a sentence nor its article
     *                      names one, or null to drop such mentions
     */
    public NewsTagger(String defaultTarget) {
        this(defaultTarget, false);
    }

    /** strict: let a failure in a sentence surface (for tests) instead of skipping the sentence. */
    NewsTagger(String defaultTarget, boolean strict) {
        this.defaultTarget = defaultTarget;
        this.strict = strict;
    }

    @Override
    public List<Tag> tag(String text, LocalDate published) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        try {
            return read(text);
        } catch (RuntimeException | StackOverflowError e) {
            if (strict) {
                throw e;
            }
            return List.of();
        }
    }

    private List<Tag> read(String text) {
        Tokens t = Tokens.read(text, vocabulary);
        int[] bounds = SentenceSplitter.split(t);
        boolean korea = false;
        Map<String, Integer> named = new HashMap<>();
        int sentences = bounds.length - 1;
        byte[] interest = new byte[Math.max(0, sentences)];
        boolean previousTroop = false;
        boolean previousSanction = false;
        for (int b = 0; b < sentences; b++) {
            int marks = 0;
            for (int k = bounds[b]; k < bounds[b + 1]; k++) {
                marks |= t.marks[k];
                if (t.type[k] == Tokens.NUMBER && k + 1 < bounds[b + 1] && t.isKey(k + 1, "military")) {
                    marks |= Tokens.M_UNIT; // "some 650 military": translated copy's plural noun
                }
            }
            korea |= (marks & Tokens.M_KOREA) != 0;
            boolean number = (marks & Tokens.M_NUMBER) != 0;
            boolean troop = (marks & Tokens.M_TROOP) != 0;
            boolean troopCue = troop || (marks & Tokens.M_UNIT) != 0;
            boolean troopChange = troop && (marks & Tokens.M_CHANGE) != 0;
            boolean ofThem = number && previousTroop && ((marks & Tokens.M_PRONOUN) != 0
                    || (marks & (Tokens.M_CHANGE | Tokens.M_STAY)) != 0);
            boolean sanction = (marks & Tokens.M_SANCTION) != 0;
            interest[b] = (byte) ((number && troopCue || troopChange || ofThem ? 1 : 0)
                    | (sanction || previousSanction ? 2 : 0) | (previousTroop ? 4 : 0) | (previousSanction ? 8 : 0));
            previousTroop = troop;
            previousSanction = sanction;
        }
        TroopReader troops = new TroopReader(t, korea);
        SanctionReader sanctions = new SanctionReader(t);
        List<Found> found = new ArrayList<>();
        for (int b = 0; b < sentences; b++) {
            int s = bounds[b];
            int e = bounds[b + 1];
            boolean troopSentence = (interest[b] & 1) != 0;
            boolean sanctionSentence = (interest[b] & 2) != 0;
            if (!troopSentence && !sanctionSentence) {
                continue;
            }
            try {
                if (troopSentence) {
                    troops.troopsBefore = (interest[b] & 4) != 0;
                    for (TroopReader.Draft d : troops.read(s, e)) {
                        found.add(new Found(s, e, d, null));
                    }
                }
                if (sanctionSentence) {
                    sanctions.sanctionsBefore = (interest[b] & 8) != 0;
                    for (SanctionReader.Draft d : sanctions.read(s, e)) {
                        found.add(new Found(s, e, null, d));
                    }
                }
            } catch (RuntimeException ex) {
                if (strict) {
                    throw ex;
                }
            }
        }
        return resolve(t, bounds, found, named, korea);
    }

    private record Found(int first, int last, TroopReader.Draft troop, SanctionReader.Draft sanction) {
    }

    private List<Tag> resolve(Tokens t, int[] bounds, List<Found> found, Map<String, Integer> named, boolean korea) {
        Map<String, Integer> hosts = new java.util.LinkedHashMap<>();
        Map<String, Integer> forces = new java.util.LinkedHashMap<>();
        Map<String, Integer> targets = new java.util.LinkedHashMap<>();
        for (Found f : found) {
            if (f.troop() != null) {
                if (f.troop().location != null && !f.troop().relocation && !f.troop().weakHost
                        && !TroopReader.REGION.equals(f.troop().location)) {
                    hosts.merge(f.troop().location, 1, Integer::sum);
                } else if (f.troop().borderWith != null && f.troop().force != null
                        && !f.troop().force.equals(TroopReader.SEVERAL)) {
                    hosts.merge(borderLocation(f.troop().force, f.troop().borderWith), 1, Integer::sum);
                }
                if (f.troop().force != null && !f.troop().force.equals(TroopReader.SEVERAL) && !f.troop().hostless) {
                    forces.merge(f.troop().force, 1, Integer::sum); // (a bracketed contributor is not the article's force)
                }
            } else if (f.sanction().target() != null) {
                targets.merge(f.sanction().target(), 1, Integer::sum);
            }
        }
        String host = dominant(hosts);
        String force = dominant(forces);
        java.util.Set<String> contributors = new java.util.HashSet<>();
        for (Found f : found) {
            if (f.troop() != null && f.troop().hostless && f.troop().force != null) {
                contributors.add(countryOf(f.troop().force));
            }
        }
        boolean needHost = false;
        boolean needForce = false;
        for (Found f : found) {
            if (f.troop() != null) {
                needHost |= f.troop().location == null;
                needForce |= f.troop().force == null;
            }
        }
        Places places = new Places(t, bounds);
        if ((needHost && host == null) || (needForce && force == null)) {
            Map<String, Integer> namedHosts = new java.util.LinkedHashMap<>();
            Map<String, Integer> weakHosts = new java.util.LinkedHashMap<>();
            Map<String, Integer> namedForces = new java.util.LinkedHashMap<>();
            for (int b = 0; b + 1 < bounds.length; b++) {
                for (Mention m : places.in(bounds[b], bounds[b + 1])) {
                    Place.Type type = m.place().type();
                    String name = type == Place.Type.PENINSULA ? (korea ? "South Korea" : null) : m.place().name();
                    if (m.locative() && m.place().canHost() && type != Place.Type.ANAPHOR && name != null) {
                        namedHosts.merge(name, 1, Integer::sum);
                    } else if (type == Place.Type.COUNTRY && !m.possessive() && (m.end() >= t.size
                            || !t.wordIs(m.end(), Cue.TROOP | Cue.UNIT))) {
                        weakHosts.merge(name, 1, Integer::sum);
                    }
                    if (m.locative() || type == Place.Type.PENINSULA) {
                        continue;
                    } else if (!m.locative() && m.place().canAct() && (m.place().type() != Place.Type.COUNTRY
                            || m.possessive() || m.index() == bounds[b] || (m.end() < bounds[b + 1]
                            && t.wordIs(m.end(), Cue.SAID | Cue.AUX | Cue.PROPOSE | Cue.HOST_VERB | Cue.TROOP | Cue.UNIT)))) {
                        namedForces.merge(m.place().force(), 1, Integer::sum);
                    }
                }
            }
            if (host == null) {
                host = dominant(namedHosts);
            }
            if (host == null && needHost) {
                host = dominant(weakHosts);
            }
            if (force == null) {
                String h = host != null ? host : dominant(namedHosts);
                if (h != null) {
                    namedForces.remove(new Place(h, Place.Type.COUNTRY).force());
                }
                for (Found f : found) {
                    if (f.troop() != null && f.troop().location != null) {
                        namedForces.remove(new Place(f.troop().location, Place.Type.COUNTRY).force());
                    }
                }
                force = dominant(namedForces);
            }
        }
        String target = dominant(targets);
        boolean needTarget = false;
        for (Found f : found) {
            needTarget |= f.sanction() != null && f.sanction().target() == null;
        }
        if (target == null && needTarget) {
            for (int k = 0; k < t.size; k++) {
                Place p = t.place(k);
                if (p != null && SANCTIONED.contains(p.name())) {
                    named.merge(p.name(), 1, Integer::sum);
                }
            }
            target = dominant(named);
        }
        if (target == null) {
            target = defaultTarget;
        }
        List<Tag> tags = new ArrayList<>();
        Map<String, java.util.Optional<String[]>> contingents = new java.util.HashMap<>(); // one text scan per country
        String sentence = null;
        int sentenceFirst = -1;
        for (Found f : found) {
            int start = t.start[f.first()];
            int end = t.end[f.last() - 1];
            if (f.first() != sentenceFirst) {
                sentence = t.text.substring(start, end);
                sentenceFirst = f.first();
            }
            if (f.troop() != null) {
                TroopReader.Draft d = f.troop();
                String dForce = d.force == null ? (force != null ? force : d.sourceForce)
                        : d.force.equals(TroopReader.SEVERAL) ? null : d.force;
                String location = d.location;
                if (TroopReader.REGION.equals(location)) {
                    location = host == null ? null : Gazetteer.regionOf(host) != null ? Gazetteer.regionOf(host) : host;
                }
                if (d.borderWith != null) {
                    location = borderLocation(dForce, d.borderWith);
                }
                if (location == null && (!d.hostless || host != null && !contributors.contains(host))) {
                    // a contribution "Italy (about 1,000)" to a mission whose host the excerpt names elsewhere
                    location = host;
                } else if (d.weakHost && d.borderWith == null && host != null && !host.equals(location)
                        && !host.equals(countryOf(dForce))) {
                    // "It currently fields some 10,000 peacekeepers ..., with Italy (about 1,000) among the largest
                    // contributors" after "the U.N. force in southern Lebanon": the article's host
                    location = host;
                }
                if (("North Korea".equals(location) || (location == null && !d.hostless && korea))
                        && ("US".equals(dForce) || "UN".equals(dForce))) {
                    // "North Korea's state media called for the withdrawal of all 28,500 U.S. troops":
                    // the North is the speaker; American and UN Command troops in Korea are in the South
                    location = "South Korea";
                }
                Kind kind = d.kind;
                if (d.relocation && host != null && !host.equals(d.location)) {
                    if (d.location != null && !d.location.equals(countryOf(dForce))) {
                        // "relocation of 4,500 troops to Guam": an increase where they go, as well as the reduction
                        tags.add(new TroopTag(d.quantity, Kind.INCREASE, d.qualifier, dForce, d.location, d.stance,
                                d.eventYear, sentence, start, end));
                    }
                    kind = Kind.REDUCTION;
                    location = host;
                }
                String nation = location != null && dForce != null && d.borderWith == null && ALLIANCES.contains(dForce)
                        ? nationalUnit(t, places.in(f.first(), f.last()), t.start[Math.min(d.token, t.size - 1)], location)
                        : null;
                if (nation != null) {
                    // "The Italian contingent of the UNIFIL mission, which counts approximately 1.100 military": Italy's
                    dForce = nation;
                } else if (location != null && dForce != null && d.borderWith == null && ALLIANCES.contains(dForce)) {
                    String[] swapped = contingents.computeIfAbsent(location,
                            c -> java.util.Optional.ofNullable(contributor(places.all(), c))).orElse(null);
                    if (swapped != null) {
                        // "Germany's Bundeswehr ended its involvement in the UN mission in Mali. The last of its
                        // roughly 1,100 soldiers ...": a national contingent of a mission, in the mission's host
                        dForce = swapped[0];
                        location = swapped[1];
                    }
                }
                if (location != null && d.borderWith == null && location.equals(countryOf(dForce))) {
                    // "PARIS (AFP) — Operation Barkhane was launched with roughly 3 000 troops": the operation's host
                    location = operationHost(places.in(f.first(), f.last()), location);
                }
                if (location == null || (d.borderWith == null && location.equals(countryOf(dForce)))) {
                    continue;
                }
                tags.add(new TroopTag(d.quantity, kind, d.qualifier, dForce, location, d.stance, d.eventYear,
                        sentence, start, end));
            } else {
                SanctionReader.Draft d = f.sanction();
                String dTarget = d.target() != null ? d.target() : target;
                if (dTarget == null || (d.issuer() != null && Objects.equals(dTarget, issuerCountry(d.issuer())))) {
                    continue;
                }
                tags.add(new SanctionTag(d.action(), dTarget, d.issuer(), d.negated(), sentence, start, end));
            }
        }
        tags.sort(Comparator.comparingInt(Tag::start));
        return List.copyOf(tags);
    }

    private static final Set<String> ALLIANCES = Set.of("UN", "AU", "NATO", "EU");

    /** The place mentions of a text's sentences, found once each, on demand. */
    private static final class Places {
        private final Tokens t;
        private final int[] bounds;
        private final Map<Integer, List<Mention>> bySentence = new java.util.HashMap<>();
        private List<Mention> all;

        Places(Tokens t, int[] bounds) {
            this.t = t;
            this.bounds = bounds;
        }

        List<Mention> in(int first, int last) {
            return bySentence.computeIfAbsent(first, k -> Mention.find(t, first, last));
        }

        List<Mention> all() {
            if (all == null) {
                all = new ArrayList<>();
                for (int b = 0; b + 1 < bounds.length; b++) {
                    all.addAll(in(bounds[b], bounds[b + 1]));
                }
            }
            return all;
        }
    }

    /**
     * The one nation whose unit the sentence names before a figure ("the Italian contingent", "the French battle
     * group", "Spain's contingent"), other than the host; else null.
     */
    private static String nationalUnit(Tokens t, List<Mention> sentence, int figure, String host) {
        String nation = null;
        for (Mention m : sentence) {
            if (t.start[m.index()] >= figure) {
                break;
            }
            Place p = m.place();
            int after = m.possessive() ? m.end() + 1 : m.end();
            if ((p.type() == Place.Type.ADJECTIVE || p.type() == Place.Type.COUNTRY && m.possessive())
                    && !p.name().equals(host) && after < t.size && (t.isKey(after, "contingent")
                    || t.isKey(after, "battalion") || t.isKey(after, "battlegroup") || t.isKey(after, "battle")
                    || t.isKey(after, "brigade") || t.isKey(after, "company") || t.isKey(after, "detachment"))) {
                if (nation != null && !nation.equals(p.force())) {
                    return null;
                }
                nation = p.force();
            }
        }
        return nation;
    }

    /** The host a named mission or operation in the sentence stands for ("Barkhane" → Sahel), else {@code location}. */
    private static String operationHost(List<Mention> sentence, String location) {
        for (Mention m : sentence) {
            if (m.place().host() != null && !m.place().host().equals(location)) {
                return m.place().host();
            }
        }
        return location;
    }

    /**
     * When a country given as a mission's troops' location is named in the excerpt as a contributor (its adjective
     * or possessive: "the Chinese peacekeeping force to Lebanon", "Germany's Bundeswehr"), and the excerpt names
     * another place as where troops are, the force and host that country's contingent has: {force, host}; else null.
     */
    private static String[] contributor(List<Mention> all, String country) {
        if (!Gazetteer.names(Place.Type.COUNTRY).contains(country)) {
            return null; // (a region or territory is nobody's contingent)
        }
        boolean named = false;
        String host = null;
        for (Mention m : all) {
            Place p = m.place();
            if (p.name().equals(country) && (p.type() == Place.Type.ADJECTIVE || m.possessive())) {
                named = true;
            } else if (host == null && !p.name().equals(country) && p.type() != Place.Type.ANAPHOR
                    && (m.locative() && p.canHost() || p.host() != null && !p.host().equals(country))) {
                host = p.host() != null ? p.host() : p.name();
            }
        }
        return named && host != null ? new String[] {new Place(country, Place.Type.COUNTRY).force(), host} : null;
    }

    /**
     * Where troops of a force at the border with another place are: "Russia-Ukraine border" when the force's
     * country borders the other on land (or either is not in {@link Borders}); the other place alone when they
     * do not ("the U.S. mission at al-Tanf across the border in Syria"), when it is a region ("France-Sahel"
     * is no border) and when the force is missing or the other place's own.
     */
    private static String borderLocation(String force, String other) {
        if (force == null || force.equals(other) || force.equals(new Place(other, Place.Type.COUNTRY).force())) {
            return other;
        }
        String country = countryOf(force);
        boolean table = Borders.known(country) && Borders.known(other);
        if (table && !Borders.adjacent(country, other) || !Borders.known(other) && REGIONS.contains(other)) {
            return other;
        }
        return force + "-" + other + " border";
    }

    private static String countryOf(String force) {
        return force == null ? null : issuerCountry(force);
    }

    private static String issuerCountry(String issuer) {
        return switch (issuer) {
            case "US" -> "United States";
            case "UK" -> "United Kingdom";
            default -> issuer;
        };
    }

    private static String dominant(Map<String, Integer> counts) {
        String best = null;
        int max = 0;
        for (Map.Entry<String, Integer> en : counts.entrySet()) {
            if (en.getValue() > max) {
                best = en.getKey();
                max = en.getValue();
            }
        }
        return best;
    }

}
