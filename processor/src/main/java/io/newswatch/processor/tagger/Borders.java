package io.newswatch.processor.tagger;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which countries share a land border: every country of the {@link Gazetteer}, by its canonical name, with the
 * countries (and the few bordering territories the gazetteer keeps as regions: Gaza, the West Bank, Western
 * Sahara, Abyei, Gibraltar, French Guiana) it touches on land. A country with no land border is listed with
 * none, so that it is known. Lines across a demilitarized zone or a disputed line of control count as land
 * borders (the two Koreas, Armenia and Azerbaijan, India and China, Israel and Syria across the Golan); a
 * neighbour only across the sea does not (Japan and Russia, Taiwan and China, Britain and France). France
 * borders Brazil and Suriname through French Guiana, Spain borders Morocco at Ceuta and Melilla.
 * One line per place: {@code Name|neighbour;neighbour}, each pair written under both of its places.
 */
final class Borders {

    private static final String LINES = """
            Afghanistan|China;Iran;Pakistan;Tajikistan;Turkmenistan;Uzbekistan
            Albania|Greece;Kosovo;Montenegro;North Macedonia
            Algeria|Libya;Mali;Mauritania;Morocco;Niger;Tunisia;Western Sahara
            Andorra|France;Spain
            Angola|DR Congo;Namibia;Republic of the Congo;Zambia
            Antigua and Barbuda|
            Argentina|Bolivia;Brazil;Chile;Paraguay;Uruguay
            Armenia|Azerbaijan;Georgia;Iran;Turkey
            Australia|
            Austria|Czech Republic;Germany;Hungary;Italy;Liechtenstein;Slovakia;Slovenia;Switzerland
            Azerbaijan|Armenia;Georgia;Iran;Russia;Turkey
            Bahamas|
            Bahrain|
            Bangladesh|India;Myanmar
            Barbados|
            Belarus|Latvia;Lithuania;Poland;Russia;Ukraine
            Belgium|France;Germany;Luxembourg;Netherlands
            Belize|Guatemala;Mexico
            Benin|Burkina Faso;Niger;Nigeria;Togo
            Bhutan|China;India
            Bolivia|Argentina;Brazil;Chile;Paraguay;Peru
            Bosnia and Herzegovina|Croatia;Montenegro;Serbia
            Botswana|Namibia;South Africa;Zambia;Zimbabwe
            Brazil|Argentina;Bolivia;Colombia;France;French Guiana;Guyana;Paraguay;Peru;Suriname;Uruguay;Venezuela
            Brunei|Malaysia
            Bulgaria|Greece;North Macedonia;Romania;Serbia;Turkey
            Burkina Faso|Benin;Ghana;Ivory Coast;Mali;Niger;Togo
            Burundi|DR Congo;Rwanda;Tanzania
            Cambodia|Laos;Thailand;Vietnam
            Cameroon|Central African Republic;Chad;Equatorial Guinea;Gabon;Nigeria;Republic of the Congo
            Canada|United States
            Cape Verde|
            Central African Republic|Cameroon;Chad;DR Congo;Republic of the Congo;South Sudan;Sudan
            Chad|Cameroon;Central African Republic;Libya;Niger;Nigeria;Sudan
            Chile|Argentina;Bolivia;Peru
            China|Afghanistan;Bhutan;India;Kazakhstan;Kyrgyzstan;Laos;Mongolia;Myanmar;Nepal;North Korea;Pakistan;Russia;Tajikistan;Vietnam
            Colombia|Brazil;Ecuador;Panama;Peru;Venezuela
            Comoros|
            Costa Rica|Nicaragua;Panama
            Croatia|Bosnia and Herzegovina;Hungary;Montenegro;Serbia;Slovenia
            Cuba|
            Cyprus|
            Czech Republic|Austria;Germany;Poland;Slovakia
            DR Congo|Angola;Burundi;Central African Republic;Republic of the Congo;Rwanda;South Sudan;Tanzania;Uganda;Zambia
            Denmark|Germany
            Djibouti|Eritrea;Ethiopia;Somalia
            Dominica|
            Dominican Republic|Haiti
            Ecuador|Colombia;Peru
            Egypt|Gaza;Israel;Libya;Palestine;Sudan
            El Salvador|Guatemala;Honduras
            Equatorial Guinea|Cameroon;Gabon
            Eritrea|Djibouti;Ethiopia;Sudan
            Estonia|Latvia;Russia
            Eswatini|Mozambique;South Africa
            Ethiopia|Djibouti;Eritrea;Kenya;Somalia;South Sudan;Sudan
            Fiji|
            Finland|Norway;Russia;Sweden
            France|Andorra;Belgium;Brazil;Germany;Italy;Luxembourg;Monaco;Spain;Suriname;Switzerland
            Gabon|Cameroon;Equatorial Guinea;Republic of the Congo
            Gambia|Senegal
            Georgia|Armenia;Azerbaijan;Russia;Turkey
            Germany|Austria;Belgium;Czech Republic;Denmark;France;Luxembourg;Netherlands;Poland;Switzerland
            Ghana|Burkina Faso;Ivory Coast;Togo
            Greece|Albania;Bulgaria;North Macedonia;Turkey
            Grenada|
            Guatemala|Belize;El Salvador;Honduras;Mexico
            Guinea|Guinea-Bissau;Ivory Coast;Liberia;Mali;Senegal;Sierra Leone
            Guinea-Bissau|Guinea;Senegal
            Guyana|Brazil;Suriname;Venezuela
            Haiti|Dominican Republic
            Honduras|El Salvador;Guatemala;Nicaragua
            Hungary|Austria;Croatia;Romania;Serbia;Slovakia;Slovenia;Ukraine
            Iceland|
            India|Bangladesh;Bhutan;China;Myanmar;Nepal;Pakistan
            Indonesia|Malaysia;Papua New Guinea;Timor-Leste
            Iran|Afghanistan;Armenia;Azerbaijan;Iraq;Pakistan;Turkey;Turkmenistan
            Iraq|Iran;Jordan;Kuwait;Saudi Arabia;Syria;Turkey
            Ireland|United Kingdom
            Israel|Egypt;Gaza;Jordan;Lebanon;Palestine;Syria;West Bank
            Italy|Austria;France;San Marino;Slovenia;Switzerland
            Ivory Coast|Burkina Faso;Ghana;Guinea;Liberia;Mali
            Jamaica|
            Japan|
            Jordan|Iraq;Israel;Palestine;Saudi Arabia;Syria;West Bank
            Kazakhstan|China;Kyrgyzstan;Russia;Turkmenistan;Uzbekistan
            Kenya|Ethiopia;Somalia;South Sudan;Tanzania;Uganda
            Kiribati|
            Kosovo|Albania;Montenegro;North Macedonia;Serbia
            Kuwait|Iraq;Saudi Arabia
            Kyrgyzstan|China;Kazakhstan;Tajikistan;Uzbekistan
            Laos|Cambodia;China;Myanmar;Thailand;Vietnam
            Latvia|Belarus;Estonia;Lithuania;Russia
            Lebanon|Israel;Syria
            Lesotho|South Africa
            Liberia|Guinea;Ivory Coast;Sierra Leone
            Libya|Algeria;Chad;Egypt;Niger;Sudan;Tunisia
            Liechtenstein|Austria;Switzerland
            Lithuania|Belarus;Latvia;Poland;Russia
            Luxembourg|Belgium;France;Germany
            Madagascar|
            Malawi|Mozambique;Tanzania;Zambia
            Malaysia|Brunei;Indonesia;Thailand
            Maldives|
            Mali|Algeria;Burkina Faso;Guinea;Ivory Coast;Mauritania;Niger;Senegal
            Malta|
            Marshall Islands|
            Mauritania|Algeria;Mali;Senegal;Western Sahara
            Mauritius|
            Mexico|Belize;Guatemala;United States
            Micronesia|
            Moldova|Romania;Ukraine
            Monaco|France
            Mongolia|China;Russia
            Montenegro|Albania;Bosnia and Herzegovina;Croatia;Kosovo;Serbia
            Morocco|Algeria;Spain;Western Sahara
            Mozambique|Eswatini;Malawi;South Africa;Tanzania;Zambia;Zimbabwe
            Myanmar|Bangladesh;China;India;Laos;Thailand
            Namibia|Angola;Botswana;South Africa;Zambia
            Nauru|
            Nepal|China;India
            Netherlands|Belgium;Germany
            New Zealand|
            Nicaragua|Costa Rica;Honduras
            Niger|Algeria;Benin;Burkina Faso;Chad;Libya;Mali;Nigeria
            Nigeria|Benin;Cameroon;Chad;Niger
            North Korea|China;Russia;South Korea
            North Macedonia|Albania;Bulgaria;Greece;Kosovo;Serbia
            Norway|Finland;Russia;Sweden
            Oman|Saudi Arabia;United Arab Emirates;Yemen
            Pakistan|Afghanistan;China;India;Iran
            Palau|
            Palestine|Egypt;Israel;Jordan
            Panama|Colombia;Costa Rica
            Papua New Guinea|Indonesia
            Paraguay|Argentina;Bolivia;Brazil
            Peru|Bolivia;Brazil;Chile;Colombia;Ecuador
            Philippines|
            Poland|Belarus;Czech Republic;Germany;Lithuania;Russia;Slovakia;Ukraine
            Portugal|Spain
            Qatar|Saudi Arabia
            Republic of the Congo|Angola;Cameroon;Central African Republic;DR Congo;Gabon
            Romania|Bulgaria;Hungary;Moldova;Serbia;Ukraine
            Russia|Azerbaijan;Belarus;China;Estonia;Finland;Georgia;Kazakhstan;Latvia;Lithuania;Mongolia;North Korea;Norway;Poland;Ukraine
            Rwanda|Burundi;DR Congo;Tanzania;Uganda
            Saint Kitts and Nevis|
            Saint Lucia|
            Saint Vincent and the Grenadines|
            Samoa|
            San Marino|Italy
            Saudi Arabia|Iraq;Jordan;Kuwait;Oman;Qatar;United Arab Emirates;Yemen
            Senegal|Gambia;Guinea;Guinea-Bissau;Mali;Mauritania
            Serbia|Bosnia and Herzegovina;Bulgaria;Croatia;Hungary;Kosovo;Montenegro;North Macedonia;Romania
            Seychelles|
            Sierra Leone|Guinea;Liberia
            Singapore|
            Slovakia|Austria;Czech Republic;Hungary;Poland;Ukraine
            Slovenia|Austria;Croatia;Hungary;Italy
            Solomon Islands|
            Somalia|Djibouti;Ethiopia;Kenya
            South Africa|Botswana;Eswatini;Lesotho;Mozambique;Namibia;Zimbabwe
            South Korea|North Korea
            South Sudan|Abyei;Central African Republic;DR Congo;Ethiopia;Kenya;Sudan;Uganda
            Spain|Andorra;France;Gibraltar;Morocco;Portugal
            Sri Lanka|
            Sudan|Abyei;Central African Republic;Chad;Egypt;Eritrea;Ethiopia;Libya;South Sudan
            Suriname|Brazil;France;French Guiana;Guyana
            Sweden|Finland;Norway
            Switzerland|Austria;France;Germany;Italy;Liechtenstein
            Syria|Iraq;Israel;Jordan;Lebanon;Turkey
            São Tomé and Príncipe|
            Taiwan|
            Tajikistan|Afghanistan;China;Kyrgyzstan;Uzbekistan
            Tanzania|Burundi;DR Congo;Kenya;Malawi;Mozambique;Rwanda;Uganda;Zambia
            Thailand|Cambodia;Laos;Malaysia;Myanmar
            Timor-Leste|Indonesia
            Togo|Benin;Burkina Faso;Ghana
            Tonga|
            Trinidad and Tobago|
            Tunisia|Algeria;Libya
            Turkey|Armenia;Azerbaijan;Bulgaria;Georgia;Greece;Iran;Iraq;Syria
            Turkmenistan|Afghanistan;Iran;Kazakhstan;Uzbekistan
            Tuvalu|
            Uganda|DR Congo;Kenya;Rwanda;South Sudan;Tanzania
            Ukraine|Belarus;Hungary;Moldova;Poland;Romania;Russia;Slovakia
            United Arab Emirates|Oman;Saudi Arabia
            United Kingdom|Ireland
            United States|Canada;Mexico
            Uruguay|Argentina;Brazil
            Uzbekistan|Afghanistan;Kazakhstan;Kyrgyzstan;Tajikistan;Turkmenistan
            Vanuatu|
            Venezuela|Brazil;Colombia;Guyana
            Vietnam|Cambodia;China;Laos
            Yemen|Oman;Saudi Arabia
            Zambia|Angola;Botswana;DR Congo;Malawi;Mozambique;Namibia;Tanzania;Zimbabwe
            Zimbabwe|Botswana;Mozambique;South Africa;Zambia
            Abyei|South Sudan;Sudan
            French Guiana|Brazil;Suriname
            Gaza|Egypt;Israel
            Gibraltar|Spain
            West Bank|Israel;Jordan
            Western Sahara|Algeria;Mauritania;Morocco
            """;

