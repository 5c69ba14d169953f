package io.newswatch.alerts.notify;

import java.time.Instant;
import java.util.List;

import io.newswatch.schemas.Alert;
import io.newswatch.schemas.AlertType;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.Qualifier;
import io.newswatch.schemas.SanctionAction;
import io.newswatch.schemas.SanctionMention;
import io.newswatch.schemas.Stance;
import io.newswatch.schemas.TroopKind;
import io.newswatch.schemas.TroopMention;

/** Alerts built with the generated builders, as the alerts stream would emit them. */
final class TestAlerts {

    static final Instant PREVIOUS_PUBLISHED = Instant.parse("2026-03-02T08:00:00Z");
    static final Instant CURRENT_PUBLISHED = Instant.parse("2026-11-20T14:05:00Z");
    static final Instant CREATED = Instant.parse("2026-11-20T14:06:00Z");

    private TestAlerts() {
    }

    static Mention troops(String id, String source, String url, Long quantity, Qualifier qualifier, Stance stance,
                          String sentence, Instant published) {
        return Mention.newBuilder()
                .setId(id)
                .setSubject("troops|US|South Korea")
                .setArticleId("article-" + id)
                .setUrl(url)
                .setSource(source)
                .setTitle("Troops in Korea (" + source + ")")
                .setSentence(sentence)
                .setStart(0)
                .setEnd(sentence.length())
                .setPublished(published)
                .setDetail(TroopMention.newBuilder()
                        .setQuantity(quantity)
                        .setKind(TroopKind.LEVEL)
                        .setQualifier(qualifier)
                        .setForce("US")
                        .setLocation("South Korea")
                        .setStance(stance)
                        .build())
                .build();
    }

    /** 23,500 (approximately, Yonhap) to 28,500 (Reuters), as first raised: one source. */
    static Alert levelShift(String id) {
        Alert corroborated = corroboratedLevelShift(id);
        return Alert.newBuilder(corroborated).setSources(List.of(corroborated.getCurrent())).build();
    }

    /** The same shift after AP corroborated it: a corroboration update with two sources. */
    static Alert corroboratedLevelShift(String id) {
        return levelShift(id, "The US keeps approximately 23,500 troops in South Korea.",
                "The Pentagon said 28,500 US troops are now stationed in South Korea.");
    }

    static Alert levelShift(String id, String previousSentence, String currentSentence) {
        Mention previous = troops(id + "-p", "Yonhap", "https://en.yna.co.kr/view/AEN20260302", 23_500L,
                Qualifier.APPROXIMATE, Stance.REPORTED, previousSentence, PREVIOUS_PUBLISHED);
        Mention current = troops(id + "-c", "Reuters", "https://www.reuters.com/world/asia/us-troops-korea",
                28_500L, Qualifier.EXACT, Stance.REPORTED, currentSentence, CURRENT_PUBLISHED);
        Mention corroboration = troops(id + "-a", "AP", "https://apnews.com/article/korea-troops", 28_500L,
                Qualifier.EXACT, Stance.REPORTED, "About 28,500 American troops are based in the South.",
                CURRENT_PUBLISHED.plusSeconds(3600));
        return Alert.newBuilder()
                .setId(id)
                .setType(AlertType.LEVEL_SHIFT)
                .setSubject("troops|US|South Korea")
                .setHeadline("US troop level in South Korea moved from 23,500 to 28,500")
                .setPrevious(previous)
                .setCurrent(current)
                .setDelta(5_000L)
                .setSources(List.of(current, corroboration))
                .setCreated(CREATED)
                .build();
    }

    /** A level shift whose article text tries to inject markup into every format. */
    static Alert hostile(String id) {
        return levelShift(id, "<script>alert('x')</script> & <!channel> *bold* _it_ ~st~ `code` [click](http://evil)",
                "<img src=x onerror=alert(1)> <@U123> <https://evil.example|Reuters> **bold** # Heading");
    }

    static Alert sanctionsShift(String id) {
        Mention current = Mention.newBuilder()
                .setId(id + "-c")
                .setSubject("sanctions|US|North Korea")
                .setArticleId("article-" + id)
                .setUrl("https://example.org/sanctions")
                .setSource(null)
                .setSentence("Washington said it would ease sanctions on North Korea.")
                .setStart(0)
                .setEnd(55)
                .setPublished(CURRENT_PUBLISHED)
                .setDetail(SanctionMention.newBuilder()
                        .setAction(SanctionAction.EASE)
                        .setTarget("North Korea")
                        .setIssuer("US")
                        .setNegated(false)
                        .build())
                .build();
        return Alert.newBuilder()
                .setId(id)
                .setType(AlertType.SANCTIONS_SHIFT)
                .setSubject("sanctions|US|North Korea")
                .setHeadline("US signals easing of North Korea sanctions")
                .setCurrent(current)
                .setSources(List.of(current))
                .setCreated(CREATED)
                .build();
    }
}
