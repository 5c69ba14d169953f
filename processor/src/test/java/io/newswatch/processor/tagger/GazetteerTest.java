package io.newswatch.processor.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The place table itself: every line well formed, no alias claimed by two places, a mission's host
 * a known place that can host troops, common English words left out, and sentences that name a place
 * only by a city, base, region or territory tagged with the right host.
 */
class GazetteerTest {

    private final Tagger tagger = new NewsTagger("North Korea", true);

    @Test
    void shouldParseEveryLineIntoANameAKnownTypeAndAliases() {
        List<String> bad = new ArrayList<>();
        for (String line : Gazetteer.lines()) {
            String[] parts = line.split("\\|", -1);
            if (parts.length != 3 || parts[0].isBlank() || !isType(parts[1]) || parts[2].isBlank()) {
                bad.add(line);
                continue;
            }
            for (String alias : parts[2].split(";", -1)) {
                if (alias.isBlank() || !alias.equals(alias.strip()) || alias.startsWith(">") || alias.endsWith(">")) {
                    bad.add(parts[0] + ": alias '" + alias + "'");
                }
            }
        }
        assertEquals(List.of(), bad, "lines or aliases that are not Name|TYPE|alias;alias");
    }

    @Test
    void shouldGiveEachCanonicalNameOneLinePerType() {
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        for (String line : Gazetteer.lines()) {
            String[] parts = line.split("\\|");
            if (!seen.add(parts[0] + "|" + parts[1])) {
                repeated.add(parts[0] + "|" + parts[1]);
            }
        }
        assertEquals(List.of(), repeated, "canonical name and type given on more than one line");
    }

