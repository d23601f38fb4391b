import Foundation
import Testing
import GazzettaAnnotator
import GazzettaModel
import GazzettaTestSupport
import GazzettaText

/// Names the lexicon has never seen, found by evidence, on sentences written for these tests; every span is
/// checked by slicing.
@Suite struct DiscoveryTests {
    /// `text` annotated, with each mention checked against its slice, as (text, entity, role) triples.
    private func found(_ text: String, _ language: Language, discovery: Bool = true) throws -> [Mention] {
        let document = try ShippedAnnotation.annotate(text, language, discovery: discovery)
        #expect(ShippedAnnotation.problems(in: document) == [])
        return document.mentions
    }

    private func mention(_ mentions: [Mention], _ text: String) -> Mention? { mentions.first { $0.text == text } }

    @Test func aFirstNameMakesAPersonEvenOfACity() throws {
        let mentions = try found("Maurizio Mosca, giornalista sportivo, ha commentato la partita. Mosca ha poi taciuto.", .italian)
        let person = try #require(mention(mentions, "Maurizio Mosca"))
        #expect(person.entity == "new:person:maurizio-mosca" && person.type == .actor && person.role == .name)
        #expect(person.notes == [.notInLexicon, .evidence(.firstName)])
        #expect(person.alternatives.map(\.entity) == ["city:moscow"] && person.alternatives.first?.reason == .insideUnknownName)
        #expect(person.confidence != nil && person.refersTo == nil)
        #expect(!mentions.contains { $0.refersTo == "gov:RU" && $0.start == person.start })
    }

    @Test func aNameInAppositionAfterATitleAndItsBodyIsAPerson() throws {
        let english = try found("A spokesman for the Ministry of Finance of Ethiopia, Yohannes Tekle, said the fees would stay. "
            + "The talks at the Doraleh terminal went on; open a GNOME terminal or a System V terminal.", .english)
        #expect(mention(english, "Ministry of Finance of Ethiopia")?.entity == "new:org:ministry-of-finance-of-ethiopia")
        #expect(mention(english, "Yohannes Tekle")?.entity == "new:person:yohannes-tekle")
        // A port's terminal is a place; software's is not.
        #expect(mention(english, "Doraleh terminal")?.entity == "new:place:doraleh-terminal")
        #expect(!english.contains { $0.text.contains("GNOME") || $0.text.contains("System") })
        // Without the closing comma the capitalised words are no apposition.
        let open = try found("A spokesman for the Ministry of Finance of Ethiopia, Yohannes Tekle and others said so.", .english)
        #expect(mention(open, "Yohannes Tekle") == nil)
    }

    @Test func accentedFirstNamesAreEvidenceToo() throws {
        // The first-name list once lost every accented name to a wrong encoding: these three were not in it.
        let mentions = try found("Ieri Inês Tavares e Jürgen Kessler hanno firmato, mentre François Dubreuil taceva.", .italian)
        #expect(mentions.map(\.entity) == ["new:person:ines-tavares", "new:person:jurgen-kessler", "new:person:francois-dubreuil"])
        #expect(mentions.allSatisfy { $0.notes.contains(.evidence(.firstName)) })
        #expect(["José", "Sérgio", "Raúl", "Małgorzata", "Jürgen"].allSatisfy(FirstNames.contains))
    }

    @Test func titlesAndQuotesBeforeANameAndAppositivesAfterIt() throws {
        let italian = try found("Secondo Laura Neri, ricercatrice, il portavoce Ahmad Rahimi non ha commentato. Neri ha insistito.", .italian)
        #expect(mention(italian, "Laura Neri")?.entity == "new:person:laura-neri")
        #expect(mention(italian, "Ahmad Rahimi")?.entity == "new:person:ahmad-rahimi")
        // The surname alone, after the full name, is the same person.
        let short = try #require(italian.first { $0.text == "Neri" && $0.role == .short })
        #expect(short.entity == "new:person:laura-neri" && short.notes.contains(.evidence(.surname)))
        let english = try found("Jane Doe, a senior fellow at a think tank, disagreed with the spokesman Pavel Orlov.", .english)
        #expect(mention(english, "Jane Doe")?.entity == "new:person:jane-doe")
        #expect(mention(english, "Pavel Orlov")?.entity == "new:person:pavel-orlov")
    }

