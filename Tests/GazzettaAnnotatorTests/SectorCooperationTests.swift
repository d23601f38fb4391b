import GazzettaLexicon
import GazzettaModel
import GazzettaTestSupport
import GazzettaText
import Testing

/// Sector cue patterns and cooperation records (issue 17), on sentences written for these tests.
struct SectorPatternTests {
    /// The sector cues of `text`, as (text, sector id).
    private func cues(_ text: String, _ language: Language) throws -> [(String, String)] {
        try annotated(text, language).mentions.filter { $0.type == .sector }.map { ($0.text, $0.entity.rawValue) }
    }

    @Test func patternsExpandEndingsInflectionAndOptionalModifiers() throws {
        let pattern = try CuePattern("esercitazion(e/i) [navale~/militare~] congiunto~", language: .italian)
        #expect(pattern.phrases.contains("esercitazioni navali congiunte"))
        #expect(pattern.phrases.contains("esercitazione congiunta"))
        #expect(pattern.phrases.contains("esercitazione militare congiunta"))
        #expect(!pattern.phrases.contains("esercitazioni"))
        let english = try CuePattern("joint [naval] exercise~", language: .english)
        #expect(Set(english.phrases) == ["joint naval exercise", "joint naval exercises", "joint exercise", "joint exercises"])
    }

    @Test func malformedPatternsAreRefusedWithTheReason() {
        #expect(throws: CuePatternError.self) { try CuePattern("[navale/aerea]", language: .italian) }
        #expect(throws: CuePatternError.self) { try CuePattern("esercitazion(e/i congiunta", language: .italian) }
        #expect(throws: CuePatternError.self) { try CuePattern("{a/b/c/d/e/f/g/h} {a/b/c/d/e/f/g/h} {a/b/c/d/e/f/g/h} {a/b/c/d/e/f/g/h/i}", language: .english) }
    }

    @Test func italianCuesSurviveNumberGenderAndModifiers() throws {
        let found = try cues("La marina ha svolto un'esercitazione navale congiunta, poi esercitazioni militari congiunte e un accordo di cooperazione militare e tecnica.", .italian)
        #expect(found.contains { $0 == ("esercitazione navale congiunta", "sector:joint-exercises") })
        #expect(found.contains { $0 == ("esercitazioni militari congiunte", "sector:joint-exercises") })
        #expect(found.contains { $0 == ("accordo di cooperazione militare e tecnica", "sector:military-technical") })
    }

    @Test func englishCuesSurvivePluralsAndModifiers() throws {
        let found = try cues("They held a joint anti-terrorism exercise and later joint naval exercises; sanctions followed.", .english)
        #expect(found.contains { $0 == ("joint anti-terrorism exercise", "sector:joint-exercises") })
        #expect(found.contains { $0 == ("joint naval exercises", "sector:joint-exercises") })
        #expect(found.contains { $0 == ("sanctions", "sector:sanctions") })
    }

    @Test func jointBomberPatrolsAreNotBorderSecurity() throws {
        let found = try cues("Ci sono stati pattugliamenti congiunti di bombardieri e un pattugliamento congiunto delle frontiere.", .italian)
        #expect(found.contains { $0 == ("pattugliamenti congiunti", "sector:joint-exercises") })
        #expect(found.contains { $0 == ("pattugliamento congiunto delle frontiere", "sector:border-security") })
    }

    @Test func armedForcesKeepTheirActorInAnyCase() throws {
        let italian = try annotated("Le forze armate russe hanno concluso le manovre.", .italian)
        #expect(italian.mentions.contains { $0.text == "forze armate russe" && $0.entity == "military:RU" })
        let english = try annotated("The Russian armed forces ended the drills.", .english)
        #expect(english.mentions.contains { $0.text == "Russian armed forces" && $0.entity == "military:RU" })
    }

    @Test func sectorEntitiesCarryTheirCodes() throws {
        let document = try annotated("Il Kazakhstan e la Cina hanno firmato un accordo sulle ferrovie.", .italian)
        #expect(document.entities["sector:transport-connectivity"]?.codes["cameo"] == "061")
        #expect(document.entities["sector:transport-connectivity"]?.codes["crs"] == "21010")
    }

