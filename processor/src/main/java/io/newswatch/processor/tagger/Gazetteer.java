package io.newswatch.processor.tagger;

/**
 * The places and actors the tagger knows: countries with their capitals, cities, regions and
 * bases; nationality adjectives; alliances, institutions and leaders; regions spanning
 * countries and overseas territories. One line per canonical name: {@code Name|TYPE|alias;alias}.
 */
final class Gazetteer {

    private static final String PLACES = """
            United States|COUNTRY|United States;United States of America;US;U.S.;U.S;USA;U.S.A.;America;Alaska;Hawaii;Fort Bragg
            United States|ADJECTIVE|American;U.S.-led;US-led;American-led
            United States|ACTOR|Washington;Pentagon;USFK>South Korea;U.S. Forces Korea>South Korea;US Forces Korea>South Korea;U.S. Forces Japan>Japan;USFJ>Japan;Treasury;Treasury Department;State Department;White House;Defense Department;Department of Defense;OFAC;INDOPACOM;CENTCOM;EUCOM;AFRICOM;Central Command;European Command;Indo-Pacific Command;Africa Command;Trump;Biden;Obama;Bush;Rumsfeld;Mattis;Esper;Hegseth;Lloyd Austin;Shanahan;Parnell;Rubio;Blinken;Pompeo;Tillerson;Bolton;Vance;Congress;U.S. Army;US Army;U.S. military;US military;Marine Corps;U.S. Marine Corps;US Marine Corps;III Marine Expeditionary Force;Eighth Army>South Korea;Defense Secretary Lloyd Austin;Defense Secretary Austin;Secretary Austin;Austin said
            United Kingdom|COUNTRY|United Kingdom;UK;U.K.;Britain;Great Britain;England;Scotland;Wales;London
            United Kingdom|ADJECTIVE|British;English;Scottish;Welsh
            United Kingdom|ACTOR|Whitehall;Downing Street;Royal Navy;Royal Air Force;RAF;Starmer;Sunak;Healey;Foreign Office
            France|COUNTRY|France;Paris
            France|ADJECTIVE|French
            France|ACTOR|Macron;Elysee;Élysée;Barkhane>Sahel;Operation Barkhane>Sahel;Lecornu
            Germany|COUNTRY|Germany;Berlin;Ramstein;Grafenwoehr;Grafenwöhr;Vilseck;Baumholder;Spangdahlem;Wiesbaden;Stuttgart;Bavaria;Hohenfels;Kaiserslautern;Rhineland-Palatinate
            Germany|ADJECTIVE|German
            Germany|ACTOR|Bundeswehr;Scholz;Merz;Pistorius
            Poland|COUNTRY|Poland;Warsaw;Rzeszow;Rzeszów;Poznan;Poznań;Redzikowo;Orzysz;Powidz;Zagan;Żagań;Suwalki;Suwałki;Suwalki Gap;Suwałki Gap;Bemowo Piskie;Drawsko Pomorskie
            Poland|ADJECTIVE|Polish
            Estonia|COUNTRY|Estonia;Tallinn;Tapa;Narva;Tartu;Amari;Ämari
            Estonia|ADJECTIVE|Estonian
            Latvia|COUNTRY|Latvia;Riga;Adazi;Ādaži
            Latvia|ADJECTIVE|Latvian
            Lithuania|COUNTRY|Lithuania;Vilnius;Rukla;Pabrade;Pabradė
            Lithuania|ADJECTIVE|Lithuanian
            Romania|COUNTRY|Romania;Bucharest;Constanta;Constanța;Mihail Kogalniceanu;Cincu
            Romania|ADJECTIVE|Romanian
            Bulgaria|COUNTRY|Bulgaria;Novo Selo
            Bulgaria|ADJECTIVE|Bulgarian
            Hungary|COUNTRY|Hungary;Budapest
            Hungary|ADJECTIVE|Hungarian
            Slovakia|COUNTRY|Slovakia;Bratislava
            Slovakia|ADJECTIVE|Slovak;Slovakian
            Czech Republic|COUNTRY|Czech Republic;Czechia;Prague
            Czech Republic|ADJECTIVE|Czech
            Austria|COUNTRY|Austria;Vienna
            Austria|ADJECTIVE|Austrian
            Switzerland|COUNTRY|Switzerland
            Switzerland|ADJECTIVE|Swiss
            Italy|COUNTRY|Italy;Rome;Vicenza;Aviano;Sigonella;Naples
            Italy|ADJECTIVE|Italian
            Spain|COUNTRY|Spain;Madrid;Rota
            Spain|ADJECTIVE|Spanish
            Portugal|COUNTRY|Portugal;Lisbon;Azores
            Portugal|ADJECTIVE|Portuguese
            Greece|COUNTRY|Greece;Athens;Souda Bay;Alexandroupolis
            Greece|ADJECTIVE|Greek
            Turkey|COUNTRY|Turkey;Türkiye;Turkiye;Ankara;Incirlik;Istanbul
            Turkey|ADJECTIVE|Turkish
            Turkey|ACTOR|Erdogan;Erdoğan
            Netherlands|COUNTRY|Netherlands;Holland;Amsterdam;The Hague
            Netherlands|ADJECTIVE|Dutch
            Belgium|COUNTRY|Belgium
            Belgium|ADJECTIVE|Belgian
            Luxembourg|COUNTRY|Luxembourg
            Denmark|COUNTRY|Denmark;Copenhagen
            Denmark|ADJECTIVE|Danish
            Norway|COUNTRY|Norway;Oslo
            Norway|ADJECTIVE|Norwegian
            Sweden|COUNTRY|Sweden;Stockholm
            Sweden|ADJECTIVE|Swedish
            Finland|COUNTRY|Finland;Helsinki
            Finland|ADJECTIVE|Finnish
            Iceland|COUNTRY|Iceland;Reykjavik;Keflavik
            Iceland|ADJECTIVE|Icelandic
            Ireland|COUNTRY|Ireland;Dublin
            Ireland|ADJECTIVE|Irish
            Ukraine|COUNTRY|Ukraine;Kyiv;Kiev;Donbas;Donbass;Donetsk;Luhansk;Kharkiv;Crimea;Odesa;Odessa;Zaporizhzhia;Kherson
            Ukraine|ADJECTIVE|Ukrainian
            Ukraine|ACTOR|Zelensky;Zelenskyy
            Russia|COUNTRY|Russia;Russian Federation;Moscow;Kaliningrad;Kursk;Belgorod;Bryansk;Rostov;Rostov-on-Don;Pskov;Murmansk
            Russia|ADJECTIVE|Russian
            Russia|ACTOR|Kremlin;Putin;Shoigu;Belousov;Lavrov
            Belarus|COUNTRY|Belarus;Minsk
            Belarus|ADJECTIVE|Belarusian;Belarussian
            Belarus|ACTOR|Lukashenko
            Moldova|COUNTRY|Moldova;Chisinau;Transnistria
            Moldova|ADJECTIVE|Moldovan
            Georgia|COUNTRY|Georgia;Tbilisi
            Armenia|COUNTRY|Armenia;Yerevan
            Armenia|ADJECTIVE|Armenian
            Azerbaijan|COUNTRY|Azerbaijan;Baku
            Azerbaijan|ADJECTIVE|Azerbaijani
            Kazakhstan|COUNTRY|Kazakhstan;Astana
            Kazakhstan|ADJECTIVE|Kazakh
            Kyrgyzstan|COUNTRY|Kyrgyzstan;Bishkek
            Tajikistan|COUNTRY|Tajikistan;Dushanbe
            Uzbekistan|COUNTRY|Uzbekistan;Tashkent
            Kosovo|COUNTRY|Kosovo;Pristina;Camp Bondsteel;Bondsteel
            Serbia|COUNTRY|Serbia;Belgrade
            Serbia|ADJECTIVE|Serbian
            Bosnia and Herzegovina|COUNTRY|Bosnia and Herzegovina;Bosnia;Sarajevo
            Bosnia and Herzegovina|ADJECTIVE|Bosnian
            Croatia|COUNTRY|Croatia;Zagreb
            Slovenia|COUNTRY|Slovenia
            Albania|COUNTRY|Albania;Tirana
            North Macedonia|COUNTRY|North Macedonia;Macedonia;Skopje
            Montenegro|COUNTRY|Montenegro
            Cyprus|COUNTRY|Cyprus
            Israel|COUNTRY|Israel;Jerusalem;Tel Aviv
            Israel|ADJECTIVE|Israeli
            Lebanon|COUNTRY|Lebanon;Beirut
            Lebanon|ADJECTIVE|Lebanese
            Syria|COUNTRY|Syria;Damascus;Raqqa;Deir ez-Zor;Deir el-Zour;Hasakah;Hasaka;Manbij;Idlib;Tanf;al-Tanf;At Tanf;Aleppo;Kobani;Latakia;Hmeimim;Tartus
            Syria|ADJECTIVE|Syrian
            Iraq|COUNTRY|Iraq;Baghdad;Erbil;Al Asad;Ain al-Asad;Ain al-Assad;al-Asad;Mosul;Basra;Kirkuk;Kurdistan;Iraqi Kurdistan;Anbar
            Iraq|ADJECTIVE|Iraqi
            Iran|COUNTRY|Iran;Tehran
            Iran|ADJECTIVE|Iranian
            Jordan|COUNTRY|Jordan;Amman
            Jordan|ADJECTIVE|Jordanian
            Saudi Arabia|COUNTRY|Saudi Arabia;Riyadh;Prince Sultan Air Base
            Saudi Arabia|ADJECTIVE|Saudi
            Kuwait|COUNTRY|Kuwait;Camp Arifjan;Arifjan
            Kuwait|ADJECTIVE|Kuwaiti
            Qatar|COUNTRY|Qatar;Doha;Al Udeid
            Qatar|ADJECTIVE|Qatari
            Bahrain|COUNTRY|Bahrain;Manama
            United Arab Emirates|COUNTRY|United Arab Emirates;UAE;U.A.E.;Abu Dhabi;Dubai;Al Dhafra
            United Arab Emirates|ADJECTIVE|Emirati
            Oman|COUNTRY|Oman;Muscat
            Yemen|COUNTRY|Yemen;Sanaa;Aden
            Yemen|ADJECTIVE|Yemeni
            Egypt|COUNTRY|Egypt;Cairo;Sinai
            Egypt|ADJECTIVE|Egyptian
            Libya|COUNTRY|Libya;Tripoli;Benghazi
            Libya|ADJECTIVE|Libyan
            Tunisia|COUNTRY|Tunisia
            Algeria|COUNTRY|Algeria
            Morocco|COUNTRY|Morocco
            Afghanistan|COUNTRY|Afghanistan;Kabul;Bagram;Kandahar;Helmand
            Afghanistan|ADJECTIVE|Afghan
            Afghanistan|ACTOR|Taliban
            Pakistan|COUNTRY|Pakistan;Islamabad
            Pakistan|ADJECTIVE|Pakistani
            India|COUNTRY|India;New Delhi
            India|ADJECTIVE|Indian
            China|COUNTRY|China;Beijing
            China|ADJECTIVE|Chinese
            China|ACTOR|PLA;People's Liberation Army;Xi Jinping
            Taiwan|COUNTRY|Taiwan;Taipei
            Taiwan|ADJECTIVE|Taiwanese
            Japan|COUNTRY|Japan;Tokyo;Hokkaido;Kyushu;Okinawa;Kadena;Yokosuka;Misawa;Iwakuni;Sasebo;Yokota;Futenma;Henoko;Camp Zama
            Japan|ADJECTIVE|Japanese
            Japan|ACTOR|Kishida;Ishiba;Takaichi;GSDF;JGSDF;MSDF;ASDF;JSDF;SDF
            South Korea|COUNTRY|South Korea;Republic of Korea;ROK;Korea;Seoul;Gangwon;Pyeongtaek;Osan;Camp Humphreys;Humphreys;Daegu;Busan;Gunsan;Kunsan
            South Korea|ADJECTIVE|South Korean;Korean
            South Korea|ACTOR|Yoon Suk Yeol;Lee Jae-myung;Moon Jae-in
            North Korea|COUNTRY|North Korea;DPRK;Democratic People's Republic of Korea;Pyongyang
            North Korea|ADJECTIVE|North Korean
            North Korea|ACTOR|Kim;Kim Jong Un;Kim Jong-un;Kim Jong-Un
            Philippines|COUNTRY|Philippines;Manila;Subic Bay;Luzon;Mindanao;Palawan;Subic;Clark Air Base;Cagayan;Batanes
            Philippines|ADJECTIVE|Filipino;Philippine
            Vietnam|COUNTRY|Vietnam;Hanoi
            Vietnam|ADJECTIVE|Vietnamese
            Thailand|COUNTRY|Thailand;Bangkok
            Thailand|ADJECTIVE|Thai
            Singapore|COUNTRY|Singapore
            Malaysia|COUNTRY|Malaysia
            Indonesia|COUNTRY|Indonesia;Jakarta
            Indonesia|ADJECTIVE|Indonesian
            Australia|COUNTRY|Australia;Canberra;Darwin;Northern Territory;Perth;Townsville;Pine Gap;Tindal;RAAF Base Tindal;Queensland
            Australia|ADJECTIVE|Australian
            Australia|ACTOR|Albanese;ADF;Australian Defence Force
            New Zealand|COUNTRY|New Zealand;Wellington
            Papua New Guinea|COUNTRY|Papua New Guinea
            Solomon Islands|COUNTRY|Solomon Islands
            Mongolia|COUNTRY|Mongolia
            Myanmar|COUNTRY|Myanmar;Burma
            Canada|COUNTRY|Canada;Ottawa
            Canada|ADJECTIVE|Canadian
            Mexico|COUNTRY|Mexico
            Mexico|ADJECTIVE|Mexican
            Cuba|COUNTRY|Cuba;Havana;Guantanamo
            Cuba|ADJECTIVE|Cuban
            Venezuela|COUNTRY|Venezuela;Caracas
            Venezuela|ADJECTIVE|Venezuelan
            Venezuela|ACTOR|Maduro
            Colombia|COUNTRY|Colombia;Bogota
            Haiti|COUNTRY|Haiti;Port-au-Prince
            Panama|COUNTRY|Panama
            Honduras|COUNTRY|Honduras
            Brazil|COUNTRY|Brazil
            Brazil|ADJECTIVE|Brazilian
            Nicaragua|COUNTRY|Nicaragua
            Mali|COUNTRY|Mali;Bamako;Gao;Timbuktu
            Mali|ADJECTIVE|Malian
            Niger|COUNTRY|Niger;Niamey;Agadez
            Niger|ADJECTIVE|Nigerien
            Burkina Faso|COUNTRY|Burkina Faso;Ouagadougou
            Chad|COUNTRY|Chad;N'Djamena;Ndjamena
            Chad|ADJECTIVE|Chadian
            Mauritania|COUNTRY|Mauritania
            Senegal|COUNTRY|Senegal;Dakar
            Ivory Coast|COUNTRY|Ivory Coast;Côte d'Ivoire;Cote d'Ivoire;Abidjan
            Gabon|COUNTRY|Gabon;Libreville
            Djibouti|COUNTRY|Djibouti;Camp Lemonnier;Lemonnier
            Somalia|COUNTRY|Somalia;Mogadishu
            Somalia|ADJECTIVE|Somali
            Kenya|COUNTRY|Kenya;Nairobi
            Kenya|ADJECTIVE|Kenyan
            Ethiopia|COUNTRY|Ethiopia;Addis Ababa
            Ethiopia|ADJECTIVE|Ethiopian
            Eritrea|COUNTRY|Eritrea
            Sudan|COUNTRY|Sudan;Khartoum
            South Sudan|COUNTRY|South Sudan;Juba
            Uganda|COUNTRY|Uganda;Kampala
            Uganda|ADJECTIVE|Ugandan
            Rwanda|COUNTRY|Rwanda;Kigali
            Rwanda|ADJECTIVE|Rwandan
            Burundi|COUNTRY|Burundi
            DR Congo|COUNTRY|DR Congo;Democratic Republic of the Congo;Democratic Republic of Congo;DRC;Congo;Kinshasa;Goma
            DR Congo|ADJECTIVE|Congolese
            Central African Republic|COUNTRY|Central African Republic;Bangui
            Cameroon|COUNTRY|Cameroon
            Nigeria|COUNTRY|Nigeria;Abuja
            Nigeria|ADJECTIVE|Nigerian
            Ghana|COUNTRY|Ghana
            Benin|COUNTRY|Benin
            Togo|COUNTRY|Togo
            Mozambique|COUNTRY|Mozambique;Cabo Delgado
            South Africa|COUNTRY|South Africa;Pretoria
            Nicaragua|ADJECTIVE|Nicaraguan
            Haiti|ADJECTIVE|Haitian
            Myanmar|ADJECTIVE|Burmese
            Georgia|ADJECTIVE|Georgian
            Kyrgyzstan|ADJECTIVE|Kyrgyz
            Tajikistan|ADJECTIVE|Tajik
            Uzbekistan|ADJECTIVE|Uzbek
            Croatia|ADJECTIVE|Croatian
            Albania|ADJECTIVE|Albanian
            Kosovo|ADJECTIVE|Kosovar
            Montenegro|ADJECTIVE|Montenegrin
            North Macedonia|ADJECTIVE|Macedonian
            Cyprus|ADJECTIVE|Cypriot
            Bahrain|ADJECTIVE|Bahraini
            Oman|ADJECTIVE|Omani
            Tunisia|ADJECTIVE|Tunisian
            Algeria|ADJECTIVE|Algerian
            Morocco|ADJECTIVE|Moroccan
            Mauritania|ADJECTIVE|Mauritanian
            Senegal|ADJECTIVE|Senegalese
            Ivory Coast|ADJECTIVE|Ivorian
            Gabon|ADJECTIVE|Gabonese
            Djibouti|ADJECTIVE|Djiboutian
            Eritrea|ADJECTIVE|Eritrean
            South Sudan|ADJECTIVE|South Sudanese
            Burkina Faso|ADJECTIVE|Burkinabe
            Cameroon|ADJECTIVE|Cameroonian
            Ghana|ADJECTIVE|Ghanaian
            Benin|ADJECTIVE|Beninese
            Togo|ADJECTIVE|Togolese
            Mozambique|ADJECTIVE|Mozambican
            South Africa|ADJECTIVE|South African
            Colombia|ADJECTIVE|Colombian
            Panama|ADJECTIVE|Panamanian
            Honduras|ADJECTIVE|Honduran
            Mongolia|ADJECTIVE|Mongolian
            Singapore|ADJECTIVE|Singaporean
            Malaysia|ADJECTIVE|Malaysian
            Slovenia|ADJECTIVE|Slovenian
            Burundi|ADJECTIVE|Burundian
            Central African Republic|ADJECTIVE|Central African
            Sudan|ADJECTIVE|Sudanese
            Zimbabwe|COUNTRY|Zimbabwe;Harare
            Zimbabwe|ADJECTIVE|Zimbabwean
            Angola|COUNTRY|Angola;Luanda
            Bangladesh|COUNTRY|Bangladesh;Dhaka
            Bangladesh|ADJECTIVE|Bangladeshi
            Nepal|COUNTRY|Nepal;Kathmandu
            Nepal|ADJECTIVE|Nepalese;Nepali
            Sri Lanka|COUNTRY|Sri Lanka;Colombo
            Sri Lanka|ADJECTIVE|Sri Lankan
            Argentina|COUNTRY|Argentina;Buenos Aires
            Argentina|ADJECTIVE|Argentine;Argentinian
            Chile|COUNTRY|Chile
            Peru|COUNTRY|Peru
            Fiji|COUNTRY|Fiji
            Liberia|COUNTRY|Liberia;Monrovia
            Sierra Leone|COUNTRY|Sierra Leone
            Guinea|COUNTRY|Guinea;Conakry
            Madagascar|COUNTRY|Madagascar
            Turkmenistan|COUNTRY|Turkmenistan
            United States|ADJECTIVE|Americans
            United Kingdom|ADJECTIVE|Britons
            Germany|ADJECTIVE|Germans
            Canada|ADJECTIVE|Canadians
            Italy|ADJECTIVE|Italians
            Spain|ADJECTIVE|Spaniards
            Poland|ADJECTIVE|Poles
            Denmark|ADJECTIVE|Danes
            Norway|ADJECTIVE|Norwegians
            Sweden|ADJECTIVE|Swedes
            Finland|ADJECTIVE|Finns
            Estonia|ADJECTIVE|Estonians
            Latvia|ADJECTIVE|Latvians
            Lithuania|ADJECTIVE|Lithuanians
            Romania|ADJECTIVE|Romanians
            Australia|ADJECTIVE|Australians
            South Korea|ADJECTIVE|South Koreans
            North Korea|ADJECTIVE|North Koreans
            Turkey|ADJECTIVE|Turks
            Russia|ADJECTIVE|Russians
            Ukraine|ADJECTIVE|Ukrainians
            France|ADJECTIVE|Frenchmen
            Netherlands|ADJECTIVE|Dutchmen
            Belgium|ADJECTIVE|Belgians
            Czech Republic|ADJECTIVE|Czechs
            Hungary|ADJECTIVE|Hungarians
            Greece|ADJECTIVE|Greeks
            Iran|ADJECTIVE|Iranians
            Guam|REGION|Guam
            Diego Garcia|REGION|Diego Garcia
            Puerto Rico|REGION|Puerto Rico
            Greenland|REGION|Greenland
            Golan Heights|REGION|Golan Heights;the Golan Heights;the Golan
            Gaza|REGION|Gaza;Gaza Strip;the Gaza Strip
            West Bank|REGION|West Bank;the West Bank
            Northern Mariana Islands|REGION|Northern Mariana Islands;Saipan;Tinian
            Gibraltar|REGION|Gibraltar
            Falkland Islands|REGION|Falkland Islands;Falklands
            Europe|REGION|Europe;Western Europe
            Eastern Europe|REGION|Eastern Europe;E. Europe;Central and Eastern Europe;eastern flank;Central Europe
            Middle East|REGION|Middle East;Mideast
            Sahel|REGION|Sahel
            Baltic states|REGION|Baltic states;Baltics;Baltic countries;Baltic nations;Baltic region
            Indo-Pacific|REGION|Indo-Pacific
            Asia-Pacific|REGION|Asia-Pacific
            Asia|REGION|Asia
            Africa|REGION|Africa
            West Africa|REGION|West Africa
            Horn of Africa|REGION|Horn of Africa
            Persian Gulf|REGION|Persian Gulf;Gulf region;the Gulf;Gulf states;Arabian Gulf
            Balkans|REGION|Balkans
            Arctic|REGION|Arctic
            Mediterranean|REGION|Mediterranean
            Caribbean|REGION|Caribbean
            NATO|ACTOR|NATO;Nato;North Atlantic Treaty Organization;KFOR>Kosovo;ISAF>Afghanistan;Resolute Support>Afghanistan
            UN|ACTOR|UN;U.N.;United Nations;Security Council;UN Security Council;UNIFIL>Lebanon;MONUSCO>DR Congo;MINUSMA>Mali;UNMISS>South Sudan;MINUSCA>Central African Republic;UNDOF>Syria;blue helmets
            EU|ACTOR|EU;E.U.;European Union;European Commission;European Council;Brussels;EUFOR>Bosnia and Herzegovina;EUFOR Althea>Bosnia and Herzegovina;EU Force>Bosnia and Herzegovina
            AU|ACTOR|AU;African Union
            ECOWAS|ACTOR|ECOWAS
            SADC|ACTOR|SADC;Southern African Development Community;SAMIDRC>DR Congo
            G7|ACTOR|G7;Group of Seven
            South Korea|PENINSULA|peninsula;Korean peninsula;Korean Peninsula;the South
            the country|ANAPHOR|the country;the nation;here
            """;

    private Gazetteer() {
    }

    /** Adds every place to the vocabulary. */
    static void load(Vocabulary vocabulary) {
        for (String line : PLACES.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\|");
            Place place = new Place(parts[0], Place.Type.valueOf(parts[1]));
            for (String alias : parts[2].split(";")) {
                int hint = alias.indexOf('>');
                if (hint > 0) {
                    vocabulary.place(alias.substring(0, hint), new Place(place.name(), place.type(),
                            alias.substring(hint + 1)));
                    vocabulary.markUnit(alias.substring(0, hint));
                } else {
                    vocabulary.place(alias, place);
                }
            }
        }
    }
}
