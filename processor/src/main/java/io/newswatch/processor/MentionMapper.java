package io.newswatch.processor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.newswatch.processor.tagger.SanctionTag;
import io.newswatch.processor.tagger.Tag;
import io.newswatch.processor.tagger.Tagger;
import io.newswatch.processor.tagger.TroopTag;
import io.newswatch.schemas.Article;
import io.newswatch.schemas.Ids;
import io.newswatch.schemas.Mention;
import io.newswatch.schemas.Qualifier;
import io.newswatch.schemas.SanctionAction;
import io.newswatch.schemas.SanctionMention;
import io.newswatch.schemas.Stance;
import io.newswatch.schemas.TroopKind;
import io.newswatch.schemas.TroopMention;

/** Turns an article into its mentions: runs the tagger and maps each tag onto the Avro contract. */
public final class MentionMapper {

    /** Stands in for a force or issuer the text does not name, so the subject key stays well formed. */
    public static final String UNNAMED = "unnamed";

    private final Tagger tagger;

    public MentionMapper(Tagger tagger) {
        this.tagger = tagger;
    }

    /** The mentions of one article, in text order. */
    public List<Mention> mentions(Article article) {
        Instant published = article.getPublished() != null ? article.getPublished() : article.getFetched();
        LocalDate date = published.atOffset(ZoneOffset.UTC).toLocalDate();
        List<Mention> out = new ArrayList<>();
        for (Tag tag : tagger.tag(article.getText(), date)) {
            out.add(toMention(article, published, tag));
        }
        return out;
    }

    /** The subject key of troop figures: one force in one host. */
    public static String troopSubject(String force, String location) {
        return "troops|" + (force == null ? UNNAMED : force) + "|" + location;
    }

    /** The subject key of sanctions: one issuer against one target. */
    public static String sanctionSubject(String issuer, String target) {
        return "sanctions|" + (issuer == null ? UNNAMED : issuer) + "|" + target;
    }

    private static Mention toMention(Article article, Instant published, Tag tag) {
        Mention.Builder b = Mention.newBuilder()
                .setArticleId(article.getId())
                .setUrl(article.getUrl())
                .setSource(article.getSource())
                .setTitle(article.getTitle())
                .setSentence(tag.sentence())
                .setStart(tag.start())
                .setEnd(tag.end())
                .setPublished(published);
        if (tag instanceof TroopTag t) {
            return b
                    .setId(Ids.of(article.getId(), String.valueOf(tag.start()), String.valueOf(tag.end()), "troops",
                            String.valueOf(t.quantity()), t.kind().name(), t.location()))
                    .setSubject(troopSubject(t.force(), t.location()))
                    .setDetail(TroopMention.newBuilder()
                            .setQuantity(t.quantity())
                            .setKind(TroopKind.valueOf(t.kind().name()))
                            .setQualifier(Qualifier.valueOf(t.qualifier().name()))
                            .setForce(t.force())
                            .setLocation(t.location())
                            .setStance(Stance.valueOf(t.stance().name()))
                            .setEventYear(t.eventYear())
                            .build())
                    .build();
        }
        SanctionTag s = (SanctionTag) tag;
        return b
                    .setId(Ids.of(article.getId(), String.valueOf(tag.start()), String.valueOf(tag.end()), "sanctions",
                            s.action().name(), s.target()))
                    .setSubject(sanctionSubject(s.issuer(), s.target()))
                    .setDetail(SanctionMention.newBuilder()
                            .setAction(SanctionAction.valueOf(s.action().name()))
                            .setTarget(s.target())
                            .setIssuer(s.issuer())
                            .setNegated(s.negated())
                            .build())
                    .build();
    }

}