    @Test func wordsInsideANameAreNoCues() throws {
        // Found as a new organisation: its words are the name's, and no alternative of it.
        let found = try annotated("Officials of the Ministry of Roads and Transport met Chinese engineers to discuss roads and railways.", .english)
        let ministry = try #require(found.mentions.first { $0.text == "Ministry of Roads and Transport" })
        #expect(ministry.type == .organisation && ministry.alternatives.isEmpty)
        #expect(found.mentions.filter { $0.type == .sector }.map(\.text) == ["roads", "railways"])
        // A ministry that names no one body is still a name: its portfolio word is no cue.
        #expect(try cues("The Ministry of Transport will publish the figures on roads.", .english).map(\.0) == ["roads"])
        #expect(try cues("Il Ministero dei Trasporti e il Ministero delle Ferrovie parlano di strade.", .italian).map(\.0) == ["strade"])
        // Outside a name the same words are cues.
        #expect(try cues("Roads and transport need money.", .english).count == 2)
    }

    @Test func issuePhrasesInTheOtherLanguage() throws {
        // The issue's Italian phrases in English and its English ones in Italian, each with its exact span.
        let italian = try cues("Le due marine chiuderanno domani un'esercitazione antiterrorismo congiunta al largo di Tartus.", .italian)
        #expect(italian.contains { $0 == ("esercitazione antiterrorismo congiunta", "sector:joint-exercises") })
        let english = try cues("Two squadrons flew joint bomber patrols over the sea, and later a joint border patrol set out.", .english)
        #expect(english.contains { $0 == ("joint bomber patrols", "sector:joint-exercises") })
        #expect(english.contains { $0 == ("joint border patrol", "sector:border-security") })
        #expect(!english.contains { $0.0 == "joint bomber patrols" && $0.1 == "sector:border-security" })
    }

    @Test func sanctionsInvestmentAndTransportAreSectorsInBothLanguages() throws {
        let italian = try cues("Dopo le sanzioni economiche, Astana cerca investimenti diretti, prestiti agevolati e nuove ferrovie.", .italian)
        #expect(italian.contains { $0 == ("sanzioni economiche", "sector:sanctions") })
        #expect(italian.contains { $0 == ("investimenti diretti", "sector:investment-finance") })
        #expect(italian.contains { $0 == ("prestiti agevolati", "sector:investment-finance") })
        #expect(italian.contains { $0 == ("ferrovie", "sector:transport-connectivity") })
        let english = try cues("After the financial sanctions, the government sought loans from development banks for its ports and rail links.", .english)
        #expect(english.contains { $0 == ("financial sanctions", "sector:sanctions") })
        #expect(english.contains { $0 == ("loans", "sector:investment-finance") })
        #expect(english.contains { $0 == ("development banks", "sector:investment-finance") })
        #expect(english.contains { $0 == ("ports", "sector:transport-connectivity") })
        #expect(english.contains { $0 == ("rail links", "sector:transport-connectivity") })
        // The verbal noun is finance too (Corpus/dev-orgs: a bank's suspended lending was a miss).
        let lending = try cues("The fund froze its lending to the port authority.", .english)
        #expect(lending.contains { $0 == ("lending", "sector:investment-finance") })
    }

    @Test func aUtilitysTariffIsAPriceNotTrade() throws {
        let prices = try cues("Households will pay higher gas tariffs and electricity tariffs next year.", .english)
        // The carriers stay cues of their own sectors; the tariffs after them are none.
        #expect(prices.map(\.0) == ["gas", "electricity"] && !prices.contains { $0.1 == "sector:trade" })
        // Tariffs on their own, or on goods, are trade policy.
        let trade = try cues("Washington raised tariffs on steel; the steel tariffs hurt exporters.", .english)
        #expect(trade.map(\.0) == ["tariffs", "tariffs"] && trade.allSatisfy { $0.1 == "sector:trade" })
    }

    @Test func anIntelligenceChiefOrServiceIsNoIntelligenceSharing() throws {
        let english = try cues("The Egyptian intelligence chief met military intelligence officers; intelligence sharing and "
            + "cooperation on intelligence grew.", .english)
        #expect(english.map(\.0) == ["intelligence sharing", "intelligence"])
        #expect(english.allSatisfy { $0.1 == "sector:intelligence-sharing" })
        let italian = try cues("Il capo dell'intelligence e i servizi di intelligence tacciono; lo scambio di intelligence "
            + "prosegue e la cooperazione nell'intelligence cresce.", .italian)
        #expect(italian.map(\.0) == ["scambio di intelligence", "intelligence"])
    }