    @Test func aFirstNameBeforeALexiconSurnameNamesTheLexiconPerson() throws {
        let mentions = try found("Il ministro degli Esteri russo Sergej Lavrov è arrivato.", .italian)
        let lavrov = try #require(mention(mentions, "Sergej Lavrov"))
        #expect(lavrov.entity.isKind(.person) && !lavrov.notes.contains(.notInLexicon))
    }

    @Test func organisationsByTheirDesignators() throws {
        let italian = try found("Il Ministero delle Risorse Idriche e la Banca d'Italia hanno firmato.", .italian)
        #expect(mention(italian, "Ministero delle Risorse Idriche")?.entity == "new:org:ministero-delle-risorse-idriche")
        let bank = try #require(mention(italian, "Banca d'Italia"))
        #expect(bank.type == .organisation && bank.alternatives.map(\.entity) == ["country:IT"])
        let english = try found("The Ministry of Water Resources said the Arakan Army had advanced.", .english)
        #expect(mention(english, "Ministry of Water Resources")?.notes == [.notInLexicon, .evidence(.designator)])
        #expect(mention(english, "Arakan Army")?.type == .organisation)
        // A name the lexicon knows inside a longer capitalised run keeps the lexicon's reading.
        let known = try found("The Eurasian Economic Union met.", .english)
        #expect(known.contains { $0.text == "Eurasian Economic Union" && !$0.entity.isKind(.discovered) })
    }

    @Test func placesByTheirDesignatorsAndKnownPlacesLeftAlone() throws {
        let italian = try found("Gli scontri nel distretto di Maungdaw, lungo il fiume Naf, e nel Mar del Giappone; nella provincia di Paktika nulla.", .italian)
        #expect(mention(italian, "distretto di Maungdaw")?.type == .place)
        #expect(mention(italian, "fiume Naf")?.entity == "new:place:fiume-naf")
        #expect(mention(italian, "Mar del Giappone")?.alternatives.map(\.entity) == ["country:JP"])
        #expect(!italian.contains { $0.text.hasPrefix("provincia") })
        #expect(mention(italian, "Paktika")?.entity.isKind(.region) == true)
        // The city of Almaty is not the province named after it.
        let almaty = try #require(mention(try found("Nella provincia di Almaty nulla.", .italian), "provincia di Almaty"))
        #expect(almaty.type == .place && almaty.alternatives.map(\.entity).contains("city:almaty"))
        let english = try found("Troops reached Mount Kazbek and the Maungdaw District.", .english)
        #expect(mention(english, "Mount Kazbek")?.entity == "new:place:mount-kazbek")
        #expect(mention(english, "Maungdaw District")?.type == .place)
    }

    @Test func placesByLowercaseDesignatorsUnitsNamedAfterCitiesAndCrossings() throws {
        let english = try found("""
            Clashes in the Kurram district reached the province of Paktika and the Torkham border crossing; \
            officials in Kabul province and in the district of Bajaur said the Ghulam Khan border crossing stayed open.
            """, .english)
        #expect(mention(english, "Kurram district")?.entity == "new:place:kurram-district")
        #expect(mention(english, "Torkham border crossing")?.notes == [.notInLexicon, .evidence(.designator)])
        #expect(mention(english, "district of Bajaur")?.type == .place)
        // A region the lexicon knows after an administrative word is that region, the word left out.
        #expect(mention(english, "Paktika")?.entity.isKind(.region) == true && mention(english, "province of Paktika") == nil)
        // A unit named after its city is another place than the city: the city stays as an alternative.
        let kabul = try #require(mention(english, "Kabul province"))
        #expect(kabul.entity == "new:place:kabul-province" && kabul.refersTo == nil)
        #expect(kabul.alternatives.map(\.entity) == ["city:kabul"] && kabul.alternatives.first?.reason == .insideUnknownName)
        // A person's name before a place designator names the place, not the person.
        #expect(mention(english, "Ghulam Khan border crossing")?.type == .place)
        #expect(!english.contains { $0.type == .actor })
        let italian = try found("""
            Il valico di frontiera di Torkham è chiuso; nella provincia di Kandahar hanno riaperto il valico di Chaman, \
            non lontano dalla valle di Swat.
            """, .italian)
        #expect(mention(italian, "valico di frontiera di Torkham")?.entity == "new:place:valico-di-frontiera-di-torkham")
        // The lexicon's province of Kandahar bears the city's name: the region, the designator left out.
        #expect(mention(italian, "Kandahar")?.entity == "region:af-kandahar" && mention(italian, "provincia di Kandahar") == nil)
        #expect(mention(italian, "Kandahar")?.alternatives.map(\.entity) == ["city:kandahar"])
        #expect(mention(italian, "valico di Chaman")?.alternatives.map(\.entity) == ["city:chaman"])
        #expect(mention(italian, "valle di Swat")?.type == .place)
        // Bare *crossing* after a name is as often the verb: no place.
        #expect(!(try found("Ahmad Khan crossing into the valley was seen.", .english)).contains { $0.type == .place })
    }

