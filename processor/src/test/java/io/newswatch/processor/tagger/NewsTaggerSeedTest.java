package io.newswatch.processor.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The three seed articles are tagged exactly: every figure with a quantity, every sanctions mention. */
class NewsTaggerSeedTest {

    private final Tagger tagger = new NewsTagger("North Korea", true);

    private static List<String> scored(List<Tag> tags) {
        return tags.stream()
                .filter(t -> !(t instanceof TroopTag tr) || tr.quantity() != null)
                .map(t -> TagJson.line(t).replaceAll(",\"sentence\".*", "}"))
                .collect(Collectors.toList());
    }

    @Test
    void shouldTagSeed000WithDeniedWithdrawalAndNegatedEasing() {
        List<Tag> tags = tagger.tag(Resources.text("/seeds/000_dc611732de9b23bb.txt"), LocalDate.of(2019, 2, 21));
        assertEquals(List.of(
                "{\"type\":\"troops\",\"quantity\":28000,\"kind\":\"reduction\",\"qualifier\":\"approximate\","
                        + "\"force\":\"US\",\"location\":\"South Korea\",\"stance\":\"denied\",\"eventYear\":null}",
                "{\"type\":\"sanctions\",\"action\":\"ease\",\"target\":\"North Korea\",\"issuer\":\"US\","
                        + "\"negated\":true}"), scored(tags));
    }

    @Test
    void shouldTagSeed001WithProposedCutAndCurrentLevel() {
        List<Tag> tags = tagger.tag(Resources.text("/seeds/001_6a66de03a92d95d0.txt"), LocalDate.of(2025, 5, 23));
        assertEquals(List.of(
                "{\"type\":\"troops\",\"quantity\":4500,\"kind\":\"reduction\",\"qualifier\":\"approximate\","
                        + "\"force\":\"US\",\"location\":\"South Korea\",\"stance\":\"proposed\",\"eventYear\":null}",
                "{\"type\":\"troops\",\"quantity\":28500,\"kind\":\"level\",\"qualifier\":\"exact\","
                        + "\"force\":\"US\",\"location\":\"South Korea\",\"stance\":\"reported\",\"eventYear\":null}"),
                scored(tags));
    }

    @Test
    void shouldTagSeed002WithLevelPastShiftAndSanctionsReliefForKim() {
        List<Tag> tags = tagger.tag(Resources.text("/seeds/002_4e60ce3ae991eb2a.txt"), LocalDate.of(2018, 5, 3));
        assertEquals(List.of(
                "{\"type\":\"troops\",\"quantity\":23500,\"kind\":\"level\",\"qualifier\":\"exact\","
                        + "\"force\":\"US\",\"location\":\"South Korea\",\"stance\":\"reported\",\"eventYear\":null}",
                "{\"type\":\"sanctions\",\"action\":\"ease\",\"target\":\"North Korea\",\"issuer\":null,"
                        + "\"negated\":false}",
                "{\"type\":\"troops\",\"quantity\":10000,\"kind\":\"reduction\",\"qualifier\":\"up_to\","
                        + "\"force\":\"US\",\"location\":\"South Korea\",\"stance\":\"completed\",\"eventYear\":2004}"),
                scored(tags));
    }

    @Test
    void shouldTagAChangeWithNoNumberWithQuantityNull() {
        List<Tag> tags = tagger.tag(Resources.text("/seeds/000_dc611732de9b23bb.txt"), LocalDate.of(2019, 2, 21));
        TroopTag first = (TroopTag) tags.get(0);
        assertEquals(null, first.quantity(), "'withdrawal of U.S. troops ... is not on the table' has no number");
        assertEquals(TroopTag.Kind.REDUCTION, first.kind());
        assertEquals("South Korea", first.location());
        assertEquals("US", first.force());
        assertEquals(TroopTag.Stance.DENIED, first.stance());
        assertTrue(first.sentence().startsWith("Denuclearization of the Korean peninsula"), first.sentence());
    }

    @Test
    void shouldGiveSentenceOffsetsIntoTheInput() {
        for (String seed : List.of("000_dc611732de9b23bb", "001_6a66de03a92d95d0", "002_4e60ce3ae991eb2a")) {
            String text = Resources.text("/seeds/" + seed + ".txt");
            for (Tag t : tagger.tag(text, null)) {
                assertEquals(t.sentence(), text.substring(t.start(), t.end()), "offsets of a tag in seed " + seed);
                assertTrue(t.sentence().length() < 600, "a tag's sentence is one sentence in seed " + seed);
            }
        }
    }
}
