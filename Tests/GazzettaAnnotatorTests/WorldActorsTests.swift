import Foundation
import Testing
import GazzettaAnnotator
import GazzettaLexicon
import GazzettaModel
import GazzettaTestSupport
import GazzettaText

/// The world's office holders and organisations of Lexicons/world, on sentences written for these tests.
@Suite struct WorldActorsTests {
    private func annotated(_ text: String, _ language: Language) throws -> AnnotatedDocument {
        try Annotator(compiled: ShippedLexicon.compiled()).annotate(SourceText(text), bytes: Array(text.utf8), id: "t",
                                                         options: AnnotationOptions(language: language))
    }

    @Test func leadersLinkByTheirSurnameAloneWhenItIsDistinctive() throws {
        let italian = try annotated("Erdoğan ha telefonato a Putin; Erdogan chiede una tregua.", .italian)
        #expect(italian.mentions.map(\.entity) == ["person:recep-tayyip-erdogan", "person:vladimir-putin", "person:recep-tayyip-erdogan"])
        #expect(italian.mentions.allSatisfy { $0.role == .short })
        let english = try annotated("Putin and Erdoğan met in Sochi.", .english)
        #expect(english.mentions.filter { $0.entity.isKind(.person) }.map(\.text) == ["Putin", "Erdoğan"])
    }

    @Test func everyStatesArmedForcesAreAnActorInBothLanguages() throws {
        // Lexicons/world/armed-forces.gaz: made from the country records, the adjective inflected in Italian.
        let italian = try annotated("Le forze armate maliane e le Forze Armate Ceche hanno addestrato i reparti.", .italian)
        #expect(italian.mentions.map { "\($0.text)=\($0.entity)" } == ["forze armate maliane=military:ML", "Forze Armate Ceche=military:CZ"])
        let english = try annotated("The Mongolian armed forces trained with the Armed Forces of the Philippines.", .english)
        #expect(english.mentions.map { "\($0.text)=\($0.entity)" } == ["Mongolian armed forces=military:MN", "Armed Forces of the Philippines=military:PH"])
        #expect(english.mentions.allSatisfy { $0.type == .actor })
        // A curated record wins: Russia's forces are the curated entity, and no adjective shared by two states
        // (Congolese) names either's forces.
        let curated = try annotated("The Russian armed forces and the Congolese armed forces withdrew.", .english)
        #expect(curated.mentions.first?.entity == "military:RU")
        #expect(!curated.mentions.contains { $0.entity == "military:CD" || $0.entity == "military:CG" })
        // A force known by its official name in translation (curated): Venezuela's.
        let official = try annotated("Le Forze armate nazionali bolivariane presidiano il confine.", .italian)
        #expect(official.mentions.map { "\($0.text)=\($0.entity)" } == ["Forze armate nazionali bolivariane=military:VE"])
    }