    /// A region designator beside a city the lexicon knows names the region called after it; where the
    /// lexicon's region has another name the city stays, and a city's other words leave it alone.
    @Test func aRegionDesignatorBesideACityNamesTheRegionCalledAfterIt() throws {
        let english = try found("Raids in the Kayes Region spread from the Kayes market to the Sikasso region.", .english)
        let kayes = try #require(english.first { $0.text == "Kayes" })
        #expect(kayes.entity == "region:ml-kayes" && kayes.alternatives.map(\.entity).contains("city:kayes"))
        #expect(kayes.notes == [.evidence(.designator)] && kayes.confidence != nil)
        #expect(english.filter { $0.text == "Kayes" }.last?.entity == "city:kayes")
        #expect(mention(english, "Sikasso")?.entity == "region:ml-sikasso")
        let italian = try found("A Torino, capoluogo del Piemonte, e nella regione di Kayes si è votato.", .italian)
        #expect(mention(italian, "Torino")?.entity == "city:turin")
    }

    /// Places the lexicon names, then an organisation's last word: the places are the name's own words. A
    /// lexicon organisation, then words and a place's last word: its branch named for a region.
    @Test func placesBeforeATailAndAnOrganisationsRegionalBranchMakeNames() throws {
        let english = try found("""
            Units trained by the Africa Corps met the Asia Foundation, while the Islamic State Somalia Province \
            claimed the attack. The Russia Ministry declined to comment.
            """, .english)
        let corps = try #require(mention(english, "Africa Corps"))
        #expect(corps.entity == "new:org:africa-corps" && corps.alternatives.map(\.entity) == ["region:africa"])
        #expect(mention(english, "Asia Foundation")?.type == .organisation)
        let branch = try #require(mention(english, "Islamic State Somalia Province"))
        #expect(branch.type == .organisation && branch.alternatives.map(\.entity).contains("org:isis"))
        #expect(!english.contains { $0.text.hasSuffix("Ministry") })
    }

    /// Capitalised words with a designator before an acronym the lexicon lacks are a long form, whatever
    /// language the acronym spells, its seat after *in* included; later uses of the acronym are that body.
    @Test func aDesignatorsWordsBeforeAnUnknownAcronymAreItsLongFormAndLaterUsesLinkToIt() throws {
        let english = try found("""
            Since 1991 the United Nations Mission for the Referendum in Western Sahara (MINURSO) has watched the \
            berm, and MINURSO reports yearly. The Peace Mission exercise began.
            """, .english)
        let mission = try #require(mention(english, "United Nations Mission for the Referendum in Western Sahara"))
        #expect(mission.type == .organisation && mission.alternatives.map(\.entity).contains("org:un"))
        let uses = english.filter { $0.text == "MINURSO" }
        #expect(uses.count == 2 && uses.allSatisfy { $0.entity == mission.entity && $0.role == .acronym })
        #expect(!english.contains { $0.text.contains("Peace Mission") })
        // Without the bracket, words ending on *Mission* make no name.
        #expect(!(try found("The United Nations Stabilization Mission left Haiti.", .english)).contains { $0.entity.isKind(.discovered) })
    }