    private static final Table TABLE = parse(LINES);

    private Borders() {
    }

    /** Whether two known places share a land border (in either order); false for a place with itself or null. */
    static boolean adjacent(String a, String b) {
        return a != null && b != null && !a.equals(b) && TABLE.pairs().contains(Set.of(a, b));
    }

    /** Whether the table lists the place, so that {@link #adjacent} is an answer rather than a default. */
    static boolean known(String place) {
        return place != null && TABLE.places().contains(place);
    }

    /** Every place the table lists, in table order. */
    static Set<String> places() {
        return TABLE.places();
    }

    /** The pairs of places sharing a land border, each pair an unordered set of two names. */
    static Set<Set<String>> pairs() {
        return TABLE.pairs();
    }

    /** A parsed table: the places listed and the unordered pairs that border each other. */
    record Table(Set<String> places, Set<Set<String>> pairs) {

        Table {
            places = Collections.unmodifiableSet(new LinkedHashSet<>(places));
            pairs = Set.copyOf(pairs);
        }
    }

    /**
     * Reads a table of {@code Name|neighbour;neighbour} lines.
     *
     * @throws IllegalArgumentException naming the line or pair when a line is malformed, a place is listed
     *                                  twice or borders itself, or a pair is written under only one of its places
     */
    static Table parse(String text) {
        Map<String, Set<String>> declared = new HashMap<>();
        Set<String> places = new LinkedHashSet<>();
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        for (String line : lines) {
            int bar = line.indexOf('|');
            if (bar <= 0 || bar != line.lastIndexOf('|')) {
                throw new IllegalArgumentException("border line '" + line + "': expected Name|neighbour;neighbour");
            }
            String name = line.substring(0, bar).strip();
            if (!places.add(name)) {
                throw new IllegalArgumentException("border line '" + line + "': " + name + " is listed twice");
            }
            Set<String> neighbours = new HashSet<>();
            String rest = line.substring(bar + 1).strip();
            for (String neighbour : rest.isEmpty() ? new String[0] : rest.split(";", -1)) {
                String n = neighbour.strip();
                if (n.isEmpty() || n.equals(name) || !neighbours.add(n)) {
                    throw new IllegalArgumentException("border line '" + line + "': neighbour '" + n
                            + "' is empty, the place itself or repeated");
                }
            }
            declared.put(name, neighbours);
        }
        Set<Set<String>> pairs = new HashSet<>();
        for (Map.Entry<String, Set<String>> e : declared.entrySet()) {
            for (String n : e.getValue()) {
                if (!declared.getOrDefault(n, Set.of()).contains(e.getKey())) {
                    throw new IllegalArgumentException("border " + e.getKey() + "-" + n + " is listed under "
                            + e.getKey() + " but not under " + n);
                }
                pairs.add(Set.of(e.getKey(), n));
            }
        }
        return new Table(places, pairs);
    }
}
