package io.newswatch.processor.tagger;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The places and actors the tagger knows: countries with their capitals, cities, regions and
 * bases; nationality adjectives; alliances, institutions and leaders; regions spanning
 * countries and overseas territories. One line per canonical name and role: {@code Name|TYPE|alias;alias}.
 */
final class Gazetteer {

    private static final String PLACES = """
            United States|COUNTRY|United States;United States of America;US;U.S.;U.S;USA;U.S.A.;America;Alaska;Hawaii;Fort Bragg
            United States|ADJECTIVE|American;U.S.-led;US-led;American-led;Americans
            United States|ACTOR|Washington;Pentagon;USFK>South Korea;U.S. Forces Korea>South Korea;US Forces Korea>South Korea;U.S. Forces Japan>Japan;USFJ>Japan;Treasury;Treasury Department;State Department;White House;Defense Department;Department of Defense;OFAC;INDOPACOM;CENTCOM;EUCOM;AFRICOM;Central Command;European Command;Indo-Pacific Command;Africa Command;Trump;Biden;Obama;Bush;Rumsfeld;Mattis;Esper;Hegseth;Lloyd Austin;Shanahan;Parnell;Rubio;Blinken;Pompeo;Tillerson;Bolton;Vance;Congress;U.S. Army;US Army;U.S. military;US military;Marine Corps;U.S. Marine Corps;US Marine Corps;III Marine Expeditionary Force;Eighth Army>South Korea;Defense Secretary Lloyd Austin;Defense Secretary Austin;Secretary Austin;Austin said;Joe Biden;Donald Trump;Barack Obama;Kamala Harris;J.D. Vance;JD Vance;Pete Hegseth;Mark Esper;Jim Mattis;James Mattis;Ash Carter;Ashton Carter;Chuck Hagel;Patrick Shanahan;Antony Blinken;Mike Pompeo;Rex Tillerson;Marco Rubio;John Bolton;Jake Sullivan;Mark Milley;Milley;U.S. Navy;US Navy;U.S. Air Force;US Air Force;USAF;U.S. Space Force;Space Force;SOUTHCOM;NORTHCOM;SOCOM;Special Operations Command;Department of War;War Department;Secretary of Defense;Pat Ryder;Ryder
            United Kingdom|COUNTRY|United Kingdom;UK;U.K.;Britain;Great Britain;England;Scotland;Wales;London;Northern Ireland;Belfast;Lakenheath;RAF Lakenheath;Mildenhall;RAF Mildenhall;Fairford;RAF Fairford;Menwith Hill
            United Kingdom|ADJECTIVE|British;English;Scottish;Welsh;Britons;Brits
            United Kingdom|ACTOR|Whitehall;Downing Street;Royal Navy;Royal Air Force;RAF;Starmer;Sunak;Healey;Foreign Office;Theresa May;Boris Johnson;Liz Truss;Rishi Sunak;Keir Starmer;David Cameron;Ben Wallace;Grant Shapps;Gavin Williamson;Michael Fallon;Penny Mordaunt;John Healey;Operation Cabrit>Estonia
            France|COUNTRY|France;Paris
            France|ADJECTIVE|French;Frenchmen
            France|ACTOR|Macron;Elysee;Élysée;Barkhane>Sahel;Operation Barkhane>Sahel;Lecornu;Emmanuel Macron;François Hollande;Francois Hollande;Hollande;Florence Parly;Parly;Jean-Yves Le Drian;Le Drian;Catherine Vautrin;Sébastien Lecornu;Sebastien Lecornu;Operation Serval>Mali;Serval>Mali;Operation Sangaris>Central African Republic;Sangaris>Central African Republic;Takuba>Sahel;Task Force Takuba>Sahel;Operation Licorne>Ivory Coast;Licorne>Ivory Coast;Operation Epervier>Chad;Operation Épervier>Chad;Epervier>Chad;Épervier>Chad
            Germany|COUNTRY|Germany;Berlin;Ramstein;Grafenwoehr;Grafenwöhr;Vilseck;Baumholder;Spangdahlem;Wiesbaden;Stuttgart;Bavaria;Hohenfels;Kaiserslautern;Rhineland-Palatinate;Geilenkirchen;Buechel;Büchel;Landstuhl;Ansbach;Katterbach;Illesheim;Schweinfurt;Hesse;Baden-Wuerttemberg;Baden-Württemberg;Lower Saxony;Saxony;Münster;Ramstein Air Base
            Germany|ADJECTIVE|German;Germans
            Germany|ACTOR|Bundeswehr;Scholz;Merz;Pistorius;Angela Merkel;Merkel;Olaf Scholz;Friedrich Merz;Boris Pistorius;Annegret Kramp-Karrenbauer;Kramp-Karrenbauer;Christine Lambrecht;Lambrecht;Steinmeier;Bundestag
            Poland|COUNTRY|Poland;Warsaw;Rzeszow;Rzeszów;Poznan;Poznań;Redzikowo;Orzysz;Powidz;Zagan;Żagań;Suwalki;Suwałki;Suwalki Gap;Suwałki Gap;Bemowo Piskie;Drawsko Pomorskie;Krakow;Kraków;Gdansk;Gdańsk;Lask;Łask;Wroclaw;Wrocław;Lublin;Bialystok;Białystok;Swietoszow;Świętoszów;Boleslawiec;Bolesławiec;Skwierzyna;Torun;Toruń;Camp Kosciuszko;Camp Kościuszko;Jasionka;Malbork
            Poland|ADJECTIVE|Polish;Poles
            Poland|ACTOR|Andrzej Duda;Duda;Donald Tusk;Mateusz Morawiecki;Morawiecki;Mariusz Blaszczak;Mariusz Błaszczak;Blaszczak;Błaszczak;Wladyslaw Kosiniak-Kamysz;Władysław Kosiniak-Kamysz;Kosiniak-Kamysz;Karol Nawrocki;Nawrocki
            Estonia|COUNTRY|Estonia;Tallinn;Tapa;Narva;Tartu;Amari;Ämari;Parnu;Pärnu;Voru;Võru;Paldiski
            Estonia|ADJECTIVE|Estonian;Estonians
            Latvia|COUNTRY|Latvia;Riga;Adazi;Ādaži;Liepaja;Liepāja;Daugavpils;Lielvarde;Lielvārde;Rezekne;Rēzekne
            Latvia|ADJECTIVE|Latvian;Latvians
            Lithuania|COUNTRY|Lithuania;Vilnius;Rukla;Pabrade;Pabradė;Kaunas;Klaipeda;Klaipėda;Siauliai;Šiauliai;Rudninkai;Rūdninkai;Gaiziunai;Gaižiūnai
            Lithuania|ADJECTIVE|Lithuanian;Lithuanians
            Romania|COUNTRY|Romania;Bucharest;Constanta;Constanța;Mihail Kogalniceanu;Cincu;MK Air Base;Deveselu;Campia Turzii;Câmpia Turzii;Timisoara;Timișoara;Cluj;Cluj-Napoca;Iasi;Iași;Galati;Galați;Smardan;Babadag
            Romania|ADJECTIVE|Romanian;Romanians
            Bulgaria|COUNTRY|Bulgaria;Novo Selo;Graf Ignatievo;Bezmer;Plovdiv;Varna;Burgas
            Bulgaria|ADJECTIVE|Bulgarian
            Hungary|COUNTRY|Hungary;Budapest;Papa Air Base;Pápa;Kecskemet;Kecskemét
            Hungary|ADJECTIVE|Hungarian;Hungarians
            Hungary|ACTOR|Viktor Orban;Viktor Orbán;Orban;Orbán
            Slovakia|COUNTRY|Slovakia;Bratislava;Kosice;Košice;Sliac;Sliač;Lešť
            Slovakia|ADJECTIVE|Slovak;Slovakian;Slovaks
            Slovakia|ACTOR|Robert Fico;Fico
            Czech Republic|COUNTRY|Czech Republic;Czechia;Prague;Brno;Ostrava
            Czech Republic|ADJECTIVE|Czech;Czechs
            Austria|COUNTRY|Austria;Vienna
            Austria|ADJECTIVE|Austrian;Austrians
            Switzerland|COUNTRY|Switzerland;Bern;Berne
            Switzerland|ADJECTIVE|Swiss
            Italy|COUNTRY|Italy;Rome;Vicenza;Aviano;Sigonella;Naples;Livorno;Camp Darby;Gaeta;Ghedi;Sardinia;Sicily;Pisa;Trapani;Amendola
            Italy|ADJECTIVE|Italian;Italians
            Italy|ACTOR|Giorgia Meloni;Meloni;Guido Crosetto;Crosetto;Lorenzo Guerini
            Spain|COUNTRY|Spain;Madrid;Rota;Moron Air Base;Morón Air Base;Morón;Ceuta;Melilla;Canary Islands;Zaragoza;Torrejon;Torrejón
            Spain|ADJECTIVE|Spanish;Spaniards
            Spain|ACTOR|Pedro Sánchez;Pedro Sanchez;Margarita Robles
            Portugal|COUNTRY|Portugal;Lisbon;Azores;Lajes;Lajes Field;Porto;Madeira
            Portugal|ADJECTIVE|Portuguese
            Greece|COUNTRY|Greece;Athens;Souda Bay;Alexandroupolis;Larissa;Larisa;Thessaloniki;Crete;Volos;Stefanovikio;Araxos;Andravida
            Greece|ADJECTIVE|Greek;Greeks
            Turkey|COUNTRY|Turkey;Türkiye;Turkiye;Ankara;Incirlik;Istanbul;Izmir;İzmir;Kurecik;Kürecik;Diyarbakir;Diyarbakır;Konya;Hatay;Gaziantep;Sanliurfa;Şanlıurfa
            Turkey|ADJECTIVE|Turkish;Turks
            Turkey|ACTOR|Erdogan;Erdoğan;Recep Tayyip Erdogan;Recep Tayyip Erdoğan;Hulusi Akar;Yasar Guler;Yaşar Güler;Hakan Fidan
            Netherlands|COUNTRY|Netherlands;Holland;Amsterdam;The Hague;Volkel;Brunssum;Schinnen
            Netherlands|ADJECTIVE|Dutch;Dutchmen
            Belgium|COUNTRY|Belgium;Chievres;Chièvres;Kleine Brogel;Zeebrugge;Florennes
            Belgium|ADJECTIVE|Belgian;Belgians
            Luxembourg|COUNTRY|Luxembourg
            Luxembourg|ADJECTIVE|Luxembourgish;Luxembourger;Luxembourgers
            Denmark|COUNTRY|Denmark;Copenhagen;Aalborg;Karup;Skrydstrup;Bornholm
            Denmark|ADJECTIVE|Danish;Danes
            Norway|COUNTRY|Norway;Oslo;Bardufoss;Setermoen;Evenes;Vaernes;Værnes;Tromso;Tromsø;Andøya;Andoya;Rygge;Bodø;Bodo;Finnmark;Svalbard;Jan Mayen
            Norway|ADJECTIVE|Norwegian;Norwegians
            Sweden|COUNTRY|Sweden;Stockholm;Gotland;Visby;Karlskrona;Lulea;Luleå;Kiruna
            Sweden|ADJECTIVE|Swedish;Swedes
            Finland|COUNTRY|Finland;Helsinki;Rovaniemi;Niinisalo;Lapland;Hamina
            Finland|ADJECTIVE|Finnish;Finns
            Iceland|COUNTRY|Iceland;Reykjavik;Keflavik
            Iceland|ADJECTIVE|Icelandic;Icelanders
            Ireland|COUNTRY|Ireland;Dublin
            Ireland|ADJECTIVE|Irish
            Ukraine|COUNTRY|Ukraine;Kyiv;Kiev;Donbas;Donbass;Donetsk;Luhansk;Kharkiv;Crimea;Odesa;Odessa;Zaporizhzhia;Kherson;Lviv;Dnipro;Mykolaiv;Mariupol;Bakhmut;Avdiivka;Pokrovsk;Kramatorsk;Sloviansk;Chernihiv;Sumy;Zhytomyr;Poltava;Vinnytsia;Sevastopol;Kerch;Yavoriv;Bucha;Irpin;Kupiansk;Izium
            Ukraine|ADJECTIVE|Ukrainian;Ukrainians
            Ukraine|ACTOR|Zelensky;Zelenskiy;Volodymyr Zelenskiy;Zelenskyy;Volodymyr Zelensky;Volodymyr Zelenskyy;Oleksii Reznikov;Reznikov;Rustem Umerov;Umerov;Denys Shmyhal;Oleksandr Syrskyi;Syrskyi;Valerii Zaluzhnyi;Zaluzhnyi;Poroshenko
            Russia|COUNTRY|Russia;Russian Federation;Moscow;Kaliningrad;Kursk;Belgorod;Bryansk;Rostov;Rostov-on-Don;Pskov;Murmansk;St. Petersburg;Saint Petersburg;St Petersburg;Voronezh;Smolensk;Novorossiysk;Vladivostok;Khabarovsk;Siberia;Chechnya;Dagestan;Kamchatka;Kuril Islands;Kurils;Sakhalin;Severomorsk;Kola Peninsula;Yelnya;Klintsy;Krasnodar
            Russia|ADJECTIVE|Russian;Russians
            Russia|ACTOR|Kremlin;Ramzan Kadyrov;Kadyrov;Putin;Shoigu;Belousov;Lavrov;Vladimir Putin;Dmitry Medvedev;Medvedev;Valery Gerasimov;Gerasimov;Dmitry Peskov;Peskov;Sergei Shoigu;Andrei Belousov;Sergei Lavrov;Africa Corps;Russian Africa Corps;Rosgvardia
            Belarus|COUNTRY|Belarus;Minsk;Brest;Grodno;Hrodna;Vitebsk;Gomel;Homel;Baranovichi;Machulishchy;Asipovichy;Osipovichi
            Belarus|ADJECTIVE|Belarusian;Belarussian;Belarusians
            Belarus|ACTOR|Lukashenko;Alexander Lukashenko;Aleksandr Lukashenko
            Moldova|COUNTRY|Moldova;Chisinau;Transnistria;Tiraspol;Cobasna;Kolbasna;Transdniestria;Trans-Dniester
            Moldova|ADJECTIVE|Moldovan;Moldovans
            Georgia|COUNTRY|Georgia;Tbilisi;Abkhazia;South Ossetia;Tskhinvali;Sukhumi;Batumi;Gori
            Georgia|ADJECTIVE|Georgian;Georgians
            Armenia|COUNTRY|Armenia;Yerevan;Gyumri
            Armenia|ADJECTIVE|Armenian;Armenians
            Azerbaijan|COUNTRY|Azerbaijan;Baku;Nagorno-Karabakh;Karabakh;Stepanakert;Khankendi;Shusha
            Azerbaijan|ADJECTIVE|Azerbaijani;Azeri;Azerbaijanis;Azeris
            Kazakhstan|COUNTRY|Kazakhstan;Astana;Almaty;Baikonur
            Kazakhstan|ADJECTIVE|Kazakh;Kazakhstani;Kazakhs
            Kyrgyzstan|COUNTRY|Kyrgyzstan;Bishkek;Manas;Kant Air Base
            Kyrgyzstan|ADJECTIVE|Kyrgyz
            Tajikistan|COUNTRY|Tajikistan;Dushanbe;Kulob;Kulyab;Ayni Air Base
            Tajikistan|ADJECTIVE|Tajik;Tajiks
            Uzbekistan|COUNTRY|Uzbekistan;Tashkent;Termez;Karshi-Khanabad;Khanabad
            Uzbekistan|ADJECTIVE|Uzbek;Uzbeks
            Kosovo|COUNTRY|Kosovo;Pristina;Camp Bondsteel;Bondsteel;Mitrovica;Prizren
            Kosovo|ADJECTIVE|Kosovar;Kosovars
            Kosovo|ACTOR|Vjosa Osmani;Albin Kurti
            Serbia|COUNTRY|Serbia;Belgrade;Novi Sad
            Serbia|ADJECTIVE|Serbian;Serbs;Serbians
            Bosnia and Herzegovina|COUNTRY|Bosnia and Herzegovina;Bosnia;Sarajevo;Bosnia-Herzegovina;Banja Luka;Tuzla;Republika Srpska;Mostar
            Bosnia and Herzegovina|ADJECTIVE|Bosnian;Bosnians
            Croatia|COUNTRY|Croatia;Zagreb;Zadar
            Croatia|ADJECTIVE|Croatian;Croats;Croatians
            Slovenia|COUNTRY|Slovenia;Ljubljana
            Slovenia|ADJECTIVE|Slovenian;Slovene;Slovenes;Slovenians
            Albania|COUNTRY|Albania;Tirana;Kucova;Kuçova;Durres;Durrës
            Albania|ADJECTIVE|Albanian;Albanians
            North Macedonia|COUNTRY|North Macedonia;Macedonia;Skopje
            North Macedonia|ADJECTIVE|Macedonian;Macedonians
            Montenegro|COUNTRY|Montenegro;Podgorica
            Montenegro|ADJECTIVE|Montenegrin;Montenegrins
            Cyprus|COUNTRY|Cyprus;Nicosia;Larnaca;Limassol;Paphos;Famagusta;Kyrenia;Northern Cyprus;Akrotiri;RAF Akrotiri;Dhekelia;Akrotiri and Dhekelia;Sovereign Base Areas
            Cyprus|ADJECTIVE|Cypriot;Cypriots
            Israel|COUNTRY|Israel;Jerusalem;Tel Aviv;Haifa;Negev;Nevatim;Dimona;Eilat
            Israel|ADJECTIVE|Israeli;Israelis
            Israel|ACTOR|IDF;Itamar Ben-Gvir;Ben-Gvir;Bezalel Smotrich;Smotrich;Israel Defense Forces;Israel Defence Forces;Benjamin Netanyahu;Netanyahu;Yoav Gallant;Israel Katz;Benny Gantz;Naftali Bennett;Yair Lapid
            Lebanon|COUNTRY|Lebanon;Beirut;Sidon;Naqoura;Bekaa;Bekaa Valley;Litani;South Lebanon;southern Lebanon
            Lebanon|ADJECTIVE|Lebanese
            Syria|COUNTRY|Syria;Damascus;Raqqa;Deir ez-Zor;Deir el-Zour;Hasakah;Hasaka;Manbij;Idlib;Tanf;al-Tanf;At Tanf;Aleppo;Kobani;Latakia;Hmeimim;Tartus;Qamishli;Hama;Homs;Daraa;Deraa;Palmyra;Tabqa;Rmelan;Rumeilan;Shaddadi;Kobane;Afrin;Tal Abyad;Ras al-Ain;Khmeimim;Tiyas;Shayrat;Mayadin;Abu Kamal;Al-Bukamal
            Syria|ADJECTIVE|Syrian;Syrians
            Syria|ACTOR|Bashar al-Assad;Assad;Ahmed al-Sharaa;al-Sharaa
            Iraq|COUNTRY|Iraq;Baghdad;Erbil;Al Asad;Ain al-Asad;Ain al-Assad;al-Asad;Mosul;Basra;Kirkuk;Kurdistan;Iraqi Kurdistan;Anbar;Taji;Camp Taji;Balad;Ramadi;Fallujah;Tikrit;Nineveh;Sinjar;Harir;Sulaymaniyah;Duhok;Dohuk;Qayyarah
            Iraq|ADJECTIVE|Iraqi;Iraqis
            Iraq|ACTOR|Mohammed Shia al-Sudani
            Iran|COUNTRY|Iran;Tehran;Isfahan;Natanz;Fordow;Bandar Abbas;Qom;Shiraz;Tabriz
            Iran|ADJECTIVE|Iranian;Iranians
            Iran|ACTOR|Khamenei;Ali Khamenei;Hassan Rouhani;Rouhani;Ebrahim Raisi;Raisi;Masoud Pezeshkian;Pezeshkian;IRGC;Revolutionary Guards;Islamic Revolutionary Guard Corps;Quds Force
            Jordan|COUNTRY|Eager Lion;Jordan;Amman;Tower 22;Muwaffaq Salti;Muwaffaq Salti Air Base;Azraq;Zarqa;Aqaba
            Jordan|ADJECTIVE|Jordanian;Jordanians
            Saudi Arabia|COUNTRY|Saudi Arabia;Riyadh;Prince Sultan Air Base;Jeddah;Dhahran;Eskan Village;Khamis Mushait;Tabuk
            Saudi Arabia|ADJECTIVE|Saudi;Saudis
            Saudi Arabia|ACTOR|Mohammed bin Salman;King Salman
            Kuwait|COUNTRY|Kuwait;Camp Arifjan;Arifjan;Kuwait City;Camp Buehring;Buehring;Ali Al Salem;Ali Al-Salem;Ahmed Al Jaber
            Kuwait|ADJECTIVE|Kuwaiti;Kuwaitis
            Qatar|COUNTRY|Qatar;Doha;Al Udeid;Camp As Sayliyah;As Sayliyah
            Qatar|ADJECTIVE|Qatari;Qataris
            Bahrain|COUNTRY|Bahrain;Manama;NSA Bahrain;Isa Air Base;Juffair
            Bahrain|ADJECTIVE|Bahraini
            United Arab Emirates|COUNTRY|United Arab Emirates;UAE;U.A.E.;Abu Dhabi;Dubai;Al Dhafra;Jebel Ali;Fujairah;Al Minhad;Minhad
            United Arab Emirates|ADJECTIVE|Emirati;Emiratis
            Oman|COUNTRY|Oman;Muscat;Duqm;Salalah;Masirah;Thumrait
            Oman|ADJECTIVE|Omani
            Yemen|COUNTRY|Yemen;Sanaa;Aden;Hodeidah;Hudaydah;Marib;Taiz;Mukalla;Socotra;Perim
            Yemen|ADJECTIVE|Yemeni;Yemenis
            Egypt|COUNTRY|Bright Star;Egypt;Cairo;Sinai;Sharm el-Sheikh;Suez Canal;Port Said
            Egypt|ADJECTIVE|Egyptian;Egyptians
            Egypt|ACTOR|Abdel Fattah el-Sisi;el-Sisi;Sisi
            Libya|COUNTRY|Libya;Tripoli;Benghazi;Misrata;Sirte;Tobruk;al-Watiya;Al Watiya;Fezzan;Sabha
            Libya|ADJECTIVE|Libyan;Libyans
            Tunisia|COUNTRY|Tunisia;Tunis;Bizerte
            Tunisia|ADJECTIVE|Tunisian;Tunisians
            Algeria|COUNTRY|Algeria;Algiers
            Algeria|ADJECTIVE|Algerian;Algerians
            Morocco|COUNTRY|African Lion;Morocco;Rabat
            Morocco|ADJECTIVE|Moroccan;Moroccans
            Afghanistan|COUNTRY|Afghanistan;Kabul;Bagram;Kandahar;Helmand;Jalalabad;Herat;Mazar-i-Sharif;Kunduz;Camp Bastion;Camp Leatherneck;Camp Dwyer;Lashkar Gah;Khost;Paktika;Paktia;Nangarhar;Uruzgan;Oruzgan;Tarin Kowt;Ghazni;Badakhshan;Wardak;Kunar
            Afghanistan|ADJECTIVE|Afghan;Afghans
            Afghanistan|ACTOR|Ashraf Ghani;Hamid Karzai;Taliban
            Pakistan|COUNTRY|Pakistan;Islamabad;Rawalpindi;Karachi;Lahore;Peshawar;Quetta;Balochistan;Khyber Pakhtunkhwa;Waziristan;North Waziristan;Gilgit-Baltistan;Azad Kashmir
            Pakistan|ADJECTIVE|Pakistani;Pakistanis
            Pakistan|ACTOR|Imran Khan;Shehbaz Sharif;Nawaz Sharif;Asim Munir;Qamar Javed Bajwa
            India|COUNTRY|India;New Delhi;Jammu and Kashmir;Jammu;Srinagar;Ladakh;Leh;Arunachal Pradesh;Sikkim;Mumbai;Kolkata;Chennai;Bengaluru;Bangalore;Andaman and Nicobar Islands;Andaman Islands;Manipur;Assam
            India|ADJECTIVE|Indian;Indians
            India|ACTOR|Narendra Modi;Modi;Rajnath Singh;Manohar Parrikar;Nirmala Sitharaman;Jaishankar
            China|COUNTRY|China;Beijing;PRC;People's Republic of China;Mainland China;Hong Kong;Macau;Macao;Xinjiang;Tibet;Lhasa;Shanghai;Guangzhou;Shenzhen;Fujian;Hainan;Sanya;Zhanjiang;Qingdao;Ningbo;Xiamen;Yunnan;Guangxi;Inner Mongolia;Aksai Chin;Harbin;Shenyang;Chengdu;Wuhan;Nanjing;Tianjin;Dalian
            China|ADJECTIVE|Chinese
            China|ACTOR|PLA;People's Liberation Army;Xi Jinping;President Xi;Li Keqiang;Li Qiang;Wang Yi;Dong Jun;Wei Fenghe;Li Shangfu;Chang Wanquan;Zhang Youxia;PLA Navy;People's Liberation Army Navy;People's Armed Police;Zhongnanhai;Hu Jintao
            Taiwan|COUNTRY|Taiwan;Taipei;Kinmen;Quemoy;Matsu;Penghu;Kaohsiung;Taichung;Hualien;Pratas;Republic of China;ROC
            Taiwan|ADJECTIVE|Taiwanese
            Taiwan|ACTOR|Tsai Ing-wen;Lai Ching-te;Wellington Koo
            Japan|COUNTRY|Resolute Dragon;Keen Sword;Orient Shield;Yama Sakura;Japan;Tokyo;Hokkaido;Kyushu;Okinawa;Kadena;Yokosuka;Misawa;Iwakuni;Sasebo;Yokota;Futenma;Henoko;Camp Zama;Ishigaki;Yonaguni;Miyako;Miyakojima;Amami;Amami Oshima;Sagamihara;Camp Schwab;Camp Hansen;Camp Foster;Camp Courtney;Camp Kinser;Atsugi;Naha;Nago;Iwo Jima;Iwoto;Tsushima;Nansei Islands;Ryukyu Islands;Ryukyus;Senkaku Islands;Senkakus;Mageshima;Nagasaki;Kanagawa;Aomori;Chitose
            Japan|ADJECTIVE|Japanese
            Japan|ACTOR|Kishida;Ishiba;Takaichi;GSDF;JGSDF;MSDF;ASDF;JSDF;SDF;Shinzo Abe;Yoshihide Suga;Fumio Kishida;Shigeru Ishiba;Sanae Takaichi;Nobuo Kishi;Yasukazu Hamada;Minoru Kihara;Gen Nakatani;Shinjiro Koizumi;Self-Defense Forces;Self Defense Forces;Self-Defense Force;Japan Self-Defense Forces;Ground Self-Defense Force;Maritime Self-Defense Force;Air Self-Defense Force
            South Korea|COUNTRY|South Korea;S. Korea;S.Korea;Republic of Korea;ROK;Korea;Seoul;Gangwon;Pyeongtaek;Osan;Camp Humphreys;Humphreys;Daegu;Busan;Gunsan;Kunsan;Incheon;Yongsan;Camp Casey;Dongducheon;Uijeongbu;Camp Walker;Camp Carroll;Chinhae;Jinhae;Jeju;Paju;Seongju;Gyeonggi;Wonju;Gimhae;Suwon;Pocheon;Cheorwon
            South Korea|ADJECTIVE|South Korean;Korean;South Koreans
            South Korea|ACTOR|Yoon Suk Yeol;Lee Jae-myung;Moon Jae-in;Park Geun-hye;Yoon Suk-yeol;Lee Myung-bak;Han Duck-soo;Lee Jong-sup;Shin Won-sik;Suh Wook;Song Young-moo;Jeong Kyeong-doo;Ahn Gyu-back
            South Korea|PENINSULA|peninsula;Korean peninsula;Korean Peninsula;the South
            North Korea|COUNTRY|North Korea;N. Korea;N.Korea;DPRK;Democratic People's Republic of Korea;Pyongyang;Yongbyon;Sinpo;Wonsan;Kaesong;Nampo;Punggye-ri;Sohae
            North Korea|ADJECTIVE|North Korean;North Koreans
            North Korea|ACTOR|Kim;Kim Jong Un;Kim Jong-un;Kim Jong-Un;Kim Yo Jong;Kim Yo-jong;Korean People's Army;KPA
            Philippines|COUNTRY|Balikatan;Kamandag;Salaknib;Philippines;Manila;Subic Bay;Luzon;Mindanao;Palawan;Subic;Clark Air Base;Cagayan;Batanes;Quezon City;Cebu;Zamboanga;Basilan;Jolo;Sulu;Marawi;Fort Magsaysay;Basa Air Base;Antonio Bautista Air Base;Lumbia;Mactan;Balabac;Camp Aguinaldo;Scarborough Shoal;Second Thomas Shoal
            Philippines|ADJECTIVE|Filipino;Philippine;Filipinos
            Philippines|ACTOR|Ferdinand Marcos Jr.;Bongbong Marcos;Rodrigo Duterte;Duterte;Gilberto Teodoro;Armed Forces of the Philippines
            Vietnam|COUNTRY|Vietnam;Hanoi;Ho Chi Minh City;Saigon;Cam Ranh;Cam Ranh Bay;Da Nang;Danang
            Vietnam|ADJECTIVE|Vietnamese
            Thailand|COUNTRY|Cobra Gold;Thailand;Bangkok;Chiang Mai;U-Tapao;Utapao;Sattahip
            Thailand|ADJECTIVE|Thai;Thais
            Singapore|COUNTRY|Singapore;Changi;Sembawang;Paya Lebar
            Singapore|ADJECTIVE|Singaporean;Singaporeans
            Singapore|ACTOR|Singapore Armed Forces
            Malaysia|COUNTRY|Malaysia;Kuala Lumpur;Sabah;Sarawak;Johor
            Malaysia|ADJECTIVE|Malaysian;Malaysians
            Indonesia|COUNTRY|Garuda Shield;Super Garuda Shield;Indonesia;Jakarta;Bali;Surabaya;Papua;West Papua;Aceh;Natuna;Natuna Islands;Sumatra
            Indonesia|ADJECTIVE|Indonesian;Indonesians
            Australia|COUNTRY|Talisman Sabre;Talisman Saber;Pitch Black;Australia;Canberra;Darwin;Northern Territory;Perth;Townsville;Pine Gap;Tindal;RAAF Base Tindal;Queensland;Shoalwater Bay;Shoalwater Bay Training Area;RAAF Base Darwin;Robertson Barracks;HMAS Stirling;Garden Island;Exmouth;Learmonth;Scherger;Amberley;RAAF Base Amberley
            Australia|ADJECTIVE|Australian;Australians;Aussie;Aussies
            Australia|ACTOR|Albanese;ADF;Australian Defence Force;Anthony Albanese;Scott Morrison;Malcolm Turnbull;Richard Marles;Marles;Peter Dutton;Linda Reynolds;Marise Payne;Royal Australian Air Force;RAAF;Royal Australian Navy
            New Zealand|COUNTRY|New Zealand;Wellington;Auckland;Christchurch
            New Zealand|ADJECTIVE|New Zealander;New Zealanders
            New Zealand|ACTOR|New Zealand Defence Force;NZDF
            Papua New Guinea|COUNTRY|Papua New Guinea;Port Moresby;Lombrum;Manus;Manus Island;Bougainville
            Papua New Guinea|ADJECTIVE|Papua New Guinean;Papua New Guineans
            Solomon Islands|COUNTRY|Solomon Islands;Honiara
            Solomon Islands|ADJECTIVE|Solomon Islander;Solomon Islanders
            Mongolia|COUNTRY|Mongolia;Ulaanbaatar;Ulan Bator
            Mongolia|ADJECTIVE|Mongolian;Mongolians
            Myanmar|COUNTRY|Myanmar;Burma;Naypyidaw;Naypyitaw;Yangon;Rangoon;Rakhine;Shan State;Kachin
            Myanmar|ADJECTIVE|Burmese
            Myanmar|ACTOR|Min Aung Hlaing;Tatmadaw
            Canada|COUNTRY|Canada;Ottawa
            Canada|ADJECTIVE|Canadian;Canadians
            Canada|ACTOR|Justin Trudeau;Trudeau;Mark Carney;Anita Anand;Bill Blair;Harjit Sajjan;Operation Reassurance>Latvia
            Mexico|COUNTRY|Mexico;Mexico City;Tijuana;Ciudad Juarez;Ciudad Juárez;Sinaloa
            Mexico|ADJECTIVE|Mexican;Mexicans
            Cuba|COUNTRY|Cuba;Havana;Guantanamo;Guantanamo Bay;Guantánamo;Guantánamo Bay
            Cuba|ADJECTIVE|Cuban;Cubans
            Cuba|ACTOR|Miguel Díaz-Canel;Miguel Diaz-Canel;Díaz-Canel;Diaz-Canel;Raúl Castro;Raul Castro
            Venezuela|COUNTRY|Venezuela;Caracas;Maracaibo
            Venezuela|ADJECTIVE|Venezuelan;Venezuelans
            Venezuela|ACTOR|Maduro;Nicolas Maduro;Nicolás Maduro
            Colombia|COUNTRY|Colombia;Bogota;Bogotá;Medellin;Medellín;Tolemaida;Palanquero
            Colombia|ADJECTIVE|Colombian;Colombians
            Haiti|COUNTRY|Haiti;Port-au-Prince
            Haiti|ADJECTIVE|Haitian;Haitians
            Panama|COUNTRY|Panama;Panama Canal
            Panama|ADJECTIVE|Panamanian
            Honduras|COUNTRY|Honduras;Tegucigalpa;Soto Cano;Palmerola
            Honduras|ADJECTIVE|Honduran
            Brazil|COUNTRY|Brazil;Brasília;Brasilia;Rio de Janeiro;São Paulo;Sao Paulo
            Brazil|ADJECTIVE|Brazilian;Brazilians
            Nicaragua|COUNTRY|Nicaragua;Managua
            Nicaragua|ADJECTIVE|Nicaraguan
            Nicaragua|ACTOR|Daniel Ortega;Ortega regime;Ortega government;Ortega-Murillo;Rosario Murillo
            Mali|COUNTRY|Mali;Bamako;Gao;Timbuktu;Kidal;Tessalit;Menaka;Ménaka;Mopti;Sevare;Sévaré;Ansongo
            Mali|ADJECTIVE|Malian;Malians
            Niger|COUNTRY|Niger;Niamey;Agadez;Diffa;Tillaberi;Tillabéri;Dirkou;Madama;Arlit;Ouallam
            Niger|ADJECTIVE|Nigerien;Nigeriens
            Burkina Faso|COUNTRY|Burkina Faso;Ouagadougou;Bobo-Dioulasso;Djibo
            Burkina Faso|ADJECTIVE|Burkinabe;Burkinabè
            Chad|COUNTRY|Chad;N'Djamena;Ndjamena;Abeche;Abéché;Faya-Largeau
            Chad|ADJECTIVE|Chadian;Chadians
            Mauritania|COUNTRY|Mauritania;Nouakchott
            Mauritania|ADJECTIVE|Mauritanian;Mauritanians
            Senegal|COUNTRY|Senegal;Dakar;Ouakam
            Senegal|ADJECTIVE|Senegalese
            Ivory Coast|COUNTRY|Ivory Coast;Côte d'Ivoire;Cote d'Ivoire;Abidjan;Port-Bouet;Port-Bouët;Yamoussoukro
            Ivory Coast|ADJECTIVE|Ivorian;Ivorians
            Gabon|COUNTRY|Gabon;Libreville
            Gabon|ADJECTIVE|Gabonese
            Djibouti|COUNTRY|Djibouti;Camp Lemonnier;Lemonnier;Chabelley
            Djibouti|ADJECTIVE|Djiboutian
            Somalia|COUNTRY|Somalia;Mogadishu;Somaliland;Hargeisa;Berbera;Kismayo;Baidoa;Baledogle;Bale Dogle;Beledweyne;Puntland;Bosaso;Jubaland;Lower Shabelle
            Somalia|ADJECTIVE|Somali;Somalis;Somalian
            Kenya|COUNTRY|Kenya;Nairobi;Manda Bay;Camp Simba;Mombasa;Lamu;Nanyuki;Laikipia
            Kenya|ADJECTIVE|Kenyan;Kenyans
            Ethiopia|COUNTRY|Ethiopia;Addis Ababa;Tigray;Mekelle;Dire Dawa
            Ethiopia|ADJECTIVE|Ethiopian;Ethiopians
            Eritrea|COUNTRY|Eritrea;Asmara;Assab;Massawa
            Eritrea|ADJECTIVE|Eritrean
            Eritrea|ACTOR|Isaias Afwerki;Afwerki
            Sudan|COUNTRY|Sudan;Khartoum;Darfur;Port Sudan;El Fasher;Kordofan
            Sudan|ADJECTIVE|Sudanese
            Sudan|ACTOR|Abdel Fattah al-Burhan;al-Burhan
            South Sudan|COUNTRY|South Sudan;Juba;Malakal
            South Sudan|ADJECTIVE|South Sudanese
            Uganda|COUNTRY|Uganda;Kampala;Entebbe
            Uganda|ADJECTIVE|Ugandan;Ugandans
            Rwanda|COUNTRY|Rwanda;Kigali
            Rwanda|ADJECTIVE|Rwandan;Rwandans
            Burundi|COUNTRY|Burundi;Bujumbura;Gitega
            Burundi|ADJECTIVE|Burundian;Burundians
            DR Congo|COUNTRY|DR Congo;Democratic Republic of the Congo;Democratic Republic of Congo;DRC;Congo;Kinshasa;Goma;Ituri;North Kivu;South Kivu;Kivu;Bunia;Beni;Bukavu;Lubumbashi;Rutshuru;Uvira
            DR Congo|ADJECTIVE|Congolese
            Central African Republic|COUNTRY|Central African Republic;Bangui
            Central African Republic|ADJECTIVE|Central African
            Cameroon|COUNTRY|Cameroon;Yaounde;Yaoundé;Douala;Garoua
            Cameroon|ADJECTIVE|Cameroonian;Cameroonians
            Nigeria|COUNTRY|Nigeria;Abuja;Lagos;Maiduguri;Borno
            Nigeria|ADJECTIVE|Nigerian;Nigerians
            Ghana|COUNTRY|Ghana;Accra
            Ghana|ADJECTIVE|Ghanaian;Ghanaians
            Benin|COUNTRY|Benin;Cotonou;Porto-Novo
            Benin|ADJECTIVE|Beninese
            Togo|COUNTRY|Togo;Lomé;Lome
            Togo|ADJECTIVE|Togolese
            Mozambique|COUNTRY|Mozambique;Cabo Delgado;Maputo;Mocimboa da Praia
            Mozambique|ADJECTIVE|Mozambican;Mozambicans
            South Africa|COUNTRY|South Africa;Pretoria
            South Africa|ADJECTIVE|South African;South Africans
            Zimbabwe|COUNTRY|Zimbabwe;Harare
            Zimbabwe|ADJECTIVE|Zimbabwean;Zimbabweans
            Zimbabwe|ACTOR|Emmerson Mnangagwa;Mnangagwa
            Angola|COUNTRY|Angola;Luanda
            Angola|ADJECTIVE|Angolan;Angolans
            Bangladesh|COUNTRY|Bangladesh;Dhaka;Chittagong;Chattogram;Cox's Bazar
            Bangladesh|ADJECTIVE|Bangladeshi;Bangladeshis
            Nepal|COUNTRY|Nepal;Kathmandu
            Nepal|ADJECTIVE|Nepalese;Nepali;Nepalis
            Sri Lanka|COUNTRY|Sri Lanka;Colombo;Trincomalee;Hambantota
            Sri Lanka|ADJECTIVE|Sri Lankan;Sri Lankans
            Argentina|COUNTRY|Argentina;Buenos Aires
            Argentina|ADJECTIVE|Argentine;Argentinian;Argentines
            Chile|COUNTRY|Chile
            Chile|ADJECTIVE|Chilean;Chileans
            Peru|COUNTRY|Peru
            Peru|ADJECTIVE|Peruvian;Peruvians
            Fiji|COUNTRY|Fiji;Suva
            Fiji|ADJECTIVE|Fijian;Fijians
            Liberia|COUNTRY|Liberia;Monrovia
            Liberia|ADJECTIVE|Liberian;Liberians
            Sierra Leone|COUNTRY|Sierra Leone;Freetown
            Sierra Leone|ADJECTIVE|Sierra Leonean;Sierra Leoneans
            Guinea|COUNTRY|Guinea;Conakry
            Guinea|ADJECTIVE|Guinean;Guineans
            Madagascar|COUNTRY|Madagascar;Antananarivo
            Madagascar|ADJECTIVE|Malagasy
            Turkmenistan|COUNTRY|Turkmenistan;Ashgabat;Ashkhabad
            Turkmenistan|ADJECTIVE|Turkmen
            Palestine|COUNTRY|Palestine;State of Palestine;Palestinian territories;Ramallah
            Palestine|ADJECTIVE|Palestinian;Palestinians
            Andorra|COUNTRY|Andorra
            Andorra|ADJECTIVE|Andorran
            Liechtenstein|COUNTRY|Liechtenstein;Vaduz
            Monaco|COUNTRY|Monaco
            Monaco|ADJECTIVE|Monegasque
            San Marino|COUNTRY|San Marino
            Malta|COUNTRY|Malta;Valletta
            Malta|ADJECTIVE|Maltese
            Bhutan|COUNTRY|Bhutan;Thimphu
            Bhutan|ADJECTIVE|Bhutanese
            Maldives|COUNTRY|Maldives;Malé;Addu
            Maldives|ADJECTIVE|Maldivian;Maldivians
            Cambodia|COUNTRY|Cambodia;Phnom Penh;Ream Naval Base
            Cambodia|ADJECTIVE|Cambodian;Cambodians
            Laos|COUNTRY|Laos;Vientiane
            Laos|ADJECTIVE|Laotian;Laotians
            Brunei|COUNTRY|Brunei;Brunei Darussalam;Bandar Seri Begawan
            Brunei|ADJECTIVE|Bruneian
            Timor-Leste|COUNTRY|Timor-Leste;East Timor;Dili
            Timor-Leste|ADJECTIVE|Timorese;East Timorese
            Vanuatu|COUNTRY|Vanuatu;Port Vila
            Vanuatu|ADJECTIVE|ni-Vanuatu
            Samoa|COUNTRY|Samoa;Apia
            Samoa|ADJECTIVE|Samoan;Samoans
            Tonga|COUNTRY|Tonga;Nuku'alofa
            Tonga|ADJECTIVE|Tongan;Tongans
            Kiribati|COUNTRY|Kiribati;Tarawa
            Tuvalu|COUNTRY|Tuvalu;Funafuti
            Tuvalu|ADJECTIVE|Tuvaluan
            Nauru|COUNTRY|Nauru
            Nauru|ADJECTIVE|Nauruan
            Marshall Islands|COUNTRY|Marshall Islands;Majuro;Kwajalein;Kwajalein Atoll
            Marshall Islands|ADJECTIVE|Marshallese
            Micronesia|COUNTRY|Micronesia;Federated States of Micronesia;Palikir;Pohnpei;Chuuk
            Micronesia|ADJECTIVE|Micronesian
            Palau|COUNTRY|Palau;Koror;Ngerulmud;Angaur
            Palau|ADJECTIVE|Palauan
            Guatemala|COUNTRY|Guatemala;Guatemala City
            Guatemala|ADJECTIVE|Guatemalan;Guatemalans
            Belize|COUNTRY|Belize;Belmopan
            Belize|ADJECTIVE|Belizean
            El Salvador|COUNTRY|El Salvador;San Salvador
            El Salvador|ADJECTIVE|Salvadoran;Salvadorans;Salvadorean
            Costa Rica|COUNTRY|Costa Rica
            Costa Rica|ADJECTIVE|Costa Rican;Costa Ricans
            Dominican Republic|COUNTRY|Dominican Republic;Santo Domingo
            Dominican Republic|ADJECTIVE|Dominican;Dominicans
            Jamaica|COUNTRY|Jamaica
            Jamaica|ADJECTIVE|Jamaican;Jamaicans
            Bahamas|COUNTRY|Bahamas;The Bahamas
            Bahamas|ADJECTIVE|Bahamian
            Barbados|COUNTRY|Barbados;Bridgetown
            Barbados|ADJECTIVE|Barbadian
            Trinidad and Tobago|COUNTRY|Trinidad and Tobago;Trinidad;Port of Spain
            Trinidad and Tobago|ADJECTIVE|Trinidadian
            Grenada|COUNTRY|Grenada
            Grenada|ADJECTIVE|Grenadian
            Saint Lucia|COUNTRY|Saint Lucia;St. Lucia;St Lucia;Castries
            Saint Vincent and the Grenadines|COUNTRY|Saint Vincent and the Grenadines;St. Vincent and the Grenadines;Kingstown
            Antigua and Barbuda|COUNTRY|Antigua and Barbuda;Antigua
            Saint Kitts and Nevis|COUNTRY|Saint Kitts and Nevis;St. Kitts and Nevis;St Kitts and Nevis;Basseterre
            Dominica|COUNTRY|Dominica;Roseau
            Ecuador|COUNTRY|Ecuador;Quito;Guayaquil;Galapagos;Galápagos
            Ecuador|ADJECTIVE|Ecuadorian;Ecuadorean;Ecuadorians
            Bolivia|COUNTRY|Bolivia;La Paz;Sucre
            Bolivia|ADJECTIVE|Bolivian;Bolivians
            Uruguay|COUNTRY|Uruguay;Montevideo
            Uruguay|ADJECTIVE|Uruguayan;Uruguayans
            Paraguay|COUNTRY|Paraguay;Asunción;Asuncion
            Paraguay|ADJECTIVE|Paraguayan;Paraguayans
            Guyana|COUNTRY|Guyana
            Guyana|ADJECTIVE|Guyanese
            Suriname|COUNTRY|Suriname;Paramaribo
            Suriname|ADJECTIVE|Surinamese
            Republic of the Congo|COUNTRY|Republic of the Congo;Republic of Congo;Congo-Brazzaville;Congo Republic;Brazzaville
            Equatorial Guinea|COUNTRY|Equatorial Guinea;Malabo
            Equatorial Guinea|ADJECTIVE|Equatorial Guinean;Equatoguinean
            Guinea-Bissau|COUNTRY|Guinea-Bissau;Bissau
            Guinea-Bissau|ADJECTIVE|Bissau-Guinean
            Gambia|COUNTRY|Gambia;The Gambia;Banjul
            Gambia|ADJECTIVE|Gambian;Gambians
            Cape Verde|COUNTRY|Cape Verde;Cabo Verde
            Cape Verde|ADJECTIVE|Cape Verdean
            São Tomé and Príncipe|COUNTRY|São Tomé and Príncipe;Sao Tome and Principe;São Tomé;Sao Tome
            Tanzania|COUNTRY|Tanzania;Dodoma;Dar es Salaam;Zanzibar
            Tanzania|ADJECTIVE|Tanzanian;Tanzanians
            Zambia|COUNTRY|Zambia;Lusaka
            Zambia|ADJECTIVE|Zambian;Zambians
            Malawi|COUNTRY|Malawi;Lilongwe
            Malawi|ADJECTIVE|Malawian;Malawians
            Namibia|COUNTRY|Namibia;Windhoek;Walvis Bay
            Namibia|ADJECTIVE|Namibian;Namibians
            Botswana|COUNTRY|Botswana;Gaborone
            Lesotho|COUNTRY|Lesotho;Maseru
            Eswatini|COUNTRY|Eswatini;Swaziland;Mbabane
            Eswatini|ADJECTIVE|Swazi
            Mauritius|COUNTRY|Mauritius;Port Louis
            Mauritius|ADJECTIVE|Mauritian;Mauritians
            Comoros|COUNTRY|Comoros;Moroni
            Comoros|ADJECTIVE|Comorian
            Seychelles|COUNTRY|Seychelles
            Seychelles|ADJECTIVE|Seychellois
            CSTO|ACTOR|CSTO;Collective Security Treaty Organization
            GCC|ACTOR|GCC;Gulf Cooperation Council;Peninsula Shield;Peninsula Shield Force>Bahrain
            OSCE|ACTOR|OSCE;Organization for Security and Co-operation in Europe
            Arab League|ACTOR|Arab League
            SCO|ACTOR|SCO;Shanghai Cooperation Organisation;Shanghai Cooperation Organization
            Guam|REGION|Guam;Andersen Air Force Base;Andersen AFB;Apra Harbor;Camp Blaz;Hagatna;Hagåtña;Naval Base Guam
            Diego Garcia|REGION|Diego Garcia;Chagos Islands;Chagos Archipelago;British Indian Ocean Territory
            Puerto Rico|REGION|Puerto Rico
            Greenland|REGION|Greenland;Nuuk;Pituffik;Pituffik Space Base;Thule;Thule Air Base
            Golan Heights|REGION|Golan Heights;the Golan Heights;the Golan
            Gaza|REGION|Gaza;Gaza Strip;the Gaza Strip
            West Bank|REGION|West Bank;the West Bank
            Northern Mariana Islands|REGION|Northern Mariana Islands;Saipan;Tinian
            Gibraltar|REGION|Gibraltar
            Falkland Islands|REGION|Falkland Islands;Falklands;RAF Mount Pleasant
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
            New Caledonia|REGION|New Caledonia;Nouméa;Noumea
            French Polynesia|REGION|French Polynesia;Tahiti;Papeete
            Réunion|REGION|Réunion;La Réunion;Reunion Island;Réunion Island
            Mayotte|REGION|Mayotte;Mamoudzou
            French Guiana|REGION|French Guiana;Kourou
            Martinique|REGION|Martinique;Fort-de-France
            Guadeloupe|REGION|Guadeloupe;Pointe-à-Pitre
            Saint Pierre and Miquelon|REGION|Saint Pierre and Miquelon
            Wallis and Futuna|REGION|Wallis and Futuna
            Bermuda|REGION|Bermuda
            Cayman Islands|REGION|Cayman Islands;Caymans;Grand Cayman
            Turks and Caicos Islands|REGION|Turks and Caicos Islands;Turks and Caicos
            British Virgin Islands|REGION|British Virgin Islands
            Anguilla|REGION|Anguilla
            Montserrat|REGION|Montserrat
            Ascension Island|REGION|Ascension Island;RAF Ascension
            Saint Helena|REGION|Saint Helena;St Helena;St. Helena
            Tristan da Cunha|REGION|Tristan da Cunha
            Pitcairn Islands|REGION|Pitcairn Islands
            South Georgia|REGION|South Georgia;South Georgia and the South Sandwich Islands
            US Virgin Islands|REGION|US Virgin Islands;U.S. Virgin Islands;USVI;Virgin Islands
            American Samoa|REGION|American Samoa;Pago Pago
            Wake Island|REGION|Wake Island;Wake Atoll
            Midway Atoll|REGION|Midway Atoll;Midway Island;Midway Islands
            Johnston Atoll|REGION|Johnston Atoll
            Faroe Islands|REGION|Faroe Islands;Faroes;Faeroe Islands
            Aruba|REGION|Aruba
            Curaçao|REGION|Curaçao;Curacao
            Sint Maarten|REGION|Sint Maarten
            Bonaire|REGION|Bonaire
            Christmas Island|REGION|Christmas Island
            Cocos Islands|REGION|Cocos Islands;Cocos (Keeling) Islands;Cocos Keeling Islands
            Cook Islands|REGION|Cook Islands
            Niue|REGION|Niue
            Tokelau|REGION|Tokelau
            Western Sahara|REGION|Western Sahara;Laayoune;Laâyoune
            Abyei|REGION|Abyei
            Latin America|REGION|Latin America
            South America|REGION|South America
            Central America|REGION|Central America
            North Africa|REGION|North Africa
            East Africa|REGION|East Africa
            Central Africa|REGION|Central Africa
            Southern Africa|REGION|Southern Africa
            Southeast Asia|REGION|Southeast Asia;South-East Asia;South East Asia
            Central Asia|REGION|Central Asia
            South Asia|REGION|South Asia
            East Asia|REGION|East Asia;Northeast Asia
            Caucasus|REGION|Caucasus;South Caucasus
            Scandinavia|REGION|Scandinavia;Nordic countries;Nordic region;Nordics
            Lake Chad Basin|REGION|Lake Chad Basin;Lake Chad region
            NATO|ACTOR|NATO;Nato;North Atlantic Treaty Organization;KFOR>Kosovo;ISAF>Afghanistan;Resolute Support>Afghanistan;Jens Stoltenberg;Stoltenberg;SACEUR;SHAPE;NATO Mission Iraq>Iraq
            UN|ACTOR|UN;U.N.;United Nations;Security Council;UN Security Council;UNIFIL>Lebanon;MONUSCO>DR Congo;MINUSMA>Mali;UNMISS>South Sudan;MINUSCA>Central African Republic;UNDOF>Syria;blue helmets;UNFICYP>Cyprus;UNMIK>Kosovo;MINURSO>Western Sahara;UNISFA>Abyei;UNAMID>Sudan;UNMIS>Sudan;UNMIL>Liberia;UNOCI>Ivory Coast;MINUSTAH>Haiti;MONUC>DR Congo;UNAMSIL>Sierra Leone;UNPROFOR>Bosnia and Herzegovina;UNTAET>Timor-Leste;UNMIT>Timor-Leste;UNOMIG>Georgia;ONUB>Burundi;MINURCAT>Chad;United Nations Interim Force in Lebanon>Lebanon;United Nations Mission in South Sudan>South Sudan;Antonio Guterres;António Guterres;Guterres;Ban Ki-moon
            EU|ACTOR|EU;E.U.;European Union;the bloc;nation bloc;member bloc;European Commission;European Council;Brussels;EUFOR>Bosnia and Herzegovina;EUFOR Althea>Bosnia and Herzegovina;EU Force>Bosnia and Herzegovina;EUTM Mali>Mali;EUTM-Mali>Mali;EUTM Somalia>Somalia;EUTM RCA>Central African Republic;EUTM Mozambique>Mozambique;EUFOR RCA>Central African Republic;EUFOR Chad>Chad;EUFOR Tchad>Chad;Operation Irini>Mediterranean;EUNAVFOR Med>Mediterranean;Ursula von der Leyen;von der Leyen;Josep Borrell;Borrell;Federica Mogherini;Mogherini
            AU|ACTOR|AU;African Union;ATMIS>Somalia;AMISOM>Somalia;AUSSOM>Somalia;African Union Mission in Somalia>Somalia;African Union Transition Mission in Somalia>Somalia;AMIS>Sudan;MISCA>Central African Republic;AFISMA>Mali
            ECOWAS|ACTOR|ECOWAS;Economic Community of West African States;West African leaders;West African bloc;ECOMOG;ECOMIB>Guinea-Bissau;ECOMIG>Gambia
            SADC|ACTOR|SADC;Southern African Development Community;SAMIDRC>DR Congo;SAMIM>Mozambique;SADC Mission in Mozambique>Mozambique
            G7|ACTOR|G7;Group of Seven
            the country|ANAPHOR|the country;the nation;here
            the region|ANAPHOR|the region
            the territory|ANAPHOR|the U.S. territory;the US territory;the American territory;the U.S. Pacific territory;the US Pacific territory;the Pacific territory;the island territory;the U.S. island territory;the American Pacific territory
            """;