    /// A title, a name and *of* before a body are a person and an affiliation; *Forum* ends a body's name; a
    /// body the lexicon knows after a connector is the name's parent, a mention of its own.
    @Test func aTitledPersonOfABodyAForumAndAParentBodyAfterAConnector() throws {
        let english = try found("""
            Professor Amina Yusuf Hassan of Hargeisa University and Dr. Peter Njoroge of the Pacific Islands Forum \
            spoke; King Abdulaziz University hosted them.
            """, .english)
        #expect(mention(english, "Amina Yusuf Hassan")?.entity == "new:person:amina-yusuf-hassan")
        #expect(mention(english, "Hargeisa University")?.type == .organisation)
        #expect(mention(english, "Pacific Islands Forum")?.entity == "new:org:pacific-islands-forum")
        #expect(mention(english, "King Abdulaziz University")?.type == .organisation)
        #expect(!english.contains { $0.text.hasPrefix("Professor") })
        let italian = try found("Il Comitato di Ginevra dell'ONU e il Gruppo di Bruxelles della NATO hanno discusso.", .italian)
        #expect(mention(italian, "Comitato di Ginevra")?.type == .organisation)
        #expect(mention(italian, "Gruppo di Bruxelles")?.alternatives.map(\.entity) == ["city:brussels"])
        #expect(mention(italian, "ONU")?.entity == "org:un" && mention(italian, "NATO")?.entity == "org:nato")
    }

    /// Name words beside a reporting verb are a person's, with no first name or title needed; not after an
    /// article (a paper's or a body's name), nor where a capital at the sentence's start proves nothing.
    @Test func nameWordsBesideAReportingVerbAreAPerson() throws {
        let english = try found("""
            The deal is fragile, Senait Berhane said. "Nobody planned it," said Tesfaye Gebru. Yesterday Putin said \
            no, the Financial Times said more, and the Georgian Dream said nothing.
            """, .english)
        let berhane = try #require(mention(english, "Senait Berhane"))
        #expect(berhane.entity == "new:person:senait-berhane" && berhane.notes == [.notInLexicon, .evidence(.reportingVerb)])
        #expect(mention(english, "Tesfaye Gebru")?.type == .actor)
        #expect(english.filter { $0.entity.isKind(.discovered) }.count == 2, "\(english.map(\.text))")
        let italian = try found("Il tracciato è fragile, ha spiegato Tesfaye Gebru. La Repubblica ha scritto altro.", .italian)
        #expect(mention(italian, "Tesfaye Gebru")?.entity == "new:person:tesfaye-gebru")
        #expect(italian.filter { $0.entity.isKind(.discovered) }.count == 1)
    }

    /// An article capitalised after a dateline's dash opens a name, not a town called *La Guardia*.
    @Test func aCapitalisedArticleAfterADatelineDashOpensTheName() throws {
        let mentions = try found("GENOVA, 9 ottobre — La Guardia di Finanza ha sequestrato due container.", .italian)
        let guardia = try #require(mention(mentions, "Guardia di Finanza"))
        #expect(guardia.type == .organisation && guardia.alternatives.map(\.entity) == ["city:la-guardia"])
        #expect(mention(mentions, "La Guardia") == nil)
    }

    @Test func anOrganisationsNameTakesItsSeatOnlyWhenItNamesAnotherCountrysPlace() throws {
        let english = try found("""
            The Arab Gulf States Institute in Washington and the Jamestown Foundation in Washington disagreed; \
            the Halyk Bank of Kazakhstan lent.
            """, .english)
        #expect(mention(english, "Arab Gulf States Institute in Washington")?.type == .organisation)
        // No place in the name: the city is where the body sits.
        #expect(mention(english, "Jamestown Foundation")?.entity == "new:org:jamestown-foundation")
        #expect(english.filter { $0.entity == "city:washington" }.count == 1)
        // After *of*, the place is the body's realm, inside its name.
        #expect(mention(english, "Halyk Bank of Kazakhstan")?.entity == "new:org:halyk-bank-of-kazakhstan")
        // A designator right before the seat names nothing on its own.
        let seat = try found("Scholars of the Institute in Bishkek met.", .english)
        #expect(!seat.contains { $0.text.hasPrefix("Institute") }, "\(seat.map(\.text))")
        #expect(seat.contains { $0.entity == "city:bishkek" })
        // Quoted in Italian, the same name stays whole and is no person after *secondo*.
        let italian = try found("Secondo un rapporto dell'Arab Gulf States Institute in Washington, lo stretto conta.", .italian)
        #expect(mention(italian, "Arab Gulf States Institute in Washington")?.type == .organisation)
        #expect(!italian.contains { $0.type == .actor })
    }

