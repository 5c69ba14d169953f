package io.newswatch.processor.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The location the tagger gives troops at a border: "X-Y border" only when the force's country and the other
 * side share a land border ({@link Borders}); the other side alone when they do not, or when it is a region.
 */
class BorderLocationTest {

    private final Tagger tagger = new NewsTagger("North Korea", true);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Russia massed on the border with Ukraine # Russian troops massed on the border with Ukraine, 100,000 of them by December. # Russia-Ukraine border
            Poland to its border with Belarus # Poland deployed 10,000 soldiers to its border with Belarus. # Poland-Belarus border
            India along its disputed border with China # India has redirected at least 50,000 additional troops to its border with China. # India-China border
            the two sides of the Line of Actual Control # Indian and Chinese forces each have about 50,000 troops deployed along the Line of Actual Control. # India-China border | China-India border
            the US at al-Tanf across the border in Syria # Three U.S. Army soldiers were killed in a drone strike on Tower 22, a small logistics outpost in northeast Jordan. About 350 Army and Air Force personnel are deployed at the base, which supports the U.S. mission at al-Tanf across the border in Syria. # Syria
            the US pulled back from the Turkish border # The U.S. presence in Syria has fluctuated: about 2,000 troops in late 2018; roughly 1,000 after the October 2019 pullback from the Turkish border; and some 900 for most of the years since. # Syria
            Chad from the tri-border area of three other countries # Chad has withdrawn 600 of its 1 200 soldiers from the tri-border area between Mali, Niger and Burkina Faso. # Mali
            France to the three-borders area of the Sahel # France will raise the strength of its Barkhane force from 4,500 to 5,100 soldiers, sending 600 more troops mostly to the "three borders" area straddling Mali, Niger and Burkina Faso. # Sahel
            """)
    void shouldWriteABorderOnlyBetweenLandNeighbours(String pattern, String text, String expected) {
        List<Tag> tags = tagger.tag(text, LocalDate.of(2024, 1, 1));
        List<String> locations = tags.stream().map(tag -> ((TroopTag) tag).location()).distinct().toList();
        assertFalse(locations.isEmpty(), pattern + ": no troop tag in: " + text);
        assertEquals(expected, String.join(" | ", locations), pattern + ": the troops' locations in: " + text);
    }
}