    /** Regions that span several countries ("Europe", "Sahel"), as opposed to one territory ("Guam"). */
    private static final Set<String> SPANNING = Set.of("Europe", "Eastern Europe", "Middle East", "Sahel",
            "Baltic states", "Indo-Pacific", "Asia-Pacific", "Asia", "Africa", "West Africa", "Horn of Africa",
            "Persian Gulf", "Balkans", "Arctic", "Mediterranean", "Caribbean", "Latin America", "South America",
            "Central America", "North Africa", "East Africa", "Central Africa", "Southern Africa", "Southeast Asia",
            "Central Asia", "South Asia", "East Asia", "Caucasus", "Scandinavia", "Lake Chad Basin");

    private static final Set<String> MIDDLE_EAST = Set.of("Saudi Arabia", "Iraq", "Syria", "Kuwait", "Qatar",
            "Bahrain", "United Arab Emirates", "Jordan", "Iran", "Israel", "Lebanon", "Yemen", "Oman");

    /** The region a country lies in, where news speaks of "the region" for it ("Middle East"), or null. */
    static String regionOf(String country) {
        return MIDDLE_EAST.contains(country) ? "Middle East" : null;
    }

    /** Whether a region spans several countries rather than being one territory. */
    static boolean spansCountries(String region) {
        return SPANNING.contains(region);
    }

    private Gazetteer() {
    }

    /** The table's lines, stripped and without blanks: {@code Name|TYPE|alias;alias}. */
    static List<String> lines() {
        return PLACES.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The canonical names of the places of one type, in table order (read-only). */
    static Set<String> names(Place.Type type) {
        return NAMES.get(type);
    }

    /** The canonical names by type, read once: the tagger asks for them per sentence. */
    private static final Map<Place.Type, Set<String>> NAMES = namesByType();

    private static Map<Place.Type, Set<String>> namesByType() {
        Map<Place.Type, Set<String>> byType = new EnumMap<>(Place.Type.class);
        for (Place.Type type : Place.Type.values()) {
            String role = "|" + type.name() + "|";
            Set<String> names = lines().stream().filter(line -> line.contains(role))
                    .map(line -> line.substring(0, line.indexOf('|')))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            byType.put(type, Collections.unmodifiableSet(names));
        }
        return byType;
    }

    /** Adds every place to the vocabulary. */
    static void load(Vocabulary vocabulary) {
        for (String line : lines()) {
            String[] parts = line.split("\\|");
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
