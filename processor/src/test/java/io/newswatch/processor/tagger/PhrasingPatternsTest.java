package io.newswatch.processor.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The linguistic patterns of independently written news, each in a phrasing that is in none of the
 * labelled sets: the tags are written as "quantity kind qualifier force location stance" for troops
 * and "action target issuer negated" for sanctions, joined by " | ".
 */
class PhrasingPatternsTest {

    private final Tagger tagger = new NewsTagger("North Korea", true);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            hosts first, respectively # Germany and the Netherlands host roughly 35,000 and 400 American troops respectively. # 35000 LEVEL APPROXIMATE US Germany REPORTED | 400 LEVEL APPROXIMATE US Netherlands REPORTED
            three Baltic hosts, respectively, under one hedge # Estonia, Latvia and Lithuania host roughly 1,200, 1,500 and 1,700 NATO troops, respectively. # 1200 LEVEL APPROXIMATE NATO Estonia REPORTED | 1500 LEVEL APPROXIMATE NATO Latvia REPORTED | 1700 LEVEL APPROXIMATE NATO Lithuania REPORTED
            a part of a possessed whole moved from a host # Washington will pull 4,000 of its 28,500 troops from South Korea. # 4000 REDUCTION EXACT US South Korea PROPOSED | 28500 LEVEL EXACT US South Korea REPORTED
            a part of a whole to be cut # He hoped some of the 9,500 US troops to be cut from Germany would come to Poland. # 9500 REDUCTION EXACT US Germany PROPOSED
            a remaining force to be withdrawn # All 2,500 U.S. troops remaining in Afghanistan will be withdrawn by Sept. 11. # 2500 REDUCTION EXACT US Afghanistan PROPOSED
            a level in both of two hosts # The Pentagon said it had completed the drawdown to 2,500 troops in both Iraq and Afghanistan. # 2500 LEVEL EXACT US Iraq COMPLETED | 2500 LEVEL EXACT US Afghanistan COMPLETED
            a floor written into law # Congress wrote a floor of 28,500 into the bill, barring the Pentagon from cutting the US force in South Korea. # 28500 LEVEL MORE_THAN US South Korea REPORTED
            a summit's city is no host # At the Madrid summit, NATO agreed to raise its high-readiness forces to well over 300,000. #
            Britain as a host # New Zealand will send up to 40 defence force personnel to Britain. # 40 INCREASE UP_TO New Zealand United Kingdom PROPOSED
            a level compared with an earlier one, speaker elsewhere # There are now more than 100,000 U.S. troops in Europe, up from about 80,000 before the invasion, an official told reporters in Madrid. # 100000 LEVEL MORE_THAN US Europe REPORTED | 80000 LEVEL APPROXIMATE US Europe REPORTED
            a shared verb after and # Some 28.500 American soldiers are stationed in South Korea and around 54.000 in Japan. # 28500 LEVEL APPROXIMATE US South Korea REPORTED | 54000 LEVEL APPROXIMATE US Japan REPORTED
            each over two hosts, then a third host with its own figure # Paris would keep about 100 soldiers each in Gabon and Senegal, down from 350, and 80 in Chad. # 100 LEVEL APPROXIMATE France Gabon PROPOSED | 100 LEVEL APPROXIMATE France Senegal PROPOSED | 350 LEVEL EXACT France Gabon REPORTED | 350 LEVEL EXACT France Senegal REPORTED | 80 LEVEL EXACT France Chad REPORTED
            exercise participants in a host # Around 1,500 USFK soldiers will take part in the Freedom Shield exercise. # 1500 LEVEL APPROXIMATE US South Korea REPORTED
            an N-strong unit that will not shrink # The 36,000-strong U.S. contingent in Germany will not shrink after all. # 36000 LEVEL EXACT US Germany REPORTED
            a floor barred by law, far from the verb # The act bars the Pentagon from using funds to reduce the number of U.S. troops deployed in South Korea below 28,500. # 28500 LEVEL MORE_THAN US South Korea PROPOSED
            a hyphenated range after a change to it # France would shrink its force in the Sahel from 5,100 troops to 2,500-3,000 by early 2023. # 5100 LEVEL EXACT France Sahel PROPOSED | 3000 LEVEL UP_TO France Sahel PROPOSED
            troops poured into a host # Turkey has poured some 7,000 troops and more than 2,000 military vehicles into Syria's Idlib province. # 7000 INCREASE APPROXIMATE Turkey Syria COMPLETED
            a dateline with the host's country # CINCU, Romania (AFP) — France has some 1,000 soldiers at the training ground. # 1000 LEVEL APPROXIMATE France Romania REPORTED
            the House as a chamber, a numbered commando # The Defence Secretary told the House that 350 soldiers from 45 Commando would deploy to Poland. # 350 INCREASE EXACT null Poland PROPOSED
            a running tally of losses # Russian losses over the past day amounted to 1,230 personnel, bringing the total since February 2022 to about 680,000. #
            personnel together with civilians # There were 2,260 UK personnel stationed in Cyprus, together with some 480 MOD civilians. # 2260 LEVEL EXACT UK Cyprus REPORTED
            each of two nations at their shared line # Indian and Chinese forces each have about 50,000 troops deployed along the Line of Actual Control. # 50000 LEVEL APPROXIMATE India India-China border REPORTED | 50000 LEVEL APPROXIMATE China China-India border REPORTED
            troops encircling a country # More than 150,000 Russian troops were now encircling Ukraine. # 150000 LEVEL MORE_THAN Russia Russia-Ukraine border REPORTED
            soldiers among the people killed # Strikes overnight killed at least 14 people in the city, including two servicemen. #
            a vote to expel troops # Iraqi lawmakers voted to expel the roughly 5,200 U.S. troops stationed in the country. # 5200 REDUCTION APPROXIMATE US Iraq PROPOSED
            a hedge carried to an elided figure # The United States has about 2,500 troops in Iraq and 900 in neighboring Syria. # 2500 LEVEL APPROXIMATE US Iraq REPORTED | 900 LEVEL APPROXIMATE US Syria REPORTED
            troops from a base redeployed elsewhere # Some 200 U.S. troops from Osan Air Base were temporarily redeployed to the Middle East in March. # 200 REDUCTION APPROXIMATE US South Korea COMPLETED | 200 INCREASE APPROXIMATE US Middle East COMPLETED
            an owned unit reinforced, and one deployed # NATO will deploy 700 more troops to northern Kosovo, reinforcing its KFOR peacekeeping force of about 3,800. # 700 INCREASE EXACT NATO Kosovo PROPOSED | 3800 LEVEL APPROXIMATE NATO Kosovo REPORTED
            a second conjunct's starting level # The drawdown will shrink the force in Afghanistan from about 4,500 and in Iraq from about 3,000. # 4500 LEVEL APPROXIMATE null Afghanistan PROPOSED | 3000 LEVEL APPROXIMATE null Iraq PROPOSED
            casualties past a dashed aside # Thirty soldiers — mostly conscripts — were injured in clashes in northern Kosovo. #
            a manner adverb before the change # The final 80 Australian personnel were quietly withdrawn from Afghanistan. # 80 REDUCTION EXACT Australia Afghanistan COMPLETED
            a level that remains, not remains # USFK said its troop level of 28,500 remains unchanged. # 28500 LEVEL EXACT US South Korea REPORTED
            a soldier's remains # Two soldiers' remains were flown home from Iraq. #
            martyred soldiers # At least seven soldiers were martyred when militants stormed a post in North Waziristan. #
            where a speaker was asked # Asked in Singapore about the report, the secretary said moving any of the 28,500 troops out of Korea is not under discussion. # 28500 LEVEL EXACT null South Korea REPORTED
            parts of a named departure going elsewhere # About 9,000 U.S. Marines are to leave Okinawa. Roughly 4,000 of them will go to Guam and about 2,700 to Hawaii. # 9000 REDUCTION APPROXIMATE US Japan PROPOSED | 4000 INCREASE APPROXIMATE US Guam PROPOSED | 4000 REDUCTION APPROXIMATE US Japan PROPOSED | 2700 REDUCTION APPROXIMATE US Japan PROPOSED
            a figure in an object relative, added on top of another # North Korea has sent about 3,000 more troops to Russia, on top of the roughly 11,000 it dispatched last fall. # 3000 INCREASE APPROXIMATE North Korea Russia COMPLETED | 11000 INCREASE APPROXIMATE North Korea Russia COMPLETED
            defectors counted, a soldier among them # The number of North Korean defectors reaching South Korea rose to 236 last year, including a soldier. #
            troops brought to a host # Exercise Alon brought more than 1,200 Australian Defence Force personnel to Palawan. # 1200 INCREASE MORE_THAN Australia Philippines REPORTED
            a country's territory is no host # Guam, a U.S. territory of about 170,000 people, will host 5,000 Marines. # 5000 LEVEL EXACT null Guam PROPOSED
            a dateline's own troops at its border # WARSAW (PAP) — About 10 000 soldiers are now deployed on the border with Belarus. # 10000 LEVEL APPROXIMATE Poland Poland-Belarus border REPORTED
            lives lost # Australia's 20-year deployment to Afghanistan cost more than A$8.5 billion and the lives of 41 soldiers. #
            a nation's island or soil is its land # The 4,000 Marines are due to relocate from the Japanese island by 2028. # 4000 REDUCTION EXACT null Japan PROPOSED
            a contributor named in a later sentence is no host # UNIFIL, the U.N. force in southern Lebanon, was expanded after the 2006 war. It currently fields some 10,000 peacekeepers from 50 countries, with Italy among the largest contributors. # 10000 LEVEL APPROXIMATE UN Lebanon REPORTED
            respectively, then a region and a speaker's city # Spain has roughly 600 and 150 soldiers deployed in Latvia and Slovakia, respectively, as part of NATO's presence on the eastern flank, the ministry said in Madrid. # 600 LEVEL APPROXIMATE Spain Latvia REPORTED | 150 LEVEL APPROXIMATE Spain Slovakia REPORTED
            a unit led and backed by others, then its verb # A 7,000-man ECOWAS force led by Senegal and backed by Nigerian jets entered The Gambia on Thursday. # 7000 INCREASE EXACT ECOWAS Gambia COMPLETED
            troops rolled across into a host # About 1,000 Saudi troops rolled across the King Fahd Causeway into Bahrain. # 1000 INCREASE APPROXIMATE Saudi Arabia Bahrain REPORTED
            an N-strong unit with a proper name # SEOUL (Yonhap) — The 280-strong Dongmyeong Unit, South Korea's peacekeeping contingent in southern Lebanon, is safe. # 280 LEVEL EXACT South Korea Lebanon REPORTED
            an N-strong named unit that shifts between hosts # A 1,000-strong Stryker squadron shifts from Vilseck, Germany, to Romania. # 1000 REDUCTION EXACT null Germany REPORTED | 1000 INCREASE EXACT null Romania REPORTED
            a sized unit inside "troops of" # ARBIL, Iraq (Yonhap) — The first troops of South Korea's 3,600-man Zaytun Division arrived in northern Iraq. # 3600 LEVEL EXACT South Korea Iraq REPORTED
            a bare figure far from the troop noun it counts # The U.S. presence in Germany, which exceeded 200,000 troops at the height of the Cold War, had fallen to about 35,000 by 2020, when the administration announced plans to withdraw roughly 12,000 — most of them to other parts of Europe. # 200000 LEVEL MORE_THAN US Germany REPORTED | 35000 LEVEL APPROXIMATE US Germany COMPLETED | 12000 REDUCTION APPROXIMATE US Germany PROPOSED
            a peak # U.S. forces in Iraq peaked at roughly 170,000 during the 2007 surge. # 170000 LEVEL APPROXIMATE US Iraq REPORTED
            a multiple of an earlier figure # There are about 2,000 U.S. troops in Syria, more than double the 900 it had publicly acknowledged. # 2000 LEVEL APPROXIMATE US Syria REPORTED | 900 LEVEL EXACT US Syria REPORTED
            a bracketed contribution to a host named before # UNIFIL, the U.N. force in southern Lebanon, was expanded after the 2006 war. It fields some 10,000 peacekeepers, with Italy (about 1,000) among the largest contributors. # 10000 LEVEL APPROXIMATE UN Lebanon REPORTED | 1000 LEVEL APPROXIMATE Italy Lebanon REPORTED
            a move to one host from another # The United States would move 1,000 troops to Poland from Germany. # 1000 REDUCTION EXACT US Germany PROPOSED | 1000 INCREASE EXACT US Poland PROPOSED
            troops that will leave a host, under a two-word troop noun # About 75 US special forces soldiers will leave Chad in the coming days. # 75 REDUCTION APPROXIMATE US Chad PROPOSED
            the force a deployment reinforces # Britain said it was reinforcing the roughly 400 UK personnel already deployed in Kosovo. # 400 LEVEL APPROXIMATE UK Kosovo REPORTED
            the remainder of a force # The remainder of the 2,400 French troops still in Mali will return home. # 2400 LEVEL EXACT France Mali REPORTED
            engineers of a named force # The last of Japan's roughly 350 Ground Self-Defense Force engineers returned from South Sudan on Saturday. # 350 REDUCTION APPROXIMATE Japan South Sudan COMPLETED
            police officers are no troops # Some 400 police officers were deployed in Haiti. #
            translated copy: "military" as a noun # The Spanish contingent in southern Lebanon, composed of some 650 military, will be relieved. # 650 LEVEL APPROXIMATE Spain Lebanon REPORTED
            translated copy: officers and soldiers leaving for a host # A Chinese peacekeeping battalion of 700 officers and soldiers left for South Sudan. # 700 INCREASE EXACT China South Sudan COMPLETED
            a headline's abbreviated country # US weighs pulling 4.5k of its 28.5k troops from S. Korea — WSJ # 4500 REDUCTION EXACT US South Korea PROPOSED | 28500 LEVEL EXACT US South Korea REPORTED
            a host named as the force's modifier # US to cut Iraq force to 3,000 from 5,200 this month — CENTCOM chief # 3000 LEVEL EXACT US Iraq PROPOSED | 5200 LEVEL EXACT US Iraq PROPOSED
            translated copy: "military" as a noun, then an elided figure # The United States maintains approximately 35,000 military in Germany and 12,000 in Italy. # 35000 LEVEL APPROXIMATE US Germany REPORTED | 12000 LEVEL APPROXIMATE US Italy REPORTED
            military vehicles are no troops # The 2,000 military vehicles crossed into Syria. #
            the last of a force leaving # The last of the nearly 2,000 Russian peacekeepers deployed to Nagorno-Karabakh under the 2020 ceasefire have left. # 2000 REDUCTION UP_TO Russia Azerbaijan COMPLETED
            the last of a force arriving home # The last of the 2,500 U.S. troops in Afghanistan arrived home on Monday. # 2500 REDUCTION EXACT US Afghanistan COMPLETED
            a relative clause with its own subject, part of it going elsewhere # Trump said some of the 9,500 troops he is pulling out of Germany could be moved to Poland. # 9500 REDUCTION EXACT US Germany REPORTED
            two descriptive words before the troop noun # PYONGYANG (KCNA) -- Over 28 000 U.S. imperialist aggression troops occupying south Korea staged drills. # 28000 LEVEL MORE_THAN US South Korea REPORTED
            hosts first, each # Estonia and Latvia will each receive about 500 more British soldiers. # 500 INCREASE APPROXIMATE UK Estonia PROPOSED | 500 INCREASE APPROXIMATE UK Latvia PROPOSED
            relocation between hosts # The Pentagon plans to shift 2,000 troops from Germany to Italy. # 2000 REDUCTION EXACT US Germany PROPOSED | 2000 INCREASE EXACT US Italy PROPOSED
            relocation in a headline # Pentagon Weighs Moving 4,500 Troops From South Korea To Guam # 4500 REDUCTION EXACT US South Korea PROPOSED | 4500 INCREASE EXACT US Guam PROPOSED
            a move within one host # Most of the 28,500 troops have now moved from Seoul's Yongsan garrison to Camp Humphreys in Pyeongtaek. # 28500 LEVEL EXACT null South Korea REPORTED
            an order to leave # Mali's junta ordered the 2,400 French soldiers stationed there to withdraw. # 2400 REDUCTION EXACT France Mali PROPOSED
            an order of more troops # The Pentagon ordered an extra 2,000 troops to Kuwait. # 2000 INCREASE EXACT US Kuwait PROPOSED
            a range, tagged at its upper bound # Between 1,500 and 2,000 U.S. troops will remain in Iraq. # 2000 LEVEL UP_TO US Iraq REPORTED
            from a peak to a level # The U.S. presence in Iraq has fallen from a peak of 5,200 troops to about 2,500. # 5200 LEVEL EXACT US Iraq COMPLETED | 2500 LEVEL APPROXIMATE US Iraq COMPLETED
            casualties past a coordinated noun # Four American soldiers and two contractors were killed in an attack in Iraq. #
            injuries # Thirty U.S. service members were diagnosed with concussions at a base in Iraq. #
            a number inside a name # Leaders of the Group of Seven met in Italy. #
            an N-strong unit led by a nation # A 1,200-strong German-led NATO battlegroup is deployed in Lithuania. # 1200 LEVEL EXACT NATO Lithuania REPORTED
            a size that will change # The 1,000-member German contingent in Lithuania will grow to 4,800 by 2027. # 1000 LEVEL EXACT Germany Lithuania PROPOSED | 4800 LEVEL EXACT Germany Lithuania PROPOSED
            a ceiling lowered to a figure # The council lowered the Mali mission's troop ceiling to 9,000 soldiers. # 9000 LEVEL UP_TO null Mali COMPLETED
            a lower bound carried across a list # Poland and Romania host over 10,000 and 4,000 American troops respectively. # 10000 LEVEL MORE_THAN US Poland REPORTED | 4000 LEVEL MORE_THAN US Romania REPORTED
            a force named by its EU mission # EUFOR will add 300 soldiers to its force in Bosnia. # 300 INCREASE EXACT EU Bosnia and Herzegovina PROPOSED
            a cap on barrels # A ceasefire deal caps Iraq's crude exports at 400,000 barrels a day. #
            a range without between # Britain will send 800 to 1,000 soldiers to Estonia. # 1000 INCREASE UP_TO UK Estonia PROPOSED
            a hyphenated range # The airfield in Qatar is home to 8,000-10,000 U.S. airmen. # 10000 LEVEL UP_TO US Qatar REPORTED
            the peninsula in a US-forces context # The Pentagon is weighing pulling 2,000 soldiers off the peninsula. # 2000 REDUCTION EXACT US South Korea PROPOSED
            to a figure from another # Britain plans to expand its training mission in Kenya to 1,200 soldiers from 400. # 1200 LEVEL EXACT UK Kenya PROPOSED | 400 LEVEL EXACT UK Kenya PROPOSED
            an N-strong unit that remains # The 4,000-strong brigade remains on alert in Romania. # 4000 LEVEL EXACT null Romania REPORTED
            remains of soldiers # The remains of 12 soldiers were returned from Korea. #
            sent to a war named by its leader # Poland committed 2,500 soldiers to the U.S.-led invasion of Iraq in 2003. # 2500 INCREASE EXACT Poland Iraq COMPLETED
            a unit sized in a relative clause, then withdrawn # The Dutch battalion in Lithuania, which numbers 270 troops, will be withdrawn next year. # 270 REDUCTION EXACT Netherlands Lithuania PROPOSED
            a unit sized in a relative clause, then based # The brigade, which numbers 3,000 soldiers, is based in Latvia. # 3000 LEVEL EXACT null Latvia REPORTED
            a base's country before a wider region in apposition # Al Udeid in Qatar, the largest American air base in the Middle East, hosts about 10,000 U.S. troops. # 10000 LEVEL APPROXIMATE US Qatar REPORTED
            an untold part relocated # The Pentagon will shift 3,000 soldiers out of Italy, with part of the force relocating to Spain. # 3000 REDUCTION EXACT US Italy PROPOSED
            a participle before a modal # About 500 soldiers leaving Italy will go to Spain. # 500 REDUCTION APPROXIMATE null Italy PROPOSED
            a regional bloc's force # About 1,900 SADC soldiers are deployed in Mozambique. # 1900 LEVEL APPROXIMATE SADC Mozambique REPORTED
            sanctions of a list of issuers # The measures restore British, EU and US sanctions on Syria. # IMPOSE Syria UK false | IMPOSE Syria EU false | IMPOSE Syria US false
            a where-clause under a dateline # ROME (ANSA) - Italy is ending its mission in Niger, where it has some 300 soldiers stationed under a bilateral accord. # 300 LEVEL APPROXIMATE Italy Niger REPORTED
            troops a country has deployed with a mission # Spain is pulling out of Lebanon, where it has 650 troops deployed with UNIFIL. # 650 LEVEL EXACT Spain Lebanon REPORTED
            from-to pairs in two conjuncts # Britain plans to reduce its troops in Cyprus from 3,000 to 2,200 and in Germany from about 500 to 300 next year. # 3000 LEVEL EXACT UK Cyprus PROPOSED | 2200 LEVEL EXACT UK Cyprus PROPOSED | 500 LEVEL APPROXIMATE UK Germany PROPOSED | 300 LEVEL EXACT UK Germany PROPOSED
            part of a relocation going to a place # Some 4,000 British troops will leave Germany, with about 1,500 going to Cyprus. # 4000 REDUCTION APPROXIMATE UK Germany PROPOSED | 1500 INCREASE APPROXIMATE UK Cyprus PROPOSED
            an untold part of an approximate whole relocated # Canada will move the bulk of its nearly 2,000 troops in Latvia to Poland. # 2000 LEVEL UP_TO Canada Latvia REPORTED
            forces each to their own host, respectively # France and Italy will each send around 600 troops to Romania and Bulgaria respectively. # 600 INCREASE APPROXIMATE France Romania PROPOSED | 600 INCREASE APPROXIMATE Italy Bulgaria PROPOSED
            sanctions dismissed as a verdict # Tehran dismissed as symbolic new EU sanctions on Iranian drone makers. # IMPOSE Iran EU false
            sanctions restored by a participle past a negated verb # Washington did not extend the waiver, in effect reimposing sanctions on Iraq. # IMPOSE Iraq US false
            sanctions on counted people of a nation, by a speaker's own it # Beijing said it will impose sanctions on six British lawmakers. # IMPOSE United Kingdom China false
            its own sanctions, far from the subject # Canada signed on to the allied measures against Moscow's oligarchs last spring, and is now also expanding its own sanctions on Iran. # TIGHTEN Iran Canada false
            an advance party so far, the full unit due later # Only about 30 staff officers have so far arrived in Tallinn, with the full 3,000-strong British brigade due by 2026. # 30 INCREASE APPROXIMATE UK Estonia COMPLETED | 3000 LEVEL EXACT UK Estonia PROPOSED
            one action asked, another set aside # Tehran wants sanctions eased, not lifted outright. # EASE Iran null false | LIFT Iran null true
            sanctions on anyone who helps a named country # The EU threatened sanctions against any firm that supplies Iran with drone parts. #
            sanctions restored # The UN snapback restored sanctions on Iran. # IMPOSE Iran UN false
            sanctions not joined # Hungary refused to back new EU sanctions against Russia. # IMPOSE Russia EU true
            sanctions a vetoed text would have imposed # China vetoed a resolution that would have tightened sanctions on North Korea. # TIGHTEN North Korea null true
            sanctions among consequences # The U.S. warned of consequences, including sanctions, if Turkey buys more Russian weapons. # THREATEN Turkey US false
            sanctions of a sports body # The International Olympic Committee imposed sanctions on the national Olympic committee. #
            a sports body beside a country's sanctions # UEFA banned Russian clubs as the EU imposed sanctions on Russia. # IMPOSE Russia EU false
            a demanded lifting # Moscow demanded the lifting of Western sanctions on its grain exports. # LIFT Russia null false
            sanctions on entities in two countries # The Treasury imposed sanctions on 15 firms in Russia and Belarus. # IMPOSE Russia US false | IMPOSE Belarus US false
            an N-strong unit in a plan to shrink it # Berlin denied any plan to trim the roughly 3,000-strong German brigade in Lithuania. # 3000 LEVEL APPROXIMATE Germany Lithuania REPORTED
            a known unit deployed earlier that stays # The 700 Dutch soldiers deployed to Lithuania last year will stay on until 2026, the ministry said. # 700 LEVEL EXACT Netherlands Lithuania REPORTED
            troops a force is ready to put somewhere # Paris is ready to put up to 1,000 soldiers on the ground in Gabon. # 1000 INCREASE UP_TO France Gabon PROPOSED
            a figure put at a number # Officials had put the garrison at 2,000 soldiers, though the true number in Syria is higher. # 2000 LEVEL EXACT null Syria REPORTED
            forces first, one host after the figures # Spain and Portugal will send 150 and 90 troops respectively to the EU mission in Somalia. # 150 INCREASE EXACT Spain Somalia PROPOSED | 90 INCREASE EXACT Portugal Somalia PROPOSED
            a level reached by a participle after a past move # Italy added 300 soldiers to its contingent in Lebanon in March, boosting its force there to 1,100. # 300 INCREASE EXACT Italy Lebanon COMPLETED | 1100 LEVEL EXACT Italy Lebanon COMPLETED
            taken out of one host to reinforce another # Moscow moved some 800 soldiers out of Armenia to bolster its units in Ukraine. # 800 REDUCTION APPROXIMATE Russia Armenia COMPLETED | 800 INCREASE APPROXIMATE Russia Ukraine COMPLETED
            units in one region counted together # U.S. units in the Middle East together total more than 40,000 troops. # 40000 LEVEL MORE_THAN US Middle East REPORTED
            a region naming the unit a headline grows # Pentagon to expand its Persian Gulf garrison by 2,000 troops # 2000 INCREASE EXACT US Persian Gulf PROPOSED
            a report rejected in a participle # Oslo stood firm, rejecting claims that 400 Norwegian soldiers would leave Lithuania. # 400 REDUCTION EXACT Norway Lithuania DENIED
            sanctions in a participle after the action # Washington moved to ease curbs on Venezuelan crude, opening gaps in its sanctions program. # EASE Venezuela US false
            a figure before 'troop level' # Tokyo expects the 54,000 American troop level in Japan to hold. # 54000 LEVEL EXACT US Japan REPORTED
            a bare figure before a cut, troops named before # The US troop level in Japan will not change, and talk of 5,000 reduction is false # 5000 REDUCTION EXACT US Japan DENIED
            sanctions kept while others are eased # Washington eased sanctions on Venezuela's oil sector while keeping those on its officials. # EASE Venezuela US false | MAINTAIN Venezuela US false
            a running tally after a casualty figure # Ukraine's General Staff claims 1,250 Russian soldiers were killed in the past 24 hours, bringing its running tally above 160,000. #
            claimed losses brought to a hedged total # Russian forces lost 1,140 soldiers killed or wounded over the past day, bringing Moscow's claimed losses since February 2022 to more than 770,000. #
            a troop ceiling beside a police ceiling # The council renewed the UN Mission in South Sudan, keeping its troop ceiling at 17,000 and its police component at up to 2,101 personnel. # 17000 LEVEL UP_TO UN South Sudan REPORTED
            countries and personnel carriers are no troops # UNIFIL's more than 10,000 peacekeepers from 50 troop-contributing countries will stay in Lebanon, with 90 armoured personnel carriers. # 10000 LEVEL MORE_THAN UN Lebanon REPORTED
            a figure beside a nationality shares the next noun # Some 6,000 American and 2,000 Australian troops joined Talisman Sabre this week. # 6000 LEVEL APPROXIMATE US Australia REPORTED
            an exercise named as the host # About 1,200 U.S. soldiers will take part in Cobra Gold next month. # 1200 LEVEL APPROXIMATE US Thailand REPORTED
            troops stationed in one place begin moving to another # About 2,000 U.S. Marines stationed in Okinawa have begun to move to Guam. # 2000 REDUCTION APPROXIMATE US Japan COMPLETED | 2000 INCREASE APPROXIMATE US Guam COMPLETED
            the territory named before as where they go # Marines began relocating from Okinawa to Guam this week, the vanguard of a plan to shift roughly 5,000 of them to the U.S. territory. # 5000 INCREASE APPROXIMATE null Guam PROPOSED | 5000 REDUCTION APPROXIMATE null Japan PROPOSED
            a whole that is itself to leave # Washington plans to transfer 3,000 of the 12,000 Marines slated to leave Okinawa. # 3000 REDUCTION EXACT US Japan PROPOSED | 12000 REDUCTION EXACT US Japan PROPOSED
            troops to move elsewhere # Roughly 9,000 U.S. Marines on Okinawa are to move elsewhere. # 9000 REDUCTION APPROXIMATE US Japan PROPOSED
            a count of troops sent, inverted # Officials said the new orders bring to about 9,000 the number of additional U.S. troops sent to Kuwait since June. # 9000 INCREASE APPROXIMATE US Kuwait COMPLETED
            the region around an article's Gulf host # The Pentagon is sending 1,500 more troops to Qatar. That brings to about 12,000 the number of U.S. forces sent to the region this year. # 1500 INCREASE EXACT US Qatar REPORTED | 12000 INCREASE APPROXIMATE US Middle East COMPLETED
            an N-strong unit with a compound adjective # Paris ended its 3,000-strong counter-insurgency force in Mali. # 3000 LEVEL EXACT France Mali REPORTED
            a spanning region as an adjective, the territory named after # The U.S. keeps about 200 airmen at the remote Arctic station in northern Greenland. # 200 LEVEL APPROXIMATE US Greenland REPORTED
            a territory's dateline # HAGATNA, Guam — About 1,500 U.S. Marines are now stationed at the new camp. # 1500 LEVEL APPROXIMATE US Guam REPORTED
            bare figures that serve with units of a fronted whole # Of the roughly 20,000 U.S. troops in Japan, about 12,000 belong to the Marine Corps, while some 6,000 serve with the Air Force. # 20000 LEVEL APPROXIMATE US Japan REPORTED | 12000 LEVEL APPROXIMATE US Japan REPORTED | 6000 LEVEL APPROXIMATE US Japan REPORTED
            deminers and military builders # Pyongyang will send 2,000 sappers and 4,000 military builders to Russia. # 2000 INCREASE EXACT North Korea Russia PROPOSED | 4000 INCREASE EXACT North Korea Russia PROPOSED
            casualties listed in a dashed aside # Five Italian soldiers — 3 paratroopers, a medic and an engineer — were wounded near Herat. #
            a number that names a base # About 300 airmen remain at Air Base 101 in Niamey. # 300 LEVEL APPROXIMATE null Niger REPORTED
            officers under sanctions # Washington imposed sanctions on the army chief and three senior officers of Myanmar's military. # IMPOSE Myanmar US false
            a part of what a vote would expel # Kabul's assembly voted to expel all foreign troops, including roughly 8,000 NATO soldiers. # 8000 REDUCTION APPROXIMATE NATO Afghanistan PROPOSED
            a part of a level that grew # The force in Djibouti has grown to about 4,000 troops, including some 1,500 Marines. # 4000 LEVEL APPROXIMATE null Djibouti COMPLETED | 1500 LEVEL APPROXIMATE null Djibouti REPORTED
            troops being deployed # Some 600 Dutch troops are being deployed to Lithuania. # 600 INCREASE APPROXIMATE Netherlands Lithuania REPORTED
            a national contingent of a UN mission # The Dutch army wound up its part in the UN mission in Mali. The last of its 250 soldiers flew home on Monday. # 250 REDUCTION EXACT Netherlands Mali COMPLETED
            an adjective's contingent of a mission force # All 300 soldiers of the Irish peacekeeping contingent to Lebanon received UN medals. # 300 LEVEL EXACT Ireland Lebanon REPORTED
            a bare figure far after its noun shares the verb # London will send about 900 soldiers from the 3rd Division at Bulford, Wiltshire, to Estonia and 200 to Latvia. # 900 INCREASE APPROXIMATE UK Estonia PROPOSED | 200 INCREASE APPROXIMATE UK Latvia PROPOSED
            troops already in one host shifted to another # The Army will shift a battalion of about 800 soldiers already in Italy to Hungary. # 800 REDUCTION APPROXIMATE null Italy PROPOSED | 800 INCREASE APPROXIMATE null Hungary PROPOSED
            a force named only to be excluded # NATO will pull its 3,000 non-U.S. troops out of Iraq. # 3000 REDUCTION EXACT NATO Iraq PROPOSED
            a change in a subject relative clause # The new brigade will join some 1,200 Marines who deployed to Australia in April. # 1200 INCREASE APPROXIMATE null Australia COMPLETED
            a unit's size in a dashed aside, then its move # The U.S. armored brigade in Grafenwoehr — about 3,800 soldiers — will return home. # 3800 REDUCTION APPROXIMATE US Germany PROPOSED
            a move inside an opening condition # Should the Marine regiment on Okinawa — some 2,000 troops — be withdrawn, the island garrison would shrink. # 2000 REDUCTION APPROXIMATE null Japan PROPOSED
            a footprint's size in an aside that grew # America's presence in the Gulf — roughly 35,000 troops — has grown since June. # 35000 LEVEL APPROXIMATE US Persian Gulf REPORTED
            each side at a shared line, the nations named after # Each side keeps roughly 40,000 soldiers along the Line of Actual Control, though Indian and Chinese commanders met again. # 40000 LEVEL APPROXIMATE India India-China border REPORTED | 40000 LEVEL APPROXIMATE China China-India border REPORTED
            a summit's city after the meeting noun # NATO leaders met at the 2002 summit in Prague; today some 4,000 KFOR troops remain in Kosovo. # 4000 LEVEL APPROXIMATE NATO Kosovo REPORTED
            a figure at the height of a surge # At the peak of the 2007 surge, about 170,000 U.S. troops were in Iraq. # 170000 LEVEL APPROXIMATE US Iraq REPORTED
            a later total of the same move takes its destination # Pyongyang has sent some 2,000 troops to Russia's Kursk region and is expected to send a total of 10,000 troops, officials in Seoul said. # 2000 INCREASE APPROXIMATE North Korea Russia COMPLETED | 10000 INCREASE EXACT North Korea Russia PROPOSED
            a contingent composed of its size # The Italian contingent based in Lebanon, made up of about 1,100 soldiers, rotated its command. # 1100 LEVEL APPROXIMATE Italy Lebanon REPORTED
            a unit made up of troops that moves # A battlegroup made up of 1,000 soldiers will deploy to Romania. # 1000 INCREASE EXACT null Romania PROPOSED
            an added figure with a participle # Pyongyang sent about 2,000 more soldiers to Russia in March, on top of some 12,000 dispatched last autumn. # 2000 INCREASE APPROXIMATE North Korea Russia COMPLETED | 12000 INCREASE APPROXIMATE North Korea Russia COMPLETED
            a neighbour's initials before border # Canada will send 500 troops to the U.S. border. # 500 INCREASE EXACT Canada Canada-United States border PROPOSED
            an operation's host beside its home dateline # PARIS (AFP) — Operation Serval began in January 2013 and grew into a 4,000-man force. # 4000 LEVEL EXACT France Mali COMPLETED
            a participle aside before the verb # About 600 Dutch soldiers, supported by Leopard tanks, were sent to Lithuania. # 600 INCREASE APPROXIMATE Netherlands Lithuania COMPLETED
            a starting level given as now # Sweden will double its force in Finland to 1,200 soldiers from about 600 now. # 1200 LEVEL EXACT Sweden Finland PROPOSED | 600 LEVEL APPROXIMATE Sweden Finland REPORTED
            a total spread over four hosts, then each # Some 800 U.S. soldiers were sent to Romania, Bulgaria, Hungary and Slovakia, with about 200 soldiers arriving in each of the four countries. # 200 INCREASE APPROXIMATE US Romania REPORTED | 200 INCREASE APPROXIMATE US Bulgaria REPORTED | 200 INCREASE APPROXIMATE US Hungary REPORTED | 200 INCREASE APPROXIMATE US Slovakia REPORTED
            a tilde as a hedge # BREAKING: Pentagon weighing sending ~2.5k more troops to Poland. # 2500 INCREASE APPROXIMATE US Poland PROPOSED
            an N-man ceiling # The new mandate sets a 900-man ceiling for the Irish contingent in Lebanon. # 900 LEVEL UP_TO Ireland Lebanon REPORTED
            a nation's contingent within a UN mission # The Spanish contingent of the UN mission in Lebanon, which counts about 650 soldiers, is safe. # 650 LEVEL APPROXIMATE Spain Lebanon REPORTED
            troops sent despite sanctions # Despite the sanctions, Moscow sent 15 military advisers to Caracas. # 15 INCREASE EXACT Russia Venezuela COMPLETED | MENTION Russia null false
            a spread deployment leaves no untold tag # The U.S. deployed 2,000 troops to Poland, Estonia, Latvia and Lithuania. #
            """)
    void shouldTagThePatternInAnUnseenPhrasing(String pattern, String text, String expected) {
        List<Tag> tags = tagger.tag(text, LocalDate.of(2024, 1, 1));
        List<String> got = tags.stream().map(PhrasingPatternsTest::describe).toList();
        assertEquals(expected == null ? "" : expected.strip(), String.join(" | ", got), pattern + ": " + text);
    }

    static String describe(Tag tag) {
        if (tag instanceof TroopTag t) {
            return t.quantity() + " " + t.kind() + " " + t.qualifier() + " " + t.force() + " " + t.location() + " "
                    + t.stance();
        }
        SanctionTag s = (SanctionTag) tag;
        return s.action() + " " + s.target() + " " + s.issuer() + " " + s.negated();
    }
}