    @Test func energyIsFiledByCarrier() throws {
        let found = try cues("Il gasdotto porta gas, il petrolio viaggia per nave e l'elettricità per le linee elettriche.", .italian)
        #expect(found.map(\.1) == ["sector:pipelines", "sector:energy-gas", "sector:energy-oil", "sector:energy-electricity", "sector:energy-electricity"])
    }
}

struct CooperationRecordTests {
    private func records(_ text: String, _ language: Language) throws -> [CooperationRecord] {
        try annotated(text, language).cooperation
    }

    @Test func coordinatedSubjectsMakeARecordWithCueTieAndCodes() throws {
        let text = "Russia e Cina hanno condotto esercitazioni navali congiunte nel 2021."
        let found = try records(text, .italian)
        #expect(found.count == 1)
        let record = try #require(found.first)
        #expect(record.actors == ["country:CN", "country:RU"])
        #expect(record.sector == "sector:joint-exercises")
        #expect(record.tie?.kind == .subject)
        #expect(record.polarity == .cooperation)
        #expect(record.cameo == "062")
        #expect(record.date == "2021")
        let cue = try #require(record.cue)
        #expect(slice(text, cue.start, cue.end) == "esercitazioni navali congiunte")
        #expect(record.evidence == Span(start: 0, end: text.unicodeScalars.count))
    }

    @Test func aNavalExerciseParagraphMakesOneRecordInEachLanguage() throws {
        let english = "Russia and China held joint naval exercises in the East China Sea in 2019. The drills lasted a week, " +
            "and Moscow said more would follow."
        let found = try records(english, .english)
        #expect(found.map(\.actors) == [["country:CN", "country:RU"]])
        #expect(found.first?.sector == "sector:joint-exercises" && found.first?.date == "2019" && found.first?.cameo == "062")
        let italian = "Nel 2019 la Cina e la Russia hanno svolto un'esercitazione navale congiunta nel Mar Cinese Orientale. " +
            "Le manovre sono durate una settimana."
        let record = try #require(try records(italian, .italian).first)
        #expect(record.actors == ["country:CN", "country:RU"] && record.sector == "sector:joint-exercises" && record.date == "2019")
        #expect(try records(italian, .italian).count == 1)
    }

    @Test func anObserverBesideASectorWordMakesNoRecordInEitherLanguage() throws {
        #expect(try records("La Russia osserva con attenzione le sanzioni decise dall'Unione europea.", .italian).isEmpty)
        #expect(try records("Russia is watching the naval exercises China holds near Taiwan.", .english).isEmpty)
    }

    @Test func transportAndInvestmentRecordsInBothLanguages() throws {
        let english = try records("Kazakhstan and China signed an agreement on railways and ports.", .english)
        #expect(english.map(\.sector).contains("sector:transport-connectivity"))
        #expect(english.allSatisfy { $0.actors == ["country:CN", "country:KZ"] })
        let italian = try records("La Cina e il Kirghizistan hanno firmato un accordo sugli investimenti.", .italian)
        #expect(italian.map(\.sector) == ["sector:investment-finance"] && italian.first?.cameo == "061")
    }

    @Test func betweenWithAndCompoundsTieActorsInBothLanguages() throws {
        #expect(try records("Il commercio tra Cina e Kazakhstan cresce.", .italian).first?.tie?.kind == .between)
        #expect(try records("Trade between China and Kazakhstan is growing.", .english).first?.actors == ["country:CN", "country:KZ"])
        #expect(try records("Sino-Russian joint exercises will continue.", .english).first?.tie?.kind == .compound)
        let with = try #require(try records("Il Kirghizistan rafforza la sicurezza delle frontiere con la Cina.", .italian).first)
        #expect(with.participants?.first { $0.role == .initiator }?.actor == "country:KG")
        #expect(with.participants?.first { $0.role == .partner }?.actor == "country:CN")
        let english = try #require(try records("Kazakhstan signed a trade agreement with China.", .english).first)
        #expect(english.tie?.kind == .with && english.actors == ["country:CN", "country:KZ"])
    }