    @Test
    void shouldMapNoAliasToTwoDifferentPlaces() {
        Map<String, Set<String>> owners = new HashMap<>();
        for (String line : Gazetteer.lines()) {
            String[] parts = line.split("\\|");
            for (String alias : parts[2].split(";")) {
                owners.computeIfAbsent(key(alias), k -> new HashSet<>()).add(parts[0]);
            }
        }
        Map<String, Set<String>> shared = owners.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Map.of(), shared, "aliases that read as the same words but name different places");
    }

    @Test
    void shouldHostEveryMissionInAPlaceThatCanHostTroops() {
        Map<String, Boolean> canHost = new HashMap<>();
        for (String line : Gazetteer.lines()) {
            String[] parts = line.split("\\|");
            boolean hosts = new Place(parts[0], Place.Type.valueOf(parts[1])).canHost();
            canHost.merge(parts[0], hosts, Boolean::logicalOr);
        }
        List<String> unhosted = new ArrayList<>();
        for (String line : Gazetteer.lines()) {
            for (String alias : line.split("\\|")[2].split(";")) {
                int hint = alias.indexOf('>');
                if (hint > 0 && !canHost.getOrDefault(alias.substring(hint + 1), false)) {
                    unhosted.add(alias);
                }
            }
        }
        assertEquals(List.of(), unhosted, "missions whose host is no country, region or territory in the table");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina", "Armenia",
        "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium",
        "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei", "Bulgaria",
        "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada", "Cape Verde", "Central African Republic",
        "Chad", "Chile", "China", "Colombia", "Comoros", "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czech Republic",
        "DR Congo", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador", "Egypt", "El Salvador",
        "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon",
        "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau",
        "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland",
        "Israel", "Italy", "Ivory Coast", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kosovo",
        "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein",
        "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta",
        "Marshall Islands", "Mauritania", "Mauritius", "Mexico", "Micronesia", "Moldova", "Monaco", "Mongolia",
        "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands", "New Zealand",
        "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau",
        "Palestine", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar",
        "Republic of the Congo", "Romania", "Russia", "Rwanda", "Saint Kitts and Nevis", "Saint Lucia",
        "Saint Vincent and the Grenadines", "Samoa", "San Marino", "Saudi Arabia", "Senegal", "Serbia", "Seychelles",
        "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia", "South Africa",
        "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria",
        "São Tomé and Príncipe", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Timor-Leste", "Togo", "Tonga",
        "Trinidad and Tobago", "Tunisia", "Turkey", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine",
        "United Arab Emirates", "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela",
        "Vietnam", "Yemen", "Zambia", "Zimbabwe"})
    void shouldKnowEveryUnMemberTaiwanKosovoAndPalestineAsACountry(String country) {
        boolean listed = Gazetteer.lines().stream()
                .map(line -> line.split("\\|"))
                .anyMatch(parts -> parts[0].equals(country) && parts[1].equals("COUNTRY")
                        && List.of(parts[2].split(";")).contains(country));
        assertTrue(listed, country + " has a COUNTRY line that names it");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nice", "reading", "mobile", "split", "police", "independence", "victoria", "male",
        "praia", "bar", "of", "reunion", "wake", "midway", "ascension", "gallant", "truss", "tusk", "may", "sofia",
        "java", "batman", "tyre", "lest", "moron", "ream", "tamale", "cayenne", "yap", "gan", "jersey", "kingston",
        "georgetown", "nassau", "valencia", "lee", "moon", "abe", "yoon", "harris", "levant", "palma", "turkeys", "lima"})
    void shouldNotReadACommonWordOrNameAsAPlace(String word) {
        char[] chars = word.toCharArray();
        Word entry = Vocabulary.standard().lexicon().get(chars, 0, chars.length, Lexicon.hash(chars, 0, chars.length));
        assertTrue(entry == null || entry.place == null, "'" + word + "' is read as " + (entry == null ? null : entry.place));
    }

    @Test
    void shouldKnowEveryCanonicalNameAsOneOfItsOwnAliases() {
        List<String> unknown = new ArrayList<>();
        for (String line : Gazetteer.lines()) {
            String[] parts = line.split("\\|");
            if (parts[1].equals("COUNTRY") || parts[1].equals("REGION")) {
                boolean named = List.of(parts[2].split(";")).contains(parts[0]);
                if (!named) {
                    unknown.add(parts[0]);
                }
            }
        }
        assertEquals(List.of(), unknown, "countries and regions that do not list their canonical name as an alias");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            a base in Jordan named by its tower # About 350 U.S. troops are stationed at Tower 22 in Jordan. # 350 LEVEL US Jordan
            an overseas territory keeps its name # France keeps about 1,450 troops in New Caledonia. # 1450 LEVEL France New Caledonia
            a French overseas department # About 1,000 French troops are based in Réunion. # 1000 LEVEL France Réunion
            a US territory # About 150 U.S. troops are stationed in American Samoa. # 150 LEVEL US American Samoa
            a British territory # Some 130 British troops are based on Ascension Island. # 130 LEVEL UK Ascension Island
            a Dutch Caribbean island # About 300 Dutch troops are based in Curaçao. # 300 LEVEL Netherlands Curaçao
            a British territory in the Atlantic # About 700 British soldiers are deployed in Bermuda. # 700 LEVEL UK Bermuda
            a base on Guam keeps Guam # The U.S. will send 500 more troops to Camp Blaz. # 500 INCREASE US Guam
            Hong Kong is China # Britain kept about 10,000 troops in Hong Kong until 1997. # 10000 LEVEL UK China
            Crimea is Ukraine # Russia has about 30,000 troops in Crimea. # 30000 LEVEL Russia Ukraine
            Transnistria is Moldova # Russia has some 1,500 troops in Transnistria. # 1500 LEVEL Russia Moldova
            Northern Cyprus is Cyprus # Turkey keeps about 30,000 troops in Northern Cyprus. # 30000 LEVEL Turkey Cyprus
            Karabakh is Azerbaijan # About 2,000 Russian peacekeepers were deployed to Nagorno-Karabakh. # 2000 INCREASE Russia Azerbaijan
            an island in Okinawa # The Pentagon will send 1,000 troops to Ishigaki. # 1000 INCREASE US Japan
            a base in Okinawa # About 5,000 U.S. troops are stationed in Okinawa's Kadena. # 5000 LEVEL US Japan
            a base in Djibouti # Around 4,500 U.S. troops are based at Camp Lemonnier. # 4500 LEVEL US Djibouti
            a city in Niger # About 1,100 American troops were based at Agadez. # 1100 LEVEL US Niger
            a province in Syria # Roughly 900 U.S. troops remain in Deir ez-Zor. # 900 LEVEL US Syria
            a garrison in Syria # Roughly 200 U.S. troops are based at al-Tanf. # 200 LEVEL US Syria
            a province in Syria held by Turkey # About 1,000 Turkish troops are deployed in Idlib. # 1000 LEVEL Turkey Syria
            a base in Iraq # About 800 American troops are deployed at Ain al-Asad. # 800 LEVEL US Iraq
            a base in Turkey # Some 1,000 U.S. troops are stationed at Incirlik. # 1000 LEVEL US Turkey
            a base in Qatar # The Pentagon will send 800 troops to Al Udeid. # 800 INCREASE US Qatar
            a base in the Emirates # Nearly 2,000 U.S. troops are based at Al Dhafra. # 2000 LEVEL US United Arab Emirates
            a base in Spain # Around 700 U.S. soldiers are stationed at Rota. # 700 LEVEL US Spain
            a bay in Crete # The U.S. will deploy 3,000 troops to Souda Bay. # 3000 INCREASE US Greece
            a base in Poland # Around 650 U.S. troops rotate through Lask. # 650 INCREASE US Poland
            a base in Belgium # Some 900 U.S. soldiers are stationed at Chievres. # 900 LEVEL US Belgium
            a base in Afghanistan # Around 9,000 U.S. troops were based in Bagram. # 9000 LEVEL US Afghanistan
            a province in Afghanistan # About 400 Estonian troops served in Helmand. # 400 LEVEL Estonia Afghanistan
            a city in Mali # Some 4,000 French soldiers were deployed to Gao. # 4000 INCREASE France Mali
            a town in Mali under a UN mission # Some 1,500 MINUSMA troops were based in Kidal. # 1500 LEVEL UN Mali
            a province in Congo # About 1,200 Chinese peacekeepers serve in North Kivu. # 1200 LEVEL China DR Congo
            a province in Mozambique # About 1,000 Rwandan troops were deployed to Cabo Delgado. # 1000 INCREASE Rwanda Mozambique
            a training area in Australia # About 3,000 U.S. soldiers train at Shoalwater Bay. # 3000 LEVEL US Australia
            a capital in Timor-Leste # Australia will send 200 soldiers to Dili. # 200 INCREASE Australia Timor-Leste
            an AU mission in Somalia # Some 18,000 ATMIS troops remain in Somalia. # 18000 LEVEL AU Somalia
            an AU mission sending troops to a port # Some 2,400 AMISOM troops were sent to Kismayo. # 2400 INCREASE AU Somalia
            a UN mission's own host # UNFICYP has about 800 peacekeepers. # 800 LEVEL UN Cyprus
            an EU mission's own host # The 1,000 troops of EUTM Mali will leave. # 1000 REDUCTION EU Mali
            a French operation in the Sahel # Takuba had about 900 special forces. # 900 LEVEL France Sahel
            """)
    void shouldTagTheHostOfAPlaceNamedOnlyByItsCityBaseOrTerritory(String what, String text, String expected) {
        List<String> got = tagger.tag(text, LocalDate.of(2024, 1, 1)).stream()
                .filter(TroopTag.class::isInstance)
                .map(TroopTag.class::cast)
                .map(t -> t.quantity() + " " + t.kind() + " " + t.force() + " " + t.location())
                .toList();
        assertEquals(expected.strip(), String.join(" | ", got), what + ": " + text);
    }

    private static boolean isType(String type) {
        for (Place.Type t : Place.Type.values()) {
            if (t.name().equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** An alias as the tagger reads it: its token keys, without a mission's host. */
    private static String key(String alias) {
        int hint = alias.indexOf('>');
        return String.join(" ", Vocabulary.split(hint > 0 ? alias.substring(0, hint) : alias));
    }
}