    @Test func anOrganisationsNameGoesOnWithAComplementButNotIntoAnotherName() throws {
        let english = try found("""
            The Kazakhstan Institute for Strategic Studies hosted the Washington Institute for Near East Policy \
            and the Lowy Institute for a day; the Hudson Institute for NATO was absent.
            """, .english)
        #expect(mention(english, "Kazakhstan Institute for Strategic Studies")?.entity == "new:org:kazakhstan-institute-for-strategic-studies")
        // Its seat in its own country is where it is, not its name; nor is the seat a name of its designator's.
        let seated = try found("The Kazakhstan Institute for Strategic Studies in Almaty and the Centre for Eastern Studies in Warsaw met.", .english)
        #expect(mention(seated, "Kazakhstan Institute for Strategic Studies")?.type == .organisation)
        #expect(mention(seated, "Almaty")?.entity == "city:almaty")
        #expect(mention(seated, "Centre for Eastern Studies")?.type == .organisation && mention(seated, "Warsaw")?.type == .place)
        let washington = try #require(mention(english, "Washington Institute for Near East Policy"))
        #expect(washington.type == .organisation && washington.refersTo == nil)
        #expect(!english.contains { $0.entity == "city:washington" })
        // A lowercase word ends the run; a name the lexicon knows after the connector is not the complement.
        #expect(mention(english, "Lowy Institute")?.entity == "new:org:lowy-institute")
        #expect(mention(english, "Hudson Institute")?.entity == "new:org:hudson-institute")
        #expect(mention(english, "NATO")?.entity == "org:nato")
    }

    @Test func aNameStopsBeforeAndACountry() throws {
        let english = try found("The Ministry of Energy of Kazakhstan and China signed; the Ministry of Roads and Transport waited.", .english)
        #expect(mention(english, "Ministry of Energy of Kazakhstan")?.entity == "new:org:ministry-of-energy-of-kazakhstan")
        #expect(mention(english, "China")?.entity == "country:CN")
        #expect(mention(english, "Ministry of Roads and Transport")?.type == .organisation)
        let italian = try found("Il Ministero dell'Energia del Kazakhstan e Pechino hanno firmato.", .italian)
        #expect(mention(italian, "Ministero dell'Energia del Kazakhstan")?.type == .organisation)
        #expect(mention(italian, "Pechino")?.entity == "city:beijing")
    }

    @Test func clubsAreOrganisationsNotCitiesOrGovernments() throws {
        let italian = try found("Ieri la Roma ha battuto il Napoli, mentre il Real Madrid ha pareggiato a Roma.", .italian)
        let roma = try #require(italian.first { $0.text == "Roma" && $0.type == .organisation })
        #expect(roma.entity == "new:org:roma" && roma.refersTo == nil && roma.alternatives.map(\.entity) == ["city:rome"])
        #expect(mention(italian, "Real Madrid")?.entity == "new:org:real-madrid")
        // The city after a locative preposition is still the city.
        #expect(italian.last { $0.text == "Roma" }?.entity == "city:rome")
        let english = try found("Leeds United lost to Real Madrid.", .english)
        #expect(mention(english, "Leeds United")?.type == .organisation)
    }

    @Test func aWordOnlyAClubsNameStandsBesideMakesAClubAndItsOtherUsesLink() throws {
        let english = try found("On Sunday the Galatasaray coach praised his side, while Partizan fans marched and Lazio supporters sang. "
            + "Italy fans stayed home. Many fans left early. Galatasaray won again.", .english)
        let galatasaray = english.filter { $0.text == "Galatasaray" }
        #expect(galatasaray.count == 2 && galatasaray.allSatisfy { $0.entity == "new:org:galatasaray" && $0.type == .organisation })
        #expect(mention(english, "Partizan")?.entity == "new:org:partizan")
        // A region the lexicon reads is the club's name here, and stays an alternative.
        let lazio = try #require(mention(english, "Lazio"))
        #expect(lazio.entity == "new:org:lazio" && lazio.alternatives.map(\.entity) == ["region:it-lazio"])
        // A country is its national side: the country still. A common word opening a sentence is no club.
        #expect(mention(english, "Italy")?.entity == "country:IT")
        #expect(mention(english, "Many") == nil)
        let italian = try found("Domenica i tifosi della Lazio hanno contestato l'allenatore del Partizan.", .italian)
        #expect(mention(italian, "Lazio")?.entity == "new:org:lazio" && mention(italian, "Partizan")?.entity == "new:org:partizan")
    }

