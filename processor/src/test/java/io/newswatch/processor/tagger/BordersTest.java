package io.newswatch.processor.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BordersTest {

    /** The bordering territories the gazetteer keeps as regions rather than countries. */
    private static final Set<String> TERRITORIES = Set.of("Abyei", "French Guiana", "Gaza", "Gibraltar",
            "West Bank", "Western Sahara");

    @Test
    void shouldNameOnlyGazetteerCountriesAndTheBorderingTerritories() {
        Set<String> countries = Gazetteer.names(Place.Type.COUNTRY);
        Set<String> regions = Gazetteer.names(Place.Type.REGION);
        for (String place : Borders.places()) {
            assertTrue(countries.contains(place) || TERRITORIES.contains(place) && regions.contains(place),
                    place + " is neither a Gazetteer COUNTRY nor one of the bordering territories it has as a REGION");
        }
        for (Set<String> pair : Borders.pairs()) {
            assertTrue(Borders.places().containsAll(pair), pair + " names a place the table does not list");
        }
    }

    @Test
    void shouldKnowEveryGazetteerCountry() {
        for (String country : Gazetteer.names(Place.Type.COUNTRY)) {
            assertTrue(Borders.known(country), country + " is a Gazetteer COUNTRY missing from the border table");
        }
        assertFalse(Borders.known("Sahel"), "a region spanning countries has no borders of its own");
        assertFalse(Borders.known(null), "null is no place");
    }

    @Test
    void shouldBeSymmetric() {
        for (String a : Borders.places()) {
            for (String b : Borders.places()) {
                assertEquals(Borders.adjacent(a, b), Borders.adjacent(b, a), a + " and " + b + " asymmetric");
            }
            assertFalse(Borders.adjacent(a, a), a + " borders itself");
        }
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource(delimiter = '#', textBlock = """
            Russia # Ukraine
            Ukraine # Russia
            Poland # Belarus
            Lithuania # Russia
            United States # Mexico
            Canada # United States
            India # China
            China # Bhutan
            Russia # North Korea
            South Korea # North Korea
            Israel # Lebanon
            Israel # Syria
            Israel # Gaza
            Egypt # Gaza
            Armenia # Azerbaijan
            Azerbaijan # Turkey
            Spain # Morocco
            France # Brazil
            DR Congo # Rwanda
            Ivory Coast # Burkina Faso
            Republic of the Congo # Angola
            Niger # Mali
            Chad # Sudan
            Serbia # Kosovo
            Afghanistan # China
            Haiti # Dominican Republic
            Ireland # United Kingdom
            Morocco # Western Sahara
            """)
    void shouldFindLandNeighboursAdjacent(String a, String b) {
        assertTrue(Borders.adjacent(a, b), a + " and " + b + " share a land border");
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource(delimiter = '#', textBlock = """
            United States # Syria
            Chad # Mali
            Japan # Russia
            Taiwan # China
            United Kingdom # France
            United States # Cuba
            United States # Russia
            South Korea # Japan
            Russia # Moldova
            Iran # Syria
            Saudi Arabia # Egypt
            Germany # Italy
            Poland # Romania
            Ukraine # Lithuania
            Singapore # Malaysia
            Bahrain # Saudi Arabia
            Morocco # Mauritania
            Israel # Iraq
            India # Afghanistan
            Sahel # France
            """)
    void shouldFindPlacesWithoutALandBorderNotAdjacent(String a, String b) {
        assertFalse(Borders.adjacent(a, b), a + " and " + b + " share no land border");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            a line without a bar # Poland # Poland
            a second bar # Poland|Germany|Czech Republic # Poland|Germany|Czech Republic
            a nameless line # |Germany # |Germany
            a place listed twice # Andorra|France;Spain\\nAndorra|Spain\\nFrance|Andorra\\nSpain|Andorra # Andorra is listed twice
            a place bordering itself # Poland|Poland # neighbour 'Poland'
            a repeated neighbour # Monaco|France;France\\nFrance|Monaco # neighbour 'France'
            an empty neighbour # Monaco|France;;\\nFrance|Monaco # neighbour ''
            a pair written under one side only # Monaco|France\\nFrance| # Monaco-France
            a neighbour without a line # Monaco|Atlantis # Monaco-Atlantis
            """)
    void shouldRejectAMalformedTableNamingTheLine(String problem, String table, String named) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Borders.parse(table.replace("\\n", "\n")), problem);
        assertTrue(e.getMessage().contains(named), problem + ": '" + e.getMessage() + "' names " + named);
    }
}
