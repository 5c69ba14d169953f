package io.newswatch.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.newswatch.schemas.Ids;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.Qualifier;
import io.newswatch.schemas.SanctionAction;
import io.newswatch.schemas.SanctionMention;
import io.newswatch.schemas.Stance;
import io.newswatch.schemas.TroopKind;
import io.newswatch.schemas.TroopMention;

/** Mentions as the processor writes them, for detector and topology tests. */
final class Mentions {

    static final String US_IN_KOREA = "troops|US|South Korea";

    private Mentions() {
    }

    static Instant day(String isoDate) {
        return LocalDate.parse(isoDate).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    static Mention troops(String date, long quantity, TroopKind kind, Qualifier qualifier, Stance stance,
                          String article) {
        return troops(date, quantity, kind, qualifier, stance, article, null);
    }

    static Mention troops(String date, long quantity, TroopKind kind, Qualifier qualifier, Stance stance,
                          String article, Integer eventYear) {
        String sentence = "There are " + quantity + " US troops in South Korea (" + article + ").";
        return Mention.newBuilder()
                .setId(Ids.of(article, String.valueOf(quantity), kind.name()))
                .setSubject(US_IN_KOREA)
                .setArticleId(article)
                .setUrl("https://news.example/" + article)
                .setSource("Example Wire")
                .setTitle("Article " + article)
                .setSentence(sentence)
                .setStart(0)
                .setEnd(sentence.length())
                .setPublished(day(date))
                .setDetail(TroopMention.newBuilder()
                        .setQuantity(quantity).setKind(kind).setQualifier(qualifier).setForce("US")
                        .setLocation("South Korea").setStance(stance).setEventYear(eventYear).build())
                .build();
    }

    static Mention level(String date, long quantity, String article) {
        return troops(date, quantity, TroopKind.LEVEL, Qualifier.EXACT, Stance.REPORTED, article);
    }

    static Mention hedged(String date, long quantity, Qualifier qualifier, String article) {
        return troops(date, quantity, TroopKind.LEVEL, qualifier, Stance.REPORTED, article);
    }

    static Mention reduction(String date, long quantity, Stance stance, String article) {
        return troops(date, quantity, TroopKind.REDUCTION, Qualifier.EXACT, stance, article);
    }

    /** The same mention about FORCE's troops in HOST: subject "troops|FORCE|HOST". */
    static Mention about(Mention m, String force, String host) {
        TroopMention t = (TroopMention) m.getDetail();
        return Mention.newBuilder(m)
                .setId(Ids.of(m.getId(), force, host))
                .setSubject("troops|" + force + "|" + host)
                .setDetail(TroopMention.newBuilder(t).setForce(force).setLocation(host).build())
                .build();
    }

    static Mention sanctions(String date, SanctionAction action, boolean negated, String article) {
        String sentence = "Sanctions on North Korea: " + action + (negated ? " ruled out" : "") + ".";
        return Mention.newBuilder()
                .setId(Ids.of(article, action.name(), String.valueOf(negated)))
                .setSubject("sanctions|US|North Korea")
                .setArticleId(article)
                .setUrl("https://news.example/" + article)
                .setSentence(sentence)
                .setStart(0)
                .setEnd(sentence.length())
                .setPublished(day(date))
                .setDetail(SanctionMention.newBuilder().setAction(action).setTarget("North Korea").setIssuer("US")
                        .setNegated(negated).build())
                .build();
    }
}
