package io.newswatch.processor.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Families of sanctions phrasing that independently written news uses, each in a phrasing of its own
 * that is in none of the labelled sets: the tags are written "action target issuer negated", joined by " | "
 * (as {@link PhrasingPatternsTest} describes them).
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
            the EU's term for its sanctions # The Council adopted restrictive measures against Iran. # IMPOSE Iran EU false
            a pronoun subject standing for the issuer before # The United States accused Iran of plotting attacks. It also imposed sanctions on five Iranian officials. # IMPOSE Iran US false
            the issuer in a with-clause participle # The Caesar Act sanctions took effect, with Washington designating 20 Syrian officials. # IMPOSE Syria US false
            a movement standing for its country # The Security Council voted to keep its sanctions on the Taliban in place. # MAINTAIN Afghanistan UN false
            the issuer as subject of an object relative # The sanctions Tokyo imposed on Pyongyang in 2006 remain in effect. # MAINTAIN North Korea Japan false
            a speaker's own it past a weekday # Canada said Friday it would impose sanctions on four Iranian generals. # IMPOSE Iran Canada false
            further measures threatened after sanctions # Britain imposed sanctions on two Syrian ministers, threatening further measures if the shelling continued. # IMPOSE Syria UK false | THREATEN Syria UK false
            a resulting tightening after a mention # Ottawa will not extend the exemption that let refiners buy Russian crude without facing Canadian sanctions, tightening the squeeze on Moscow. # TIGHTEN Russia Canada false
            listed firms of another nation # Ottawa widened its sanctions on Russia, listing 30 officials, including four Iranian firms. # TIGHTEN Russia Canada false | TIGHTEN Iran Canada false
            a participle after against describes the listed # The UN renewed the embargo on Libya and targeted sanctions against listed militia leaders. # MAINTAIN Libya UN false
            it standing for the step just named # Kyiv imposed sanctions on Belarusian officials. Minsk called the step illegal and demanded that Kyiv revoke it. # IMPOSE Belarus Ukraine false
            a denial denied by not excluding # London has not excluded new sanctions on Russia. # THREATEN Russia UK false
            a grievance several words after over # Turkey faced threats of US sanctions over its purchase of Russian missiles. # THREATEN Turkey US false
            sanctions weighed # Washington is weighing sanctions on Turkey over the pipeline. # IMPOSE Turkey US false
            sanctions phased out # The EU will phase out sanctions on Kosovo. # LIFT Kosovo EU false
            another's sanctions adopted # Japan will align with the EU's new sanctions on Russia. # IMPOSE Russia Japan false
            compliance with new sanctions # Japan must comply with the new UN sanctions on North Korea. # MENTION North Korea UN false
            a watchdog's monitoring of enforcement # Inspectors who monitored enforcement of EU sanctions on Syria issued a report. # MENTION Syria EU false
            the victim of an annexation is no target # The EU extended the sanctions it imposed on Moscow after the annexation of Crimea. # MAINTAIN Russia EU false
            sanctions as retaliation # Beijing retaliated with sanctions on US defence firms. # IMPOSE United States China false
            a titled speaker after a quote # "We will not ease sanctions on Belarus yet," EU foreign policy chief Josep Borrell told reporters. # EASE Belarus EU true
            a refusal that stops short # Washington stopped short of imposing sanctions on Riyadh. # IMPOSE Saudi Arabia US true
            new sanctions held off # The EU held off on new sanctions against Israel. # IMPOSE Israel EU true
            relief left to lapse # Washington let a waiver easing sanctions on Iraq lapse. # IMPOSE Iraq US false
            measures kept beside sanctions ruled out # The EU will not impose new sanctions on Syria's government, but measures against former regime officials will stay in place. # IMPOSE Syria EU true | MAINTAIN Syria EU false
            a grievance's owner and those the freezes name # Canada imposed sanctions over Russia's war, freezing the assets of Iranian drone makers. # IMPOSE Russia Canada false | IMPOSE Iran Canada false
            a relative clause's verb describes, the main verb is the news # The sanctions on Iran that Washington lifted in 2016 were reimposed in 2018. # IMPOSE Iran US false
            a parenthetical participle describes # The embargo on arms sales to China, imposed after Tiananmen, remains in force. # MAINTAIN China null false
            issuers sanctioning jointly, one tag each # Washington and Ottawa jointly sanctioned three Iranian shipping firms. # IMPOSE Iran Canada false | IMPOSE Iran US false
            issuers each imposing, one tag each # Britain, Canada and the EU each imposed sanctions on Belarus. # IMPOSE Belarus UK false | IMPOSE Belarus EU false | IMPOSE Belarus Canada false
            coordinated sanctions announced together are one # Britain and Canada announced coordinated sanctions against Belarus. # IMPOSE Belarus UK false
            the bloc stands for the EU # The bloc's ministers agreed to widen sanctions on Iran. # TIGHTEN Iran EU false
            a modal action on a condition is a threat # Brussels said it would slap new sanctions on Serbia if Belgrade kept blocking the talks. # THREATEN Serbia EU false
            readiness on a condition is a threat # The bloc stands ready to impose sanctions on Azerbaijan unless the blockade ends. # THREATEN Azerbaijan EU false
            a threat word far before sanctions on a condition # Trump threatened Venezuela with steep tariffs and fresh sanctions on its gold sector if Caracas refused to take back migrants. # THREATEN Venezuela US false
            sanctions coming back into force # The EU sanctions on Iraq came back into force on Monday. # IMPOSE Iraq EU false
            the measures a participle describes take the target it names # Canada lifted most sanctions on Libya, and also relaxed some of the restrictions imposed on Sudan. # LIFT Libya Canada false | EASE Sudan Canada false
            penalties kept in place after a lifting # London scrapped its trade sanctions on Syria, while keeping in place penalties against Assad-era officials. # LIFT Syria UK false | MAINTAIN Syria UK false
            curbs reimposed beside an easing # Treasury eased sanctions on Belarus potash, even as Washington reimposed broad curbs on Minsk. # EASE Belarus US false | IMPOSE Belarus US false
            disciplinary sanctions are no country's # A Polish officer faces disciplinary sanctions after a training accident. #
            a relief not renewed tightens # Washington will not renew the licence that let Chevron pump oil, part of its sanctions drive on Caracas. # TIGHTEN Venezuela US false
            sanctions on them, the firms of a nation # China's foreign ministry put 12 American defence firms on a control list and imposed sanctions on them. # IMPOSE United States China false
            a scrapping is no denial # Canada scrapped its sanctions on Syria. # LIFT Syria Canada false
            curbs reimposed in the present tense # Treasury relaxed some sanctions on Iran for Iraqi power imports, even as Washington reimposes tough curbs on Tehran. # EASE Iran US false | IMPOSE Iran US false
            the bloc with its member count # The 27-member bloc agreed new sanctions against Iran on Monday. # IMPOSE Iran EU false
            a ruler's regime stands for the country # Canada imposed sanctions against officials of the Ortega regime. # IMPOSE Nicaragua Canada false
            a concession is no condition # Washington will impose sanctions on Iran's shipping lines on Friday, even if Europe objects. # IMPOSE Iran US false
            sanctions in a relative clause on a leader # Putin, whose economy has weathered sweeping Western sanctions over the war, met Kim on Wednesday. # MENTION Russia null false
            curbs on no one named are no sanctions # Sanctions have hit Russia hard, and the Kremlin has imposed curbs on capital flows. # MENTION Russia null false
            a hedged action on a condition is a threat # The EU could impose sanctions on Georgia if the crackdown goes on. # THREATEN Georgia EU false
            a clause of its own after the sanctions # The EU exempted Serbia from part of its sanctions on Russia as Brussels reimposes broad curbs on Moscow. # EASE Russia EU false | IMPOSE Russia EU false
            sanctions back again in prospect # The won slid as the prospect of renewed UN sanctions on North Korea grew. # THREATEN North Korea UN false
            a political opposition is no negation # Belarus's opposition urged Brussels to keep its sanctions on Minsk in place. # MAINTAIN Belarus EU false
            a court annulment lifts # The EU General Court annulled sanctions against a Syrian businessman. # LIFT Syria EU false
            the follower is the issuer # Australia followed Britain in sanctioning Iranian drone makers. # IMPOSE Iran Australia false
            a vow on a condition is a threat # Washington vowed to slap heavy sanctions on Venezuela if Caracas blocks the vote. # THREATEN Venezuela US false
            do this or face sanctions # Brussels told Minsk to free the detained journalists or face fresh sanctions. # THREATEN Belarus EU false
            sanctions in an adjunct carry out a far verb # Britain listed Iran's two biggest shipping lines, IRISL and its tanker arm, in its widest sanctions so far. # IMPOSE Iran UK false
            a sanctions word repeated untargeted is the same # UN sanctions on Libya were reimposed on Friday, restoring an arms embargo lifted in 2011. # IMPOSE Libya UN false
            a watchdog's monitoring is no action # Moscow blocked a plan to renew the inspectors tracking sanctions on Iran. # MENTION Iran null false
            weighing sanctions until the target yields # Washington is mulling tough sanctions on Caracas until the vote is held. # THREATEN Venezuela US false
            a negated hesitation affirms a threat # Ottawa said it would not hesitate to impose sanctions on Belarus if the crackdown went on. # THREATEN Belarus Canada false
            the verb on a counted nationality # Beijing said it will sanction three Canadian lawmakers. # IMPOSE Canada China false
            the imposer is no target, the conditioned one is # Iran will impose sanctions on Northrop Grumman if Washington sends the jets to Israel. # THREATEN United States Iran false
            a ministry's own country imposes # Belarus's foreign ministry said it was imposing sanctions on eight senior Polish judges and officials. # IMPOSE Poland Belarus false
            the nation of people after a long object # London sanctioned the defence minister, two deputies and several senior Iranian commanders. # IMPOSE Iran UK false
            the violator is the one bound # Tehran's shipment of drones to Moscow breaches UN sanctions, Kyiv said. # MENTION Iran UN false
            an appositive renames the embargo # The EU lifted its arms embargo on Belarus, a sanctions measure first adopted in 2011. # LIFT Belarus EU false
            a statute named with no action # Washington sanctioned Ankara on Monday. It was the first use of the sanctions act against an ally of Turkey. # IMPOSE Turkey US false
            counter-sanctions on the first issuer # Australia imposed sanctions on six Russian generals. Moscow retaliated on Friday with sanctions on a senator and two think tanks. # IMPOSE Russia Australia false | IMPOSE Australia Russia false
            bare measures done after a sanctions sentence, then a pronoun # Seoul renewed its sanctions on Pyongyang. Seoul first adopted such penalties in 2010, banning North Korean vessels from its waters, and widened them in 2016. # MAINTAIN North Korea South Korea false | IMPOSE North Korea South Korea false | TIGHTEN North Korea South Korea false
            relief to be undone on a condition # Brussels suspended some sanctions on Minsk for three months. Diplomats cautioned that the relief would be revoked if prisoners were not freed. # EASE Belarus EU false | THREATEN Belarus EU false
            the one needing relief is under the sanctions # Tehran, awash in Chinese oil money, has little need for sanctions relief now. # EASE Iran null false
            a headline's present-tense verb # JUST IN: CANADA SANCTIONS 12 IRANIAN JUDGES # IMPOSE Iran Canada false
            a noun with a relative clause is no verb # The Canadian sanctions Iran faces are mostly symbolic. # MENTION Iran Canada false
            counter-sanctions named as such # Moscow said it would impose counter-sanctions on eight Estonian officials. # IMPOSE Estonia Russia false
            the verb's object named by office # Tehran sanctioned former British Foreign Secretary Dominic Raab and 14 other officials. # IMPOSE United Kingdom Iran false
            firms added to a sanctions list # Ottawa on Monday added 14 Belarusian firms to its sanctions list over the war in Ukraine. # IMPOSE Belarus Canada false
            a regional bloc's leaders by their region # West African leaders agreed to impose sanctions on Guinea's junta. # IMPOSE Guinea ECOWAS false
            a statute naming its target stays a mention # The Iran sanctions act lapsed in the Senate. # MENTION Iran null false
            an aside with an adverb describes the sanctions # Canada's sanctions on Iran, originally imposed in 2012, were widened on Monday. # TIGHTEN Iran Canada false
            bare sanctions not ruled out # Tokyo will not rule out sanctions on Chinese drone makers. # THREATEN China Japan false
            an aside between a lifting verb and its object # Brussels is ending, from Monday onwards, the sanctions placed on Belarus. # LIFT Belarus EU false
            an aside of dates between a renewal and its object # Ottawa renewed for one more year, until March 2027, the sanctions on Iran. # MAINTAIN Iran Canada false
            more counting years is no tightening # Seoul decided to prolong by three more years its own sanctions against North Korea. # MAINTAIN North Korea South Korea false
            a nominal reimposition rejected by its target # Havana condemned the reimposition of American sanctions on its tourism sector. # IMPOSE Cuba US false
            a compound approving a mission # An EU-sanctioned training mission in Mali resumed its work on Monday. # 
            coordinated sanction nouns share one predicate # The British embargo and sanctions against Syria will remain in place. # MAINTAIN Syria UK false
            an amount inside the grievance after over # London warned Ankara it could face sanctions over its $2.5 billion purchase of Russian missiles. # THREATEN Turkey UK false
            a stance on unilateral sanctions in principle # Moscow firmly opposes unilateral sanctions that bypass the Security Council. # 
            unilateral sanctions opposed with a target named # Moscow opposes unilateral sanctions on Caracas. # MENTION Venezuela null false
            both parties to the punished dealings # Tokyo slapped sanctions on three firms involved in oil trade between Iran and Syria. # IMPOSE Iran Japan false | IMPOSE Syria Japan false
            more sanctions before a time stays a tightening # London will impose more sanctions next month on Iran. # TIGHTEN Iran UK false
            an untargeted renaming of the same sanctions # Tokyo on Monday slapped sanctions on four Russian banks, its third set of unilateral sanctions this year. # IMPOSE Russia Japan false
            the agent of another participle imposes nothing # Washington threatened tariffs and sanctions on goods made by Venezuela if the talks fail. # THREATEN Venezuela US false
            a headline verb on a qualified count # Canada sanctions at least 12 Belarusian judges over crackdown # IMPOSE Belarus Canada false
            the subject of a modal facing is the target # Ottawa warned that Caracas could face targeted sanctions if the election is rigged. # THREATEN Venezuela Canada false
            the object threatened with sanctions is the target # The EU threatened Minsk with sanctions unless Polish journalists were released. # THREATEN Belarus EU false
            new ones after sanctions named # Britain will lift some sanctions on Syria and impose new ones on militia leaders. # LIFT Syria UK false | IMPOSE Syria UK false
            they as subject of a passive action # Japan reimposed sanctions on Iran on Friday, three years after they were eased. # IMPOSE Iran Japan false | EASE Iran Japan false
            a relief from sanctions ended # Washington is ending a waiver from sanctions on Venezuela. # TIGHTEN Venezuela US false
            the verb sanctioning after a distant clause # Citing Moscow's refusal to end the blockade, London is sanctioning four Russian shipping firms. # IMPOSE Russia UK false
            the same act restated in a quote # Canada on Monday sanctioned eight Iranian officials. "Canada is sanctioning Iran's enforcers," the minister said. # IMPOSE Iran Canada false
            a comparative adjective is no tightening and Western names no issuer # Havana became more dependent on tourism as Western sanctions squeezed Cuba. # MENTION Cuba null false
            a state after the noun under an infinitive of no action # Ottawa tightened sanctions on Belarus to match the sanctions already in force against Russia. # TIGHTEN Belarus Canada false | MENTION Russia Canada false
            obeying sanctions, then a threat after the condition # If Ankara does not respect the EU sanctions on Moscow, Brussels will impose sanctions on Turkish banks. # MENTION Russia EU false | THREATEN Turkey EU false
            a seat of a firm serving another's program, and a head's nationality is no issuer # London lifted sanctions on a Dubai-based shipping firm behind Iran's oil exports and its Indian chief executive. # LIFT Iran UK false
            the cause's owner beside nationals included among the sanctioned # Ottawa sanctioned 60 people and firms, including nine Turkish companies, over their help for Russia's military. # IMPOSE Russia Canada false | IMPOSE Turkey Canada false
            firms named by name, their nation restated later # Tehran will sanction Northrop Grumman and Boeing because of their arms deliveries, in its latest step against U.S. arms firms. # IMPOSE United States Iran false
            sanctions in an appositive rename the clause's act # New Zealand imposed travel bans on 100 Russian officials, its first sanctions under a new law. # IMPOSE Russia New Zealand false
            a verdict on the sanctions is no denial # The Kremlin dismissed the new British sanctions as pointless. # IMPOSE Russia UK false
            a second object with verb and noun left out # Canada imposed sanctions on Belarus over the forced landing, and on Iran over its crackdown on protesters. # IMPOSE Belarus Canada false | IMPOSE Iran Canada false
            a pledge on a condition is a threat # London pledged to make Tehran pay dearly with sanctions if it enriches uranium to weapons grade. # THREATEN Iran UK false
            the one following another issuer imposes # Norway is expected to follow the EU and impose sanctions on Belarusian officials. # IMPOSE Belarus Norway false
            the one joining a coordinated pair imposes # Australia joined Canada and New Zealand in imposing sanctions on Iran's morality police. # IMPOSE Iran Australia false
            a date after until between a renewal and its object # Ottawa on Friday extended until June 2027 its sanctions on Belarusian judges. # MAINTAIN Belarus Canada false
            the one refusing to join another issuer # Seoul said it would not join Washington in easing sanctions on Pyongyang. # EASE North Korea South Korea true
            nationals of two nations in one object # London sanctioned three Syrian generals and an Emirati shipping company for smuggling fuel. # IMPOSE Syria UK false | IMPOSE United Arab Emirates UK false
            a premature judgement rules the infinitive out # Berlin said it was premature for the foreign ministers of the bloc to begin a debate on easing sanctions on Belarus. # EASE Belarus EU true
            an extension in scope tightens # Canberra extended its sanctions on Myanmar to cover jet fuel suppliers. # TIGHTEN Myanmar Australia false
            an extension in time keeps # Canberra extended its sanctions on Myanmar to the end of 2027. # MAINTAIN Myanmar Australia false
            a freeze carried out as part of sanctions imposes them # Ottawa has frozen the accounts of two Belarusian state banks as part of sweeping sanctions. # IMPOSE Belarus Canada false
            a counter-measure's owner issues it # Beijing's countersanctions on Lithuanian lawmakers took effect on Friday. # IMPOSE Lithuania China false
            the one urging other nations issues nothing # Kyiv urged its partners to impose sanctions on Iran's drone makers. # IMPOSE Iran null false
            a participle clause takes the sentence's opening actor # The Trudeau government said Monday it would let a permit for Iranian crude shipments lapse, reinstating sanctions that it had suspended in the spring. # IMPOSE Iran Canada false
            a refraining rules the act out # Tokyo has so far refrained from sanctioning Indian refiners. # IMPOSE India Japan true
            a headline verb after a country and its agency # UK Foreign Office sanctions Iranian judges, Turkish refinery # IMPOSE Iran UK false | IMPOSE Turkey UK false
            an exempting participle eases # Tokyo issued a permit exempting Iranian gas deliveries from its sanctions until March. # EASE Iran Japan false
            a first-person action is the speaker's side # Chancellor Friedrich Merz said that unless Tehran heeds the UN resolutions on its nuclear programme, "we will slap further sanctions on the regime." # THREATEN Iran Germany false
            the warner issues the threatened sanctions # Macron warned Putin that Moscow could face fresh sanctions if the talks collapsed. # THREATEN Russia France false
            a participle clause shares the sentence's issuer # The Treasury Department on Tuesday lifted sanctions on a Venezuelan state oil firm and the three tankers it had chartered last year, while imposing sanctions on four Iranian oil brokers. # LIFT Venezuela US false | IMPOSE Iran US false
            a new round restating an earlier act # Washington imposed sanctions on Cuba in April. In July, Washington imposed fresh sanctions on Cuba. # IMPOSE Cuba US false | IMPOSE Cuba US false
            """)
    void shouldTagTheSanctionPhrasing(String family, String text, String expected) {
        String got = tagger.tag(text, LocalDate.of(2024, 1, 1)).stream()
                .map(PhrasingPatternsTest::describe)
                .collect(Collectors.joining(" | "));
        assertEquals(expected == null ? "" : expected.strip(), got, family + ": " + text);
    }
}