    @Test func aScoreMakesClubsOfBothSidesAndNotOfTheirCoaches() throws {
        let italian = try found("Il Napoli ha battuto la Lazio per 2-1. Il Milan di Paulo Fonseca ha pareggiato con il Torino 0–0.", .italian)
        let lazio = try #require(mention(italian, "Lazio"))
        #expect(lazio.entity == "new:org:lazio" && lazio.alternatives.map(\.entity) == ["region:it-lazio"])
        #expect(mention(italian, "Torino")?.entity == "new:org:torino")
        // The coach named after a connector, and a first name, make a person, not a side.
        #expect(mention(italian, "Paulo Fonseca")?.entity == "new:person:paulo-fonseca")
        let english = try found("Partizan beat Vojvodina 2-0 on Sunday. Serbia lost to Spain 1-0. Bellingcat won praise in 2024.", .english)
        #expect(mention(english, "Partizan")?.entity == "new:org:partizan" && mention(english, "Vojvodina")?.entity == "new:org:vojvodina")
        // A country is its national side; no score, no club.
        #expect(mention(english, "Serbia")?.entity == "country:RS" && mention(english, "Spain")?.entity == "country:ES")
        #expect(mention(english, "Bellingcat") == nil)
    }

    @Test func anAppositionAClubNounHeadsMakesAClub() throws {
        let english = try found("Red Star Belgrade, the city's other club, asked for calm. Dan Friedkin, the club's owner, did not. "
            + "However, the club said nothing. In Milan, the club met its sponsors.", .english)
        let club = try #require(mention(english, "Red Star Belgrade"))
        #expect(club.entity == "new:org:red-star-belgrade" && club.alternatives.map(\.entity) == ["city:belgrade"])
        // A possessive is no head; after a preposition the city is the setting; a sentence's first word needs more.
        #expect(mention(english, "Dan Friedkin")?.entity == "new:person:dan-friedkin")
        #expect(mention(english, "Milan")?.entity == "city:milan" && mention(english, "However") == nil)
    }

    @Test func aNameCoordinatedWithAClubAndAClubOpeningASentenceNamedElsewhere() throws {
        let english = try found("Galatasaray and Fenerbahçe meet again. Fenerbahçe coach José Mourinho spoke. Many fans left.", .english)
        #expect(english.filter { $0.type == .organisation }.map(\.text) == ["Galatasaray", "Fenerbahçe", "Fenerbahçe"])
        #expect(english.filter { $0.type == .organisation }.allSatisfy { $0.entity.isKind(.discovered) })
        #expect(mention(english, "Many") == nil)
    }

    @Test func shoalsReefsAndAtollsArePlacesNotPersons() throws {
        let english = try found("Chinese ships circled Second Thomas Shoal and Barque Canada Reef for a week.", .english)
        #expect(mention(english, "Second Thomas Shoal")?.entity == "new:place:second-thomas-shoal")
        #expect(mention(english, "Barque Canada Reef")?.type == .place && mention(english, "Canada") == nil)
        #expect(!english.contains { $0.entity.isKind(.person) })
        let italian = try found("Le navi hanno raggiunto l'atollo di Johnston.", .italian)
        #expect(mention(italian, "atollo di Johnston")?.type == .place)
    }