    @Test func coOccurrenceWithoutATieMakesNoRecord() throws {
        #expect(try records("La Russia osserva le esercitazioni della Cina.", .italian).isEmpty)
        #expect(try records("Russia watches China's military exercises.", .english).isEmpty)
        // Actors after a preposition are not a subject: transit countries do not cooperate.
        #expect(try records("Il gas arriva attraverso Uzbekistan e Kazakhstan.", .italian).isEmpty)
        #expect(try records("Gas flows across Uzbekistan and Kazakhstan.", .english).isEmpty)
    }

    @Test func aFrontedAdverbialOfTimeLeavesTheSubjectAfterIt() throws {
        // A preposition and a word of time (or a month) say when; the coordination after them is the subject.
        for (text, language) in [("Da anni Mongolia e India svolgono esercitazioni militari congiunte.", Language.italian),
                                 ("Negli ultimi mesi Mongolia e India hanno firmato accordi sul commercio.", .italian),
                                 ("A giugno Mongolia e India hanno firmato un accordo sul commercio.", .italian),
                                 ("For years Mongolia and India have held joint exercises.", .english),
                                 ("In recent months Mongolia and India signed a trade agreement.", .english)] {
            #expect(try records(text, language).map(\.actors) == [["country:IN", "country:MN"]], "\(text)")
        }
        // Other words between the preposition and the actors keep them its complement.
        #expect(try records("Il gas arriva da nord attraverso Uzbekistan e Kazakhstan.", .italian).isEmpty)
    }

    @Test func aJointWordTiesOnlyTheActorsBesideIt() throws {
        let found = try records("La Russia osserva le esercitazioni congiunte di Cina e Kazakhstan.", .italian)
        #expect(found.map(\.actors) == [["country:CN", "country:KZ"]])
    }