    @Test func theRussianNavysFleetsAreActorsOfTheirOwnAndLiquefiedGasIsOneCue() throws {
        let italian = try annotated("La Flotta del Nord e la Flotta del Mar Nero hanno ricevuto navi per il gas naturale liquefatto.", .italian)
        #expect(italian.mentions.map { "\($0.text)=\($0.entity)" }
            == ["Flotta del Nord=military:ru-northern-fleet", "Flotta del Mar Nero=military:ru-black-sea-fleet",
                "gas naturale liquefatto=sector:energy-gas"])
        let english = try annotated("The Baltic Fleet escorted a liquefied natural gas carrier.", .english)
        #expect(english.mentions.map { "\($0.text)=\($0.entity)" }
            == ["Baltic Fleet=military:ru-baltic-fleet", "liquefied natural gas=sector:energy-gas"])
        #expect(english.mentions.first?.type == .actor)
    }

    @Test func aCountryAdjectiveCoordinatedWithArmedForcesNamesItsOwnStatesForces() throws {
        // The head is shared: Italian adjectives follow it, English ones come before it.
        let italian = try annotated("Nel 2019 le Forze Armate cinesi e kazakhe hanno svolto esercitazioni militari congiunte.", .italian)
        let kazakh = try #require(italian.mentions.first { $0.text == "kazakhe" })
        #expect(kazakh.entity == "military:KZ" && kazakh.type == .actor && kazakh.role == .adjective)
        #expect(kazakh.alternatives.map { "\($0.entity) \($0.reason.rawValue)" } == ["country:KZ shared-head"])
        let record = try #require(italian.cooperation.first)
        #expect(record.participants?.map { $0.via?.rawValue ?? "-" } == ["military:CN", "military:KZ"])
        let english = try annotated("Chinese and Kazakh armed forces held joint drills.", .english)
        #expect(english.mentions.first.map { "\($0.text)=\($0.entity)" } == "Chinese=military:CN")
        // An English adjective after *and* qualifies the next noun, not the forces before it.
        let officials = try annotated("The Russian Armed Forces and Chinese officials watched.", .english)
        #expect(officials.mentions.last.map { "\($0.text)=\($0.entity)" } == "Chinese=country:CN")
    }

    @Test func aMalayNameEndsOnTheFathersNameWhichNamesNoOneAlone() throws {
        // Ahmad Zahid Hamidi is "Zahid" in the press: Hamidi is his father's name, not a surname.
        let document = try annotated("Ahmad Zahid Hamidi ha incontrato il ministro. Hamidi ha poi lasciato Kuala Lumpur.", .italian)
        #expect(document.mentions.filter { $0.entity == "person:ahmad-zahid-hamidi" }.map(\.text) == ["Ahmad Zahid Hamidi"])
    }

    @Test func aSurnameThatOtherOfficeHoldersBearAsAGivenNameDoesNotLinkAlone() throws {
        // Asadullah Khalid is the only office holder with the surname Khalid, but Khalid is the given name of
        // several others (Khalid bin Salman): alone it names no one.
        let alone = try annotated("Khalid said the talks would go on.", .english)
        #expect(!alone.mentions.contains { $0.entity.isKind(.person) })
        let after = try annotated("Asadullah Khalid arrived in Kabul. Khalid said the talks would go on.", .english)
        #expect(after.mentions.filter { $0.entity == "person:asadullah-khalid" }.map(\.text) == ["Asadullah Khalid", "Khalid"])
    }

    @Test func aCompassOrKindWordAloneIsNoRegion() throws {
        // Papua New Guinea's Gulf province keeps its full names; the bare word of a heading is no province (it is
        // the Persian Gulf, as analysis texts mean it: regions-world.gaz).
        let document = try annotated("Tensions in the Gulf\n\nThe talks in Port Moresby and in Gulf Province went on.", .english)
        #expect(document.mentions.map { "\($0.text)=\($0.entity)" }
            == ["Gulf=region:persian-gulf", "Port Moresby=city:port-moresby", "Gulf Province=region:pg-gulf"])
    }

    @Test func theUSTreasuryAndItsSanctionsOffice() throws {
        let italian = try annotated("Il Tesoro americano, tramite l'Ofac, ha colpito tre società.", .italian)
        #expect(italian.mentions.map(\.entity) == ["org:us-treasury", "org:ofac"])
        let english = try annotated("The Office of Foreign Assets Control (OFAC) of the US Treasury listed them; OFAC said so.", .english)
        #expect(english.mentions.map(\.entity) == ["org:ofac", "org:ofac", "org:us-treasury", "org:ofac"])
    }

    @Test func theRiversAnalystsNameInBothLanguages() throws {
        let italian = try annotated("Le chiatte risalgono il Danubio; la diga sul Nilo e quelle sul Mekong, l'Eufrate e il Tigri. "
            + "Le tigri del Bengala restano.", .italian)
        #expect(italian.mentions.map { "\($0.text)=\($0.entity)" }
            == ["Danubio=landform:danube", "Nilo=landform:nile", "Mekong=landform:mekong", "Eufrate=landform:euphrates",
                "Tigri=landform:tigris"])
        // A river's bare name that is a city's stays the city's (Dnipro); the Syr Darya keeps its curated id.
        let english = try annotated("Dams on the Syr Darya and the Dnieper worry Dnipro.", .english)
        #expect(english.mentions.map(\.entity) == ["place:syr-darya", "landform:dnieper", "city:dnipro"])
    }

    @Test func theBosphorusByEitherSpellingAndTheTurkishStraits() throws {
        let document = try annotated("Tankers crossed the Bosphorus and the Bosporus again; the Turkish Straits stay open.", .english)
        #expect(document.mentions.map { "\($0.text)=\($0.entity)" }
            == ["Bosphorus=sea:bosporus", "Bosporus=sea:bosporus", "Turkish Straits=region:turkish-straits"])
    }

    @Test func aSurnameThatIsACommonWordStillNeedsTheFullName() throws {
        // Draghi is also the Italian plural of drago: a short form, linked only after Mario Draghi.
        let alone = try annotated("Draghi ha parlato alla Camera.", .italian)
        #expect(!alone.mentions.contains { $0.entity == "person:mario-draghi" })
        let after = try annotated("Mario Draghi ha parlato alla Camera. Draghi ha poi lasciato l'aula.", .italian)
        #expect(after.mentions.filter { $0.entity == "person:mario-draghi" }.map(\.text) == ["Mario Draghi", "Draghi"])
    }

    @Test func italianPressSpellingsOfZelenskyyLinkToOnePerson() throws {
        let document = try annotated("Zelensky ha risposto; più tardi Volodymyr Zelenskij e Zelenskyj hanno ripetuto.", .italian)
        let zelenskyy = document.mentions.filter { $0.entity == "person:volodymyr-zelenskyy" }
        #expect(zelenskyy.map(\.text) == ["Zelensky", "Volodymyr Zelenskij", "Zelenskyj"])
    }

    @Test func theBelarusianPresidentIn2020IsLukashenko() throws {
        let document = try annotated("10.08.2020\n\nIl presidente bielorusso ha rivendicato la vittoria.", .italian)
        let title = try #require(document.mentions.first { $0.role == .title })
        #expect(title.text == "presidente")
        #expect(title.entity == "person:alexander-lukashenko")
    }

    @Test func theTurkishForeignMinisterIn2019IsCavusoglu() throws {
        let document = try annotated("14 May 2019\n\nThe Turkish foreign minister arrived in Moscow.", .english)
        let title = try #require(document.mentions.first { $0.role == .title })
        #expect(title.text == "foreign minister")
        #expect(title.entity == "person:mevlut-cavusoglu")
        // In 2024 the same words name his successor, from the curated terms after the data's snapshot.
        let later = try annotated("14 May 2024\n\nThe Turkish foreign minister arrived in Moscow.", .english)
        #expect(later.mentions.first { $0.role == .title }?.entity == "person:hakan-fidan")
    }

    @Test func ethiopiasPrimeMinisterAfterTheSnapshotAndByHisPressName() throws {
        let document = try annotated("3 June 2025\n\nThe Ethiopian prime minister met Abiy Ahmed's critics.", .english)
        #expect(document.mentions.first { $0.role == .title }?.entity == "person:abiy-ahmed-ali")
        #expect(document.mentions.first { $0.text == "Abiy Ahmed" }?.entity == "person:abiy-ahmed-ali")
    }

    @Test func nordicAndAmericanLeadersAfterTheSnapshotAnswerTheirTitles() throws {
        let finland = try annotated("12 marzo 2025\n\nIl presidente finlandese e il primo ministro norvegese hanno visitato Tromsø.", .italian)
        #expect(finland.mentions.filter { $0.role == .title }.map { "\($0.text)=\($0.entity)" }
            == ["presidente=person:alexander-stubb", "primo ministro=person:jonas-gahr-store"])
        // In 2020 the same words name the holders of then.
        let before = try annotated("12 marzo 2020\n\nIl presidente finlandese ha visitato Oslo.", .italian)
        #expect(before.mentions.first { $0.role == .title }?.entity == "person:sauli-niinisto")
        let guyana = try annotated("5 June 2024\n\nThe Guyanese president met the Philippine president.", .english)
        #expect(guyana.mentions.filter { $0.role == .title }.map(\.entity) == ["person:irfaan-ali", "person:bongbong-marcos"])
    }

    @Test func withoutADateATitleIsTheHolderTheDocumentNames() throws {
        // A dateline with day and month only: the title is read as the one person named who held the office.
        let named = try annotated("CARACAS, 3 marzo — Il governo di Nicolás Maduro protesta. Il presidente venezuelano ha parlato.", .italian)
        let title = try #require(named.mentions.first { $0.role == .title })
        #expect(title.text == "presidente")
        #expect(title.entity == "person:nicolas-maduro")
        #expect(title.notes == [.heldRoleByNamedPerson(role: "head-of-state", of: "country:VE")])
        // The name may come right after the title.
        let apposed = try annotated("Il presidente guyanese Irfaan Ali ha risposto.", .italian)
        #expect(apposed.mentions.filter { $0.role == .title }.map(\.entity) == ["person:irfaan-ali"])
        // Nobody named who held it, or two who did: no reading.
        let unnamed = try annotated("Il presidente venezuelano ha parlato.", .italian)
        #expect(!unnamed.mentions.contains { $0.role == .title })
        let two = try annotated("Hugo Chávez and Nicolás Maduro were both there; the Venezuelan president spoke.", .english)
        #expect(!two.mentions.contains { $0.role == .title })
        // With a date, the office is read on it alone: a former holder named in the text is not the title.
        let dated = try annotated("2 March 2025\n\nPark Jin, a former foreign minister of South Korea, met the South Korean foreign minister.", .english)
        #expect(!dated.mentions.contains { $0.role == .title && $0.entity == "person:park-jin" })
    }

    @Test func aShortNameAfterTheTitleOfAnOfficeItsHolderHeldNeedsNoFullName() throws {
        // Marcos is a given name too, so alone it needs the full name first; after *President* it does not,
        // and the later bare uses link back to it.
        let english = try annotated("President Marcos met his council. Later, Marcos spoke to the press.", .english)
        #expect(english.mentions.filter { $0.entity == "person:bongbong-marcos" }.map(\.text) == ["Marcos", "Marcos"])
        let italian = try annotated("Il presidente Marcos ha convocato il consiglio.", .italian)
        #expect(italian.mentions.map(\.entity) == ["person:bongbong-marcos"])
        // Alone, or after the title of an office he never held, it is not linked.
        let alone = try annotated("Marcos spoke to the press.", .english)
        #expect(!alone.mentions.contains { $0.entity == "person:bongbong-marcos" })
        let otherOffice = try annotated("Defence minister Marcos spoke to the press.", .english)
        #expect(!otherOffice.mentions.contains { $0.entity == "person:bongbong-marcos" })
    }

    @Test func aFormerOfficeIsNoHolder() throws {
        let italian = try annotated("10.08.2020\n\nL'ex presidente bielorusso e l'allora premier ucraino hanno parlato.", .italian)
        #expect(!italian.mentions.contains { $0.role == .title })
        let english = try annotated("10 August 2020\n\nThe former Belarusian president spoke; the Belarusian president did not.", .english)
        #expect(english.mentions.filter { $0.role == .title }.map { "\($0.start)=\($0.entity)" }
            == ["\(Array("10 August 2020\n\nThe former Belarusian president spoke; the Belarusian ".unicodeScalars).count)=person:alexander-lukashenko"])
    }

    @Test func theNamedHolderNoteReadsBackFromItsWireForm() {
        let note = MentionNote.heldRoleByNamedPerson(role: "foreign-minister", of: "country:AZ")
        #expect(note.description == "foreign-minister of country:AZ, the holder the document names")
        #expect(MentionNote(wire: note.description) == note)
    }

    @Test func theAmericasBodiesByTheirItalianAndUsualNamesAndTheOASIsNoCity() throws {
        let document = try annotated("L'Organizzazione degli Stati americani (OSA) e il Mercosur ne discutono; l'OAS tace.", .italian)
        #expect(document.mentions.filter { $0.type == .organisation }.map { "\($0.text)=\($0.entity)" }
            == ["Organizzazione degli Stati americani=org:oas", "OSA=org:oas", "Mercosur=org:mercosur", "OAS=org:oas"])
        #expect(!document.mentions.contains { $0.type == .place })
    }

    @Test func newsAgenciesQuotedAsSourcesAreOrganisationsNotPlaces() throws {
        let document = try annotated("Secondo la Xinhua e la Tass, la Duma ha votato; lo ha scritto il Quotidiano del Popolo, "
            + "ripreso dall'Ansa. Il fiume fa un'ansa.", .italian)
        #expect(document.mentions.map { "\($0.text)=\($0.entity)" }
            == ["Xinhua=org:xinhua", "Tass=org:tass", "Duma=org:ru-state-duma", "Quotidiano del Popolo=org:people-s-daily",
                "Ansa=org:ansa"])
        // The Syrian city named Duma stays the chamber's alternative.
        #expect(document.mentions.first { $0.text == "Duma" }?.alternatives.map(\.entity) == ["city:duma"])
        let english = try annotated("Reuters and Al Jazeera quoted the Korean Central News Agency (KCNA).", .english)
        #expect(english.mentions.map(\.entity) == ["org:reuters", "org:al-jazeera", "org:kcna", "org:kcna"])
    }

    @Test func portShippingAndTelecomCompaniesAndItalysIntelligenceCommittee() throws {
        let document = try annotated("La Cosco e Maersk usano gru della ZPMC e reti Huawei; il Copasir ha convocato la "
            + "Croce Rossa Italiana.", .italian)
        #expect(document.mentions.map { "\($0.text)=\($0.entity)" }
            == ["Cosco=org:cosco", "Maersk=org:maersk", "ZPMC=org:zpmc", "Huawei=org:huawei", "Copasir=org:it-copasir",
                "Croce Rossa Italiana=org:it-red-cross"])
        let english = try annotated("QatarEnergy and ADNOC bid, Lloyd's List reported.", .english)
        #expect(english.mentions.map(\.entity) == ["org:qatarenergy", "org:adnoc", "org:lloyd-s-list"])
    }

    @Test func italianAcronymsOfTheUNSystem() throws {
        let document = try annotated("Il FMI e l'AIEA hanno chiesto all'OMS e alla Bce di intervenire.", .italian)
        let found = document.mentions.map { "\($0.text)=\($0.entity)" }
        #expect(found == ["FMI=org:imf", "AIEA=org:iaea", "OMS=org:who", "Bce=org:ecb"])
        #expect(document.mentions.allSatisfy { $0.role == .acronym })
    }

    /// The development banks and agencies go by their Italian names too; a common-word name needs its capitals.
    @Test func italianNamesOfTheDevelopmentBanks() throws {
        let document = try annotated("""
            La Banca asiatica di sviluppo, la BERS, la Banca asiatica d'investimento per le infrastrutture e la \
            Nuova banca di sviluppo finanziano la rete; l'Agenzia internazionale dell'energia approva. Una nuova \
            banca di sviluppo nascerà.
            """, .italian)
        let banks = document.mentions.filter { $0.type == .organisation }.map { "\($0.text)=\($0.entity)" }
        #expect(banks == ["Banca asiatica di sviluppo=org:adb", "BERS=org:ebrd",
                          "Banca asiatica d'investimento per le infrastrutture=org:aiib", "Nuova banca di sviluppo=org:ndb",
                          "Agenzia internazionale dell'energia=org:iea"])
    }

    @Test func theEnglishPronounWhoIsNotTheHealthOrganisation() throws {
        // A headline in capitals says nothing by its case; in prose the capitals are the organisation.
        let document = try annotated("WHO IS TO BLAME FOR THE OUTBREAK?\n\nThe WHO said who would pay.", .english)
        #expect(document.mentions.filter { $0.entity == "org:who" }.map(\.start) == [39])
    }

    @Test func casaBiancaStandsForTheUSGovernment() throws {
        let document = try annotated("La Casa Bianca ha smentito.", .italian)
        let mention = try #require(document.mentions.first { $0.entity == "place:white-house" })
        #expect(mention.role == .metonym)
        #expect(mention.refersTo == "gov:US")
    }

    @Test func nationalLegislaturesAreOrganisationsNotThePlacesInsideTheirNames() throws {
        // Lok Sabha is India's lower house, not Sabha the Libyan city; the Duma di Stato is Russia's.
        let english = try annotated("The Lok Sabha passed the bill before the Knesset and the U.S. Senate took theirs up.", .english)
        #expect(english.mentions.map(\.entity) == ["org:in-lok-sabha", "org:il-knesset", "org:us-senate"])
        let italian = try annotated("Il Bundestag e la Duma di Stato hanno votato; la Camera dei deputati no.", .italian)
        #expect(italian.mentions.map(\.entity) == ["org:de-bundestag", "org:ru-state-duma", "org:it-chamber"])
        #expect(italian.mentions.map(\.text) == ["Bundestag", "Duma di Stato", "Camera dei deputati"])
    }

    @Test func aSingaporeanChineseNameHasItsSurnameFirst() throws {
        // Lee Hsien Loong is Mr Lee: the last word of his name is no surname, and a drone named Wing Loong is no person.
        let document = try annotated("Il premier Lee Hsien Loong ha ricevuto il ministro. Lee ha poi parlato. Il drone Wing Loong-1 vola.", .italian)
        #expect(document.mentions.filter { $0.entity == "person:lee-hsien-loong" }.map(\.text) == ["Lee Hsien Loong", "Lee"])
    }
}