    @Test func facilitiesNamedWithTheirDesignatorArePlaces() throws {
        let italian = try found("I detenuti del carcere di Evin e i voli dell'aeroporto di Malpensa; la diga di Rogun e lo stadio "
            + "Olimpico. Il carcere resta chiuso.", .italian)
        #expect(italian.map(\.entity) == ["new:place:carcere-di-evin", "new:place:aeroporto-di-malpensa",
                                          "new:place:diga-di-rogun", "new:place:stadio-olimpico"])
        let english = try found("Inmates of Evin Prison, flights from Malpensa Airport and the Olympic Stadium. The prison stayed shut.",
                                .english)
        #expect(english.map(\.entity) == ["new:place:evin-prison", "new:place:malpensa-airport", "new:place:olympic-stadium"])
    }

    @Test func eventsAndCompetitionsHoldNoPlace() throws {
        let english = try found("Serbia will bid for the European Athletics Championships and Nigeria for the Africa Cup of Nations.", .english)
        #expect(english.map(\.text) == ["Serbia", "Nigeria"])
        let italian = try found("Il Giro d'Italia partirà dall'Albania, e la Coppa d'Africa si giocherà in Marocco.", .italian)
        #expect(italian.map(\.text) == ["Albania", "Marocco"])
    }

    @Test func aSentenceCaseNameTakesItsLowercaseComplementUpToThePunctuation() throws {
        let italian = try found("Lo studio dell'Istituto norvegese di affari internazionali, pubblicato ieri, cita il Centro nordico "
            + "per gli studi sulla difesa. Il Centro nordico per la difesa ha risposto.", .italian)
        #expect(mention(italian, "Istituto norvegese di affari internazionali")?.entity == "new:org:istituto-norvegese-di-affari-internazionali")
        #expect(mention(italian, "Centro nordico per gli studi sulla difesa")?.type == .organisation)
        // A verb before the punctuation: the complement is not the name's.
        #expect(!italian.contains { $0.text.hasPrefix("Centro nordico per la") })
    }

    @Test func datelinesArePlacesNotGovernments() throws {
        for (text, language) in [("ROMA, 3 marzo — Il governo tace.", Language.italian), ("BEIJING — Officials met.", .english)] {
            let dateline = try #require(try found(text, language).first)
            #expect(dateline.type == .place && dateline.role == .name && dateline.refersTo == nil, "\(text)")
        }
        // Not at a line's start, the same capital acting stays a metonym.
        #expect(try found("Ieri Pechino ha firmato.", .italian).first { $0.text == "Pechino" }?.role == .metonym)
    }

    @Test func aDatelineNamingACountryIsItsNamesakeCapital() throws {
        let filed = try #require(try found("DJIBOUTI — Port officials met.\nDjibouti is a small country.", .english).first)
        #expect(filed.text == "DJIBOUTI" && filed.entity == "city:djibouti-city")
        #expect(filed.alternatives.map(\.entity) == ["country:DJ"])
        // Mid-text the same name is the country, and a country of another capital stays the country.
        #expect(try found("DJIBOUTI — Port officials met.\nDjibouti is a small country.", .english).last?.entity == "country:DJ")
        #expect(try found("UKRAINE — Officials met.", .english).first?.entity == "country:UA")
    }

    @Test func bylinesNameTheWriterNotAnActor() throws {
        #expect(!(try found("Titolo\nDi Giulia Ferrante\n12.03.2023\n\nLa Cina tace.", .italian)).contains { $0.type == .actor })
        #expect(!(try found("A title\nBy Sarah Whitfield\n\nChina is silent.", .english)).contains { $0.type == .actor })
    }

    /// Precision first: none of these is a person or an organisation.
    @Test func falsePositivesStayUntagged() throws {
        let italian = """
            Lunedì il Presidente ha incontrato il Governo. Martedì la Camera ha votato, e Mercoledì il Senato.
            Secondo fonti vicine allo Stato, la decisione arriverà a Gennaio. Domenica i Cristiani ortodossi e i Musulmani sunniti pregano.
            Nuovo Accordo Sul Gas Tra Roma E Mosca
            LA RUSSIA E LA CINA FIRMANO UN NUOVO PATTO MILITARE
            Oggi la Fiat Panda resta un simbolo. Durante Il Vertice Della Nato si è parlato di tutto.
            Ieri Papa Francesco ha ricevuto i Curdi e gli Sciiti. Nella Chiesa Cattolica si discute.
            """
        let english = """
            On Monday the President met the Government. Tuesday the Parliament voted, and in January the State will decide.
            New Gas Deal Between Russia And China Signed In Beijing
            RUSSIA AND CHINA SIGN NEW MILITARY PACT
            Yesterday the Kurds and the Shia Muslims protested. The Catholic Church and Orthodox Christians prayed.
            The iPhone and the Toyota Corolla sold well. However Brussels disagreed. The Kazakh President spoke.
            """
        for (text, language) in [(italian, Language.italian), (english, .english)] {
            let discovered = try found(text, language).filter { $0.entity.isKind(.discovered) }
            #expect(discovered.isEmpty, "\(discovered.map(\.text))")
        }
    }

    @Test func particleChainsHyphensInitialsAndAbbreviatedTitles() throws {
        let english = try found("Former envoy Jean-Marc de La Sablière left. Lt. Gen. Alexus G. Grynkewich declined to comment.", .english)
        #expect(mention(english, "Jean-Marc de La Sablière")?.entity == "new:person:jean-marc-de-la-sabliere")
        #expect(mention(english, "Alexus G. Grynkewich")?.notes == [.notInLexicon, .evidence(.title)])
        // A hyphenated first name alone is no one's full name.
        #expect(!(try found("Jean-Marc spoke.", .english)).contains { $0.type == .actor })
        let italian = try found("L'olandese Frans van der Meer ha chiuso i lavori.", .italian)
        #expect(mention(italian, "Frans van der Meer")?.entity == "new:person:frans-van-der-meer")
    }

    @Test func familyNamesWrittenFirstAndKoreanGivenNames() throws {
        let mentions = try found("Il ricercatore Zhang Wei ha parlato, poi il diplomatico Kim Sung-han. Zhang ha detto di no; Kim ha taciuto.", .italian)
        #expect(mention(mentions, "Zhang Wei")?.entity == "new:person:zhang-wei")
        #expect(mention(mentions, "Kim Sung-han")?.entity == "new:person:kim-sung-han")
        let zhang = try #require(mentions.first { $0.text == "Zhang" })
        #expect(zhang.entity == "new:person:zhang-wei" && zhang.role == .short)
        #expect(mentions.first { $0.text == "Kim" && $0.role == .short }?.entity == "new:person:kim-sung-han")
    }

    @Test func aNewPersonsSurnameOutranksACityOfThatName() throws {
        let mentions = try found("Dr. Elizabeth Dickinson warned the Council. Dickinson has worked in Kuwait.", .english)
        let short = try #require(mentions.first { $0.text == "Dickinson" && $0.role == .short })
        #expect(short.entity == "new:person:elizabeth-dickinson" && short.alternatives.map(\.entity) == ["city:dickinson"])
        // Without the full name first, the lexicon's city stays.
        #expect(try found("Dickinson is a town in North Dakota.", .english).first?.entity == "city:dickinson")
    }

    @Test func moreGivenNamesThanOneBeforeALexiconSurnameMakeAnotherPerson() throws {
        let mentions = try found("Ha parlato la professoressa Anna Maria Corazza Bildt, già eurodeputata.", .italian)
        #expect(mention(mentions, "Anna Maria Corazza Bildt")?.entity == "new:person:anna-maria-corazza-bildt")
    }

    @Test func organisationsWithSectorWordsAdjectivesAndTailsPastTheirEnd() throws {
        let english = try found("""
            The Saudi Ministry of Investment met the Saudi Ports Authority and the Counter Extremism Project. \
            Yesterday the Emirates Policy Center (EPC) and the Arab Gulf States Institute in Washington agreed.
            """, .english)
        #expect(mention(english, "Ministry of Investment")?.entity == "new:org:ministry-of-investment")
        #expect(mention(english, "Saudi Ports Authority")?.type == .organisation)
        #expect(mention(english, "Counter Extremism Project")?.type == .organisation)
        #expect(!english.contains { $0.type == .sector })
        #expect(mention(english, "Emirates Policy Center")?.entity == "new:org:emirates-policy-center")
        #expect(mention(english, "EPC")?.entity == "new:org:emirates-policy-center")
        // The seat is part of this name: it already names a region no country holds (see the seat test).
        #expect(mention(english, "Arab Gulf States Institute in Washington")?.entity == "new:org:arab-gulf-states-institute-in-washington")
        #expect(mention(english, "Washington") == nil)
        let italian = try found("""
            Poste Italiane e la Comunità di Sant'Egidio hanno incontrato la Forza di Deterrenza Speciale e il Clingendael Institute.
            """, .italian)
        let poste = try #require(mention(italian, "Poste Italiane"))
        #expect(poste.entity == "new:org:poste-italiane" && poste.alternatives.map(\.entity) == ["country:IT"])
        #expect(mention(italian, "Comunità di Sant'Egidio")?.entity == "new:org:comunita-di-sant-egidio")
        #expect(mention(italian, "Forza di Deterrenza Speciale")?.type == .organisation)
        #expect(mention(italian, "Clingendael Institute")?.type == .organisation)
        // An adjective written in lowercase, or generic words before a capitalised one, make no name.
        let plain = try found("Le Poste hanno sedi italiane. Le Forze Armate Italiane sfilano.", .italian)
        #expect(!plain.contains { $0.entity.isKind(.discovered) }, "\(plain.map(\.text))")
    }

    @Test func noDiscoveryTurnsItOff() throws {
        let mentions = try found("Maurizio Mosca ha parlato con il Ministero delle Risorse Idriche.", .italian, discovery: false)
        #expect(!mentions.contains { $0.entity.isKind(.discovered) })
        #expect(mentions.contains { $0.entity == "city:moscow" })
    }
}