    @Test func theInitiatorOfAWithPairStandsInItsClause() throws {
        // The actor before ", and" belongs to the first clause; "the ministry" is no mention: nobody initiates.
        #expect(try records("Baku courts Turkish lenders for its railways, and the ministry keeps close energy ties with Tehran.", .english).isEmpty)
        #expect(try records("Baku keeps close energy ties with Tehran.", .english).map(\.actors) == [["country:AZ", "country:IR"]])
        #expect(try records("Erevan cerca prestiti dalle banche europee per le ferrovie, e il ministero mantiene stretti legami energetici con Mosca.",
                            .italian).isEmpty)
        let italian = try #require(try records("Erevan mantiene stretti legami energetici con Mosca.", .italian).first)
        #expect(italian.actors == ["country:AM", "country:RU"] && italian.tie?.kind == .with)
    }

    @Test func aLaterClauseOpeningOnItsCueBelongsToTheSentencesSubject() throws {
        // ", and energy cooperation with Beijing": the clause has no subject but its cue; the sentence's has.
        let english = try #require(try records("Astana ordered new trucks last spring, and energy cooperation with Beijing now includes a refinery.",
                                               .english).first)
        #expect(english.actors == ["country:CN", "country:KZ"] && english.sector == "sector:energy")
        #expect(english.participants?.first { $0.role == .initiator }?.actor == "country:KZ")
        let italian = try #require(try records("Astana ha ordinato nuovi camion, e la cooperazione energetica con Pechino comprende ora una raffineria.",
                                               .italian).first)
        #expect(italian.actors == ["country:CN", "country:KZ"] && italian.tie?.kind == .with)
        // A clause with a subject of its own that is no actor still ties nobody.
        #expect(try records("Astana ordered new trucks last spring, and the ministry keeps energy ties with Beijing.", .english).isEmpty)
        // Nor does a sentence whose first actor is a complement.
        #expect(try records("For Astana the trucks arrived late, and energy cooperation with Beijing now includes a refinery.", .english).isEmpty)
    }

    @Test func theActorACooperationServesInitiatesIt() throws {
        let italian = try #require(try records("Per il Kazakhstan la collaborazione con la Russia garantisce ricambi e addestramento militare.",
                                               .italian).first)
        #expect(italian.actors == ["country:KZ", "country:RU"] && italian.sector == "sector:military-training")
        #expect(italian.participants?.first { $0.role == .initiator }?.actor == "country:KZ")
        let english = try records("For Kyrgyzstan, joint drills with Kazakhstan are the best training.", .english)
        #expect(english.map(\.actors).contains(["country:KG", "country:KZ"]))
        // A with-phrase after no joint word or cue shares nothing, even in a sentence with a joint word: the
        // frontier is not a field of cooperation.
        #expect(try records("Per il Tagikistan il confine con l'Afghanistan resta aperto al commercio, dice l'accordo.", .italian).isEmpty)
        #expect(try records("For Tajikistan the frontier with Afghanistan stays open to trade under the agreement.", .english).isEmpty)
    }

    @Test func aRecordsCueActorsAndJointWordLieInOneClause() throws {
        // A sector cue after a semicolon, colon, dash aside or inner full stop is no sector of a record before it.
        let english = try records("For Armenia, joint drills with Russia matter most; trade grew.", .english)
        #expect(english.map(\.actors).contains(["country:AM", "country:RU"]))
        #expect(!english.map(\.sector).contains("sector:trade"))
        let italian = try records("Per l'Armenia le esercitazioni congiunte con la Russia contano; il commercio cresce.", .italian)
        #expect(italian.map(\.actors).contains(["country:AM", "country:RU"]))
        #expect(!italian.map(\.sector).contains("sector:trade"))
        // A joint word in another clause ties no with-pair.
        #expect(try records("Uzbekistan keeps the frontier with Afghanistan closed; joint patrols go on elsewhere.", .english).isEmpty)
        #expect(try records("L'Uzbekistan tiene chiuso il confine con l'Afghanistan; i pattugliamenti congiunti proseguono altrove.", .italian).isEmpty)
    }

    @Test func aCueAfterAPossessiveOfOneOwnerIsNoSharedSector() throws {
        let owned = try records("The Kazakhstan–China oil pipeline reopened last year and kept militants away from its energy infrastructure.", .english)
        #expect(owned.map(\.sector) == ["sector:pipelines"])
        // Without the possessive the same cue is shared.
        let shared = try records("The Kazakhstan–China oil pipeline reopened last year and brought new energy investment.", .english)
        #expect(shared.map(\.sector).contains("sector:energy"))
        let italian = try records("Il gasdotto Russia-Cina ha ripreso i flussi e protegge dai sabotaggi la sua energia.", .italian)
        #expect(italian.map(\.sector) == ["sector:pipelines"])
        #expect(try records("Il gasdotto Russia-Cina ha ripreso i flussi e porta energia a entrambi.", .italian).map(\.sector).contains("sector:energy"))
    }

    @Test func polarityFollowsTheSectorAndTheSentence() throws {
        #expect(try records("The United States and the European Union imposed sanctions together.", .english).first?.polarity == .sanctions)
        #expect(try records("The United States and the European Union imposed sanctions together.", .english).first?.cameo == "163")
        #expect(try records("Tra Russia e Ucraina la guerra ha colpito il commercio.", .italian).first?.polarity == .conflict)
        // Exercises named for war are still cooperation (the reference article's *giochi di guerra della SCO*).
        let games = try records("L'India e il Kazakhstan hanno svolto esercitazioni militari congiunte nei giochi di guerra annuali.", .italian)
        #expect(games.first.map { ($0.polarity, $0.cameo) } ?? (.conflict, "") == (.cooperation, "062"))
        let english = try records("Mongolia and India held joint exercises, war games on a mountain range.", .english)
        #expect(english.first.map { ($0.polarity, $0.cameo) } ?? (.conflict, "") == (.cooperation, "062"))
    }

    @Test func aNegatedJoiningVerbMakesNoRecordInEitherLanguage() throws {
        #expect(try records("La Georgia e l'Armenia non hanno firmato l'accordo sul commercio.", .italian).isEmpty)
        #expect(try records("Georgia e Armenia non hanno mai concluso un accordo sul commercio.", .italian).isEmpty)
        #expect(try records("Georgia and Armenia have not signed any trade agreement.", .english).isEmpty)
        #expect(try records("Georgia and Armenia haven't signed a trade agreement.", .english).isEmpty)
        #expect(try records("Georgia and Armenia never held joint exercises.", .english).isEmpty)
        #expect(try records("No trade agreement between Georgia and Armenia was reached.", .english).isEmpty)
        // A negator that negates nothing (*non solo*, *not only*) keeps the record.
        #expect(try records("La Georgia e l'Armenia hanno firmato non solo un accordo sul commercio.", .italian).map(\.sector) == ["sector:trade-agreements"])
        #expect(try records("Georgia and Armenia signed not only a trade agreement.", .english).map(\.sector) == ["sector:trade-agreements"])
        // A negation after the cue negates another field, not the record's.
        let english = try records("Georgia and Armenia signed a trade agreement that does not cover energy.", .english)
        #expect(english.map(\.sector) == ["sector:trade-agreements"])
        let italian = try records("Georgia e Armenia hanno firmato un accordo sul commercio che non riguarda l'energia.", .italian)
        #expect(italian.map(\.sector) == ["sector:trade-agreements"])
    }

    @Test func aMediatorJoinsThePartiesItMediatesBetween() throws {
        let italian = try #require(try records("Nel 2021 il Kazakhstan ha mediato tra Armenia e Azerbaigian un accordo sul commercio.", .italian).first)
        #expect(italian.actors == ["country:AM", "country:AZ", "country:KZ"] && italian.tie?.kind == .between)
        #expect(italian.participants?.first { $0.role == .mediator }?.actor == "country:KZ")
        let after = try records("La mediazione del Kazakhstan tra Armenia e Azerbaigian ha riaperto il commercio.", .italian)
        #expect(after.map(\.actors) == [["country:AM", "country:AZ", "country:KZ"]])
        let english = try #require(try records("Kazakhstan brokered a deal between Armenia and Azerbaijan on trade.", .english).first)
        #expect(english.actors == ["country:AM", "country:AZ", "country:KZ"])
        #expect(english.participants?.first { $0.role == .mediator }?.actor == "country:KZ")
        #expect(try records("Kazakhstan's mediation between Armenia and Azerbaijan revived trade.", .english).map(\.actors)
                == [["country:AM", "country:AZ", "country:KZ"]])
        // Without a mediation word, or with the third actor as a complement, the pair stands alone.
        #expect(try records("Kazakhstan welcomed the trade deal between Armenia and Azerbaijan.", .english).map(\.actors)
                == [["country:AM", "country:AZ"]])
        #expect(try records("Secondo la Russia, la mediazione tra Armenia e Azerbaigian ha riaperto il commercio.", .italian).map(\.actors)
                == [["country:AM", "country:AZ"]])
    }

    @Test func aSellerItsBuyerAndASanctionerItsTargetAreTied() throws {
        func roles(_ record: CooperationRecord?) -> [String] {
            (record?.participants ?? []).map { "\($0.actor.rawValue) \($0.role?.rawValue ?? "-")" }
        }
        let sells = try records("L'Azerbaigian vende gas alla Georgia.", .italian)
        #expect(sells.map(\.sector) == ["sector:energy-gas"] && sells.first?.tie?.kind == .directed)
        #expect(roles(sells.first) == ["country:AZ initiator", "country:GE partner"])
        #expect(roles(try records("La Georgia compra gas dall'Azerbaigian.", .italian).first) == ["country:GE initiator", "country:AZ partner"])
        #expect(try records("L'Armenia compra gas iraniano.", .italian).map(\.actors) == [["country:AM", "country:IR"]])
        let sanctions = try #require(try records("Nel 2019 il Canada ha imposto sanzioni contro l'Iran.", .italian).first)
        #expect(sanctions.actors == ["country:CA", "country:IR"] && sanctions.polarity == .sanctions && sanctions.date == "2019")
        #expect(roles(try records("Azerbaijan sells gas to Georgia.", .english).first) == ["country:AZ initiator", "country:GE partner"])
        #expect(roles(try records("Georgia buys gas from Azerbaijan.", .english).first) == ["country:GE initiator", "country:AZ partner"])
        #expect(try records("Armenia buys Iranian gas.", .english).map(\.actors) == [["country:AM", "country:IR"]])
        let english = try #require(try records("Canada imposed new sanctions on Iran.", .english).first)
        #expect(english.actors == ["country:CA", "country:IR"] && english.sector == "sector:sanctions" && english.cameo == "163")
        // No sector cue in the object, a negated or stopped verb, a partner after another preposition, or
        // no verb of the kind: no record.
        #expect(try records("Georgia buys trucks from Azerbaijan.", .english).isEmpty)
        #expect(try records("La Georgia compra camion dall'Azerbaigian.", .italian).isEmpty)
        #expect(try records("Georgia stopped buying gas from Azerbaijan.", .english).isEmpty)
        #expect(try records("La Georgia non compra più gas dall'Azerbaigian.", .italian).isEmpty)
        #expect(try records("Georgia buys gas in Azerbaijan.", .english).isEmpty)
        #expect(try records("Il gas arriva in Georgia dall'Azerbaigian.", .italian).isEmpty)
        // The object's cue is the record's sector, not a cue elsewhere in the sentence.
        let object = try records("La Turchia compra gas russo e vende camion alla Georgia.", .italian)
        #expect(object.map(\.actors) == [["country:RU", "country:TR"]] && object.map(\.sector) == ["sector:energy-gas"])
    }

    @Test func sectorsCoordinatedWithARecordsCueShareItsRecord() throws {
        let italian = try records("Georgia e Armenia, dopo lunghi mesi di colloqui difficili e spesso rinviati dai rispettivi parlamenti, " +
                                  "hanno promesso più commercio e nuove ferrovie.", .italian)
        #expect(Set(italian.map(\.sector)) == ["sector:trade", "sector:transport-connectivity"])
        #expect(italian.allSatisfy { $0.actors == ["country:AM", "country:GE"] })
        let english = try records("Georgia and Armenia, after long months of difficult talks often postponed by their parliaments, " +
                                  "promised more trade and new railways.", .english)
        #expect(Set(english.map(\.sector)) == ["sector:trade", "sector:transport-connectivity"])
        // A cue in a later clause, not coordinated with the record's, stays out.
        let apart = try records("Georgia and Armenia, after long months of difficult talks often postponed by their parliaments, " +
                                "promised more trade, while the railways of the region stay closed.", .english)
        #expect(apart.map(\.sector) == ["sector:trade"])
        let lontano = try records("Georgia e Armenia, dopo lunghi mesi di colloqui difficili e spesso rinviati dai rispettivi parlamenti, " +
                                  "hanno promesso più commercio, mentre le ferrovie della regione restano chiuse.", .italian)
        #expect(lontano.map(\.sector) == ["sector:trade"])
    }

    @Test func aFrontedWithPhraseAndAnObjectAfterThePartnerTieTheActors() throws {
        func initiator(_ found: [CooperationRecord]) -> EntityID? { found.first?.participants?.first { $0.role == .initiator }?.actor }
        let italian = try records("Con la Georgia, invece, l'Armenia ha scelto il commercio.", .italian)
        #expect(italian.map(\.actors) == [["country:AM", "country:GE"]] && initiator(italian) == "country:AM")
        let english = try records("With Georgia, however, Armenia chose closer trade.", .english)
        #expect(english.map(\.actors) == [["country:AM", "country:GE"]] && initiator(english) == "country:AM")
        #expect(try records("L'Armenia costruisce con la Georgia un nuovo gasdotto.", .italian).map(\.actors) == [["country:AM", "country:GE"]])
        let object = try records("Armenia is building with Georgia a new gas pipeline.", .english)
        #expect(object.map(\.actors) == [["country:AM", "country:GE"]] && object.first?.tie?.kind == .with)
        // A fronted phrase that does not end on a comma, or a cue the partner does not share, ties nobody.
        #expect(try records("Con la Georgia in crisi, l'Armenia cerca commercio altrove.", .italian).isEmpty)
        #expect(try records("With Georgia at war, Armenia looks for trade elsewhere.", .english).isEmpty)
        #expect(try records("L'Armenia confina con la Georgia, e il commercio cresce.", .italian).isEmpty)
        #expect(try records("Armenia shares a border with Georgia, and trade grows.", .english).isEmpty)
    }

    private func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(start).prefix(end - start)))
    }
}
