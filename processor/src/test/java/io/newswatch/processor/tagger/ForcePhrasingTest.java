package io.newswatch.processor.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whose troops a figure counts, each family of phrasings in a wording that is in none of the labelled sets:
 * the tags are written as "quantity kind qualifier force location stance", joined by " | ".
 */
class ForcePhrasingTest {

    private final Tagger tagger = new NewsTagger("North Korea", true);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            the force named with the noun before the base they come from # Some 300 U.S. soldiers from Osan Air Base are taking part in the drills in Thailand. # 300 LEVEL APPROXIMATE US Thailand REPORTED
            a bare figure takes the troops of the sentence before, not an alliance beyond another figure # Washington said all U.S. soldiers would leave Iraq next year. About 2,000 are there now, beside some 3,000 NATO troops. # 2000 LEVEL APPROXIMATE US Iraq REPORTED | 3000 LEVEL APPROXIMATE NATO Iraq REPORTED
            an alliance in a relative clause after the subject # Germany, which commands NATO's battlegroup in Lithuania, has about 1,500 troops there. # 1500 LEVEL APPROXIMATE Germany Lithuania REPORTED
            an alliance in an appositive after the subject # Britain, the lead nation of NATO's battlegroup in Estonia, has about 900 soldiers at Tapa. # 900 LEVEL APPROXIMATE UK Estonia REPORTED
            a mission in an aside after a contributing nation # Nepal, one of the biggest contributors to UN missions, has some 3,000 peacekeepers deployed with the UN force in Lebanon. # 3000 LEVEL APPROXIMATE Nepal Lebanon REPORTED
            the town a unit is based in is not its force # The Vicenza-based 173rd Airborne Brigade, a unit of about 3,000 paratroopers, will move to Poland, the Pentagon said. # 3000 INCREASE APPROXIMATE US Poland PROPOSED
            a US division in an excerpt that names the US # Around 2,000 soldiers from the 101st Airborne Division will deploy to Romania, U.S. officials said. # 2000 INCREASE APPROXIMATE US Romania PROPOSED
            a division's name alone, as most sets label it # Around 2,000 soldiers from the 101st Airborne Division will deploy to Romania. # 2000 INCREASE APPROXIMATE null Romania PROPOSED
            a count of countries naming the alliance among them # About 20,000 troops from 14 NATO and partner nations are exercising in Finland. # 20000 LEVEL APPROXIMATE null Finland REPORTED
            a mission's troops from a count of countries # KFOR numbers about 4,000 troops from 27 countries. # 4000 LEVEL APPROXIMATE NATO Kosovo REPORTED
            another group after a named force # Officials said 900 American soldiers and about 400 other allied personnel are based in Syria. # 900 LEVEL EXACT US Syria REPORTED | 400 LEVEL APPROXIMATE null Syria REPORTED
            the Pentagon's press secretary as speaker # MAJ. GEN. RYDER: We have about 900 troops in Syria. # 900 LEVEL APPROXIMATE US Syria REPORTED
            the planner reported after the speaker # "Moving 3,000 troops out of Romania would weaken the flank," a NATO diplomat said, after reports that Washington was considering such a step. # 3000 REDUCTION EXACT US Romania PROPOSED
            sources of two nations, neither the host # German and Dutch officials said some 5,000 troops of the joint brigade are now in Lithuania. # 5000 LEVEL APPROXIMATE null Lithuania REPORTED
            sources of two nations, one of them the host # U.S. and South Korean officials said about 28,500 troops are stationed in the country. # 28500 LEVEL APPROXIMATE US South Korea REPORTED
            the troops of a withdrawal named before a bare noun # The withdrawal of French troops from Niger is under way, with about 300 soldiers still in the country. # 300 LEVEL APPROXIMATE France Niger REPORTED
            """)
    void shouldReadWhoseTroopsTheFigureCounts(String pattern, String text, String expected) {
        List<Tag> tags = tagger.tag(text, LocalDate.of(2024, 1, 1));
        List<String> got = tags.stream().map(PhrasingPatternsTest::describe).toList();
        assertEquals(expected.strip(), String.join(" | ", got), pattern + ": " + text);
    }
}
