package io.newswatch.processor.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Families of sanctions phrasing that independently written news uses, each in a phrasing of its own
 * that is in none of the labelled sets: the tags are written "action target issuer negated", joined by " | ".
 */
class SanctionPhrasingTest {

    private final Tagger tagger = new NewsTagger("North Korea", true);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            a denial denied is a possibility # The State Department did not rule out further sanctions against Cuba. # THREATEN Cuba US false
            a denial denied with a perfect # Brussels has not ruled out fresh sanctions on Belarus. # THREATEN Belarus EU false
            a rejected threat still stands # Iran rejected Western threats of sanctions over its nuclear program. # THREATEN Iran null false
            the grievance after over is no target # Ankara brushed aside EU threats of sanctions over the Cyprus drilling. # THREATEN Turkey EU false
            the target's opposition to imposed sanctions # Beijing strongly opposes the sanctions imposed by Washington on its chip makers. # IMPOSE China US false
            sanctions as a condition # Havana said it would not talk as long as US sanctions remain in force. # MENTION Cuba US false
            a cessation ordered # The president said he would order the cessation of sanctions on Cuba. # LIFT Cuba null false
            a termination announced # Washington announced the termination of sanctions on Sudan. # LIFT Sudan US false
            a withdrawal of added sanctions # Trump ordered the withdrawal of new sanctions on North Korea. # LIFT North Korea US false
            lifted while those of another ground are kept in place # The EU agreed to lift economic sanctions on Belarus, while keeping in place those imposed over human rights. # LIFT Belarus EU false | MAINTAIN Belarus EU false
            a warning with a modal # The minister warned that London would impose more sanctions on Iran. # THREATEN Iran UK false
            a grievance after over, the punished named later # Japan imposed sanctions over the war in Ukraine, freezing assets of North Korean officials. # IMPOSE North Korea Japan false
            sanctions an issuer had imposed, lifted # ECOWAS lifted the financial sanctions it had imposed on Mali. # LIFT Mali ECOWAS false
            targeted sanctions as a kind beside a renewed embargo # The council renewed the arms embargo on Libya and targeted sanctions on its militia leaders. # MAINTAIN Libya null false
            """)
    void shouldTagTheSanctionPhrasing(String family, String text, String expected) {
        List<Tag> tags = tagger.tag(text, LocalDate.of(2024, 1, 1));
        List<String> got = tags.stream().map(SanctionPhrasingTest::describe).toList();
        assertEquals(expected == null ? "" : expected.strip(), String.join(" | ", got), family + ": " + text);
    }

    private static String describe(Tag tag) {
        if (tag instanceof SanctionTag s) {
            return s.action() + " " + s.target() + " " + s.issuer() + " " + s.negated();
        }
        return tag.toString();
    }
}
