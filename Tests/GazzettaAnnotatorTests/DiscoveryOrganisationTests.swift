import Foundation
import Testing
import GazzettaAnnotator
import GazzettaModel
import GazzettaTestSupport
import GazzettaText

/// The unknown-name rules written with `Corpus/dev-orgs`: sentence-case Italian names, lowercase designators,
/// acronyms after discovered names, ministries, datelines' credits and the given name of a lexicon surname.
/// Sentences written for these tests; every span is checked by slicing.
@Suite struct DiscoveryOrganisationTests {
    private func found(_ text: String, _ language: Language) throws -> [Mention] {
        let document = try ShippedAnnotation.annotate(text, language, discovery: true)
        #expect(ShippedAnnotation.problems(in: document) == [])
        return document.mentions
    }

    private func entity(_ mentions: [Mention], _ text: String) -> EntityID? { mentions.first { $0.text == text }?.entity }

    @Test func aCompassAdjectiveAfterAPlaceAndANounAfterTheDesignatorStayInTheName() throws {
        let italian = try found("L'Autorità di sistema portuale del Mar Adriatico orientale ha incontrato il Centro studi "
            + "per l'Africa; il Pireo resta aperto.", .italian)
        #expect(entity(italian, "Autorità di sistema portuale del Mar Adriatico orientale")
            == "new:org:autorita-di-sistema-portuale-del-mar-adriatico-orientale")
        #expect(entity(italian, "Centro studi per l'Africa") == "new:org:centro-studi-per-l-africa")
        // A city whose Italian name takes the article is no club after it.
        #expect(entity(italian, "Pireo") == "city:piraeus")
    }

    @Test func namesQuotedFromOtherLanguagesByTheirDesignators() throws {
        let italian = try found("Il Consejo Superior de Deportes ha aperto un'inchiesta, l'Agence Française de Développement (AFD) "
            + "ha pagato e la Konrad-Adenauer-Stiftung ha taciuto. Parti del governo hanno protestato.", .italian)
        #expect(entity(italian, "Consejo Superior de Deportes") == "new:org:consejo-superior-de-deportes")
        #expect(entity(italian, "Agence Française de Développement") == "new:org:agence-francaise-de-developpement")
        #expect(entity(italian, "AFD") == "new:org:agence-francaise-de-developpement")
        #expect(entity(italian, "Konrad-Adenauer-Stiftung") == "new:org:konrad-adenauer-stiftung")
        #expect(italian.count == 4)
        let english = try found("Officials of the Fundação Oswaldo Cruz met the Ministerio de Defensa.", .english)
        #expect(english.map(\.text) == ["Fundação Oswaldo Cruz", "Ministerio de Defensa"])
    }

    @Test func italianNamesInSentenceCaseEndOnAnAdjectiveAPlaceOrAnAcronym() throws {
        let mentions = try found("""
            L'Agenzia europea per la sicurezza marittima (AESM) ha finanziato la strada. Il Fondo di sviluppo \
            dei Balcani ha aperto un ufficio. Resta forte il Partito progressista serbo. Parla la Camera di commercio \
            italo-cinese.
            """, .italian)
        #expect(entity(mentions, "Agenzia europea per la sicurezza marittima") == "new:org:agenzia-europea-per-la-sicurezza-marittima")
        let acronym = try #require(mentions.first { $0.text == "AESM" })
        #expect(acronym.entity == "new:org:agenzia-europea-per-la-sicurezza-marittima" && acronym.role == .acronym)
        #expect(entity(mentions, "Fondo di sviluppo dei Balcani") == "new:org:fondo-di-sviluppo-dei-balcani")
        #expect(entity(mentions, "Partito progressista serbo") == "new:org:partito-progressista-serbo")
        #expect(entity(mentions, "Camera di commercio italo-cinese") == "new:org:camera-di-commercio-italo-cinese")
        // Its words are the name's: no trade cue, no adjectives of Italy and China.
        #expect(!mentions.contains { $0.type == .sector || $0.role == .adjective })
    }

    @Test func aDesignatorBeforeOrdinaryWordsNamesNothing() throws {
        let mentions = try found("La Commissione chiede al governo serbo di decidere. Il Consiglio nazionale approva.", .italian)
        #expect(!mentions.contains { $0.type == .organisation })
        #expect(entity(mentions, "serbo") == "country:RS")
        // A country adjective after a ministry's capitalised name says whose it is.
        let ministry = try found("Il Ministero della Difesa russo tace.", .italian)
        #expect(entity(ministry, "Ministero della Difesa") == "new:org:ministero-della-difesa")
        #expect(entity(ministry, "russo") == "country:RU")
    }

    @Test func ministriesAreBodiesAndTheirCapitalStaysAPlace() throws {
        let english = try found("An official at the Ministry of Economy said Italy's Ministry of the Interior agreed.", .english)
        #expect(entity(english, "Ministry of Economy") == "new:org:ministry-of-economy")
        #expect(entity(english, "Ministry of the Interior") == "new:org:ministry-of-the-interior")
        let italian = try found("Il Ministero delle Finanze di Belgrado ha firmato.", .italian)
        #expect(entity(italian, "Ministero delle Finanze") == "new:org:ministero-delle-finanze")
        #expect(entity(italian, "Belgrado") == "city:belgrade")
    }

    @Test func lowercaseDesignatorsBesideAName() throws {
        let italian = try found("Il partito VMRO-DPMNE ha vinto le elezioni.", .italian)
        #expect(entity(italian, "VMRO-DPMNE") == "new:org:vmro-dpmne")
        let english = try found("Lawmakers from the Georgian Dream party backed the terms.", .english)
        #expect(entity(english, "Georgian Dream") == "new:org:georgian-dream")
        #expect(!english.contains { $0.text == "Georgian" })
        // Only a country's adjective before the word: no name of its own.
        let plain = try found("The Russian party leaders met.", .english)
        #expect(!plain.contains { $0.type == .organisation })
    }

    @Test func anAcronymInCapitalsAfterADiscoveredNameIsItsOwn() throws {
        let mentions = try found("The Support Group for Islam and Muslims (JNIM) has taxed the mines.", .english)
        #expect(entity(mentions, "Support Group for Islam and Muslims") == "new:org:support-group-for-islam-and-muslims")
        #expect(mentions.first { $0.text == "JNIM" }.map { ($0.entity, $0.role) } ?? ("x", .name)
                == ("new:org:support-group-for-islam-and-muslims", .acronym))
        let italian = try found("La Federazione italiana lavoratori trasporti (Filt) ha proclamato lo sciopero.", .italian)
        #expect(entity(italian, "Filt") == "new:org:federazione-italiana-lavoratori-trasporti")
    }

    @Test func aDesignatorAfterATitleOrAQuoteIsNoPerson() throws {
        let mentions = try found("""
            Secondo la Procura di Genova la merce era diretta in Libia. Vesna Petkovska, ricercatrice dell'Istituto \
            per la Democrazia Societas Civilis, ha parlato.
            """, .italian)
        #expect(entity(mentions, "Procura di Genova") == "new:org:procura-di-genova")
        #expect(entity(mentions, "Istituto per la Democrazia Societas Civilis") == "new:org:istituto-per-la-democrazia-societas-civilis")
        #expect(!mentions.contains { $0.type == .actor && $0.text.contains("Democrazia") })
    }

    @Test func anArticleOpeningTheSentenceBelongsToTheName() throws {
        let mentions = try found("La Guardia di Finanza ha sequestrato due container nel porto.", .italian)
        #expect(entity(mentions, "Guardia di Finanza") == "new:org:guardia-di-finanza")
        #expect(!mentions.contains { $0.entity == "city:la-guardia" })
    }

    @Test func anotherGivenNameBeforeALexiconSurnameIsAnotherPerson() throws {
        let other = try found("Lilit Grigoryan, an analyst in Yerevan, disagreed.", .english)
        #expect(entity(other, "Lilit Grigoryan") == "new:person:lilit-grigoryan")
        let same = try found("Il ministro degli Esteri russo Sergej Lavrov è arrivato.", .italian)
        #expect(entity(same, "Sergej Lavrov") == "person:sergei-lavrov")
        // A town's name used as a given name (*Luca*, a Maltese town in Italian) makes a person before a surname.
        let town = try found("Alla presentazione ha parlato Luca Benedetti.", .italian)
        #expect(entity(town, "Luca Benedetti") == "new:person:luca-benedetti")
    }

    @Test func aCountrysAdjectiveBeforeABodysOwnName() throws {
        let mentions = try found("Tamar Lordkipanidze of the Georgian Institute of Politics said so; the Turkish Ministry of Trade did not.", .english)
        #expect(entity(mentions, "Georgian Institute of Politics") == "new:org:georgian-institute-of-politics")
        #expect(entity(mentions, "Turkish") == "country:TR" && entity(mentions, "Ministry of Trade") == "new:org:ministry-of-trade")
    }

    @Test func anEnglishNameInAnItalianTextKeepsItsConnectorAndRealm() throws {
        let mentions = try found("A Nuova Delhi la Exim Bank of India ha aperto una linea di credito.", .italian)
        #expect(entity(mentions, "Exim Bank of India") == "new:org:exim-bank-of-india")
        // The realm is the name's: India is no place of the sentence.
        #expect(!mentions.contains { $0.entity == "country:IN" })
    }

    @Test func aMinistrysListOfPortfoliosGoesOnAfterAComma() throws {
        let english = try found("The Ministry of Water, Forests and Fisheries renewed the permits.", .english)
        #expect(entity(english, "Ministry of Water, Forests and Fisheries") == "new:org:ministry-of-water-forests-and-fisheries")
        let italian = try found("Il Ministero dell'Energia, Miniere e Cave ha revocato i permessi.", .italian)
        #expect(entity(italian, "Ministero dell'Energia, Miniere e Cave") == "new:org:ministero-dell-energia-miniere-e-cave")
        // Names the lexicon reads after the comma are the sentence's, not the ministry's.
        let places = try found("The Ministry of Energy, Russia and China said nothing.", .english)
        #expect(entity(places, "Ministry of Energy") == "new:org:ministry-of-energy")
        #expect(entity(places, "Russia") == "country:RU" && entity(places, "China") == "country:CN")
    }

    @Test func aKnownCompanyAndACountryAreItsBranchThere() throws {
        let mentions = try found("Dopo l'accordo Gazprom Serbia ha alzato i prezzi. Gazprom non ha commentato.", .italian)
        let branch = try #require(mentions.first { $0.text == "Gazprom Serbia" })
        #expect(branch.entity == "new:org:gazprom-serbia" && branch.type == .organisation)
        #expect(branch.alternatives.map { "\($0.entity) \($0.reason.rawValue)" }
                == ["org:gazprom inside-unknown-name", "country:RS inside-unknown-name"])
        #expect(mentions.filter { $0.entity == "org:gazprom" }.map(\.start) == [50])
        // Only a company has branches: an alliance before a country names both (*the NATO Ukraine talks*).
        let alliance = try found("The NATO Ukraine talks resumed.", .english)
        #expect(!alliance.contains { $0.entity.rawValue.hasPrefix("new:") })
    }

    @Test func anAgencysCreditInADatelineIsNoPlace() throws {
        let mentions = try found("BAKU, April 14 (Caspian Wire) — Azerbaijan signed a deal on the Caspian route.", .english)
        #expect(mentions.filter { $0.entity == "region:caspian-sea" }.map(\.start) == [64])
        #expect(entity(mentions, "BAKU") == "city:baku")
    }

    @Test func aDesignatorAfterAndOpensTheNextSentenceCaseName() throws {
        let mentions = try found("A Bruxelles si discute del Fondo europeo per la difesa e l'Agenzia europea per la difesa, "
            + "che coordina gli acquisti.", .italian)
        #expect(entity(mentions, "Fondo europeo per la difesa") == "new:org:fondo-europeo-per-la-difesa")
        #expect(entity(mentions, "Agenzia europea per la difesa") == "new:org:agenzia-europea-per-la-difesa")
        // A reporting verb closes the complement as a comma does.
        let foundation = try found("La Fondazione georgiana per gli studi strategici e internazionali osserva che il voto conta.", .italian)
        #expect(entity(foundation, "Fondazione georgiana per gli studi strategici e internazionali")
            == "new:org:fondazione-georgiana-per-gli-studi-strategici-e-internazionali")
        // One name's lowercase complement with *e* in it stays whole.
        let bank = try found("La Banca europea per la ricostruzione e lo sviluppo ha pagato.", .italian)
        #expect(bank.contains { $0.text == "Banca europea per la ricostruzione e lo sviluppo" })
    }

    @Test func aCompanysLastWordQuotedInAnyLanguage() throws {
        let italian = try found("La turca Baykar ha rilevato la Piaggio Aerospace, e la Stac Electronics ha chiuso.", .italian)
        #expect(entity(italian, "Piaggio Aerospace") == "new:org:piaggio-aerospace")
        #expect(entity(italian, "Stac Electronics") == "new:org:stac-electronics")
        // A heading's *Systems* is no company's.
        let english = try found("Many Operating Systems\n\nThe tool reads them all.", .english)
        #expect(!english.contains { $0.type == .organisation })
    }

    @Test func aLexiconSurnameBetweenAGivenNameAndAnotherSurnameIsTheNamesOwn() throws {
        let mentions = try found("\"It cannot be sunk,\" said Paolo Ramirez Soliman, a trustee. Commodore Jay Tarriela "
            + "published the footage.", .english)
        #expect(entity(mentions, "Paolo Ramirez Soliman") == "new:person:paolo-ramirez-soliman")
        #expect(!mentions.contains { $0.text == "Ramirez" })
        // A rank is a title before the name, not a word of it.
        #expect(entity(mentions, "Jay Tarriela") == "new:person:jay-tarriela")
    }

    @Test func aNameOpensOnAHyphenedParticleAndAfterAPlaceBeforeForThe() throws {
        let mentions = try found("Hossam Fawzy of the Al-Ahram Center for Political and Strategic Studies agrees with Karim "
            + "Mansour, who follows Gaza for the Arab Reform Initiative.", .english)
        #expect(entity(mentions, "Al-Ahram Center for Political and Strategic Studies")
            == "new:org:al-ahram-center-for-political-and-strategic-studies")
        #expect(entity(mentions, "Gaza") == "region:gaza-strip")
        #expect(entity(mentions, "Arab Reform Initiative") == "new:org:arab-reform-initiative")
        // A designator before *for the* keeps the body whole.
        let centre = try found("She joined the Centre for the Study of Islam last year.", .english)
        #expect(entity(centre, "Centre for the Study of Islam") == "new:org:centre-for-the-study-of-islam")
    }

    @Test func aCompanysLowercaseKindBeforeItsName() throws {
        let english = try found("The drone maker Anduril Industries, the carmaker Geely and the shipbuilder Hanwha Ocean signed; "
            + "the policy maker John Smith did not.", .english)
        #expect(entity(english, "Geely") == "new:org:geely")
        #expect(entity(english, "Anduril Industries") == "org:anduril")
        #expect(entity(english, "Hanwha Ocean") == "org:hanwha-ocean")
        let italian = try found("Il colosso Vodafone e il costruttore Piaggio Aerospace hanno firmato.", .italian)
        #expect(entity(italian, "Vodafone") == "new:org:vodafone")
        #expect(entity(english, "John Smith") == "new:person:john-smith")
    }

    @Test func aCityAfterASentenceCaseComplementIsTheBodysSeat() throws {
        let mentions = try found("Temur Kiknadze, ricercatore del Centro caucasico per gli studi strategici di Tbilisi, osserva "
            + "che il Porto internazionale di Baku cresce.", .italian)
        #expect(entity(mentions, "Centro caucasico per gli studi strategici") == "new:org:centro-caucasico-per-gli-studi-strategici")
        #expect(entity(mentions, "Tbilisi") == "city:tbilisi")
        // A designator and its adjective name a port, not the club of a city of that name.
        #expect(!mentions.contains { $0.entity.isKind(.discovered) && $0.text == "Porto" })
        // Capitalised words before the city keep it in the name (*Istituto … Societas Civilis di Skopje*).
        let named = try found("Lo dice l'Istituto per la Democrazia Societas Civilis di Skopje.", .italian)
        #expect(entity(named, "Istituto per la Democrazia Societas Civilis di Skopje")
            == "new:org:istituto-per-la-democrazia-societas-civilis-di-skopje")
    }

    @Test func anItalianDesignatorAndCountryAdjectiveBeforeAName() throws {
        let mentions = try found("Le ferrovie kazake e la compagnia georgiana Georgian Railway hanno firmato con il gruppo "
            + "canadese Northgate.", .italian)
        #expect(entity(mentions, "Georgian Railway") == "new:org:georgian-railway")
        #expect(entity(mentions, "Northgate") == "new:org:northgate")
        #expect(entity(mentions, "georgiana") == "country:GE" && entity(mentions, "canadese") == "country:CA")
        // A person after the adjective stays a person (*il presidente russo Vladimir Putin*).
        let person = try found("Ne ha parlato il presidente russo Vladimir Putin.", .italian)
        #expect(!person.contains { $0.type == .organisation })
    }

    @Test func aCountryOpeningARunOfUnknownCapitalisedWordsIsABodysName() throws {
        let mentions = try found("The data come from the Sudan Transparency and Policy Tracker, and the railway operator "
            + "signed with Kazakhstan Temir Zholy.", .english)
        let tracker = try #require(mentions.first { $0.text == "Sudan Transparency and Policy Tracker" })
        #expect(tracker.entity == "new:org:sudan-transparency-and-policy-tracker" && tracker.notes.contains(.evidence(.nameShape)))
        #expect(tracker.alternatives.map(\.entity) == ["country:SD"])
        #expect(entity(mentions, "Kazakhstan Temir Zholy") == "new:org:kazakhstan-temir-zholy")
        let italian = try found("La China Railway Express ha raddoppiato i convogli; ne parla la Fulbright University Vietnam.", .italian)
        #expect(entity(italian, "China Railway Express") == "new:org:china-railway-express")
        #expect(entity(italian, "Fulbright University Vietnam") == "new:org:fulbright-university-vietnam")
        // A title, a person or a body's generic word after the country leave it the country.
        let country = try found("Yesterday Pakistan Prime Minister Shehbaz Sharif met the U.S. Air Force chief.", .english)
        #expect(country.contains { $0.entity == "country:PK" } && !country.contains { $0.type == .organisation })
    }
}
