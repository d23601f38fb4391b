import Foundation
import Testing
import GazzettaAnnotator
import GazzettaExport
import GazzettaLexicon
import GazzettaModel
import GazzettaText

/// A lexicon written for these tests.
let resolutionLexicon = """
@source: written for Gazzetta's tests
[country:KZ]
type = place
subtype = country
label.it = Kazakhstan
label.en = Kazakhstan
name = Kazakhstan
adj.it = kazakho
adj.en = Kazakh
[country:GE]
type = place
subtype = country
label.it = Georgia
label.en = Georgia
name = Georgia [cap]
ambiguous = Georgia
[region:us-georgia]
type = place
subtype = region
label.it = Georgia
label.en = Georgia
name = Georgia [cap]
partOf = country:US
ambiguous = Georgia
[country:US]
type = place
subtype = country
label.it = Stati Uniti
label.en = United States
name.en = United States
name.it = Stati Uniti
[city:astana]
type = place
subtype = city
label.it = Astana
label.en = Astana
name = Astana
seatOf = gov:KZ
partOf = country:KZ
[gov:KZ]
type = actor
subtype = government
label.it = Governo del Kazakhstan
label.en = Government of Kazakhstan
[org:sco]
type = organisation
subtype = intergovernmental
label.it = Organizzazione per la cooperazione di Shanghai
label.en = Shanghai Cooperation Organisation
name.en = Shanghai Cooperation Organization
[person:nursultan-nazarbayev]
type = actor
subtype = person
label.it = Nursultan Nazarbayev
label.en = Nursultan Nazarbayev
name = Nursultan Nazarbayev
short = Nazarbayev
role = head-of-state of country:KZ from 1991-12-16 to 2019-03-20
[person:kassym-jomart-tokayev]
type = actor
subtype = person
label.it = Kassym-Jomart Tokayev
label.en = Kassym-Jomart Tokayev
name = Kassym-Jomart Tokayev
surname = Tokayev [cap] | Tokaev [cap]
"""

func annotate(_ text: String, _ language: Language) throws -> AnnotatedDocument {
    let compiled = try LexiconCompiler().compile(LexiconLoader().load(sources: [("r.gaz", resolutionLexicon)]))
    let source = SourceText(text)
    return try Annotator(compiled: compiled).annotate(source, bytes: Array(text.utf8), id: "test",
                                                       options: AnnotationOptions(language: language))
}

@Suite struct ResolutionTests {
    @Test func acronymsDefinedInTheTextLinkLaterUses() throws {
        let document = try annotate("The Shanghai Cooperation Organization (SCO) met. Later the SCO agreed.", .english)
        let sco = document.mentions.filter { $0.entity == "org:sco" }
        #expect(sco.map(\.text) == ["Shanghai Cooperation Organization", "SCO", "SCO"])
        #expect(sco.dropFirst().allSatisfy { $0.role == .acronym })
        // Full-width brackets fold to ASCII ones and define too; a bracket carrying a combining mark is no bracket.
        let wide = try annotate("The Shanghai Cooperation Organization （SCO） met. Later the SCO agreed.", .english)
        #expect(wide.mentions.filter { $0.entity == "org:sco" }.count == 3)
        let marked = try annotate("The Quadrilateral Coordination Mechanism (\u{301}QCM) met. Later the QCM agreed.", .english)
        #expect(!marked.mentions.contains { $0.entity == "new:org:quadrilateral-coordination-mechanism" })
    }

    @Test func anUnknownLongFormSwallowsTheNamesInsideItAndKeepsThemAsAlternatives() throws {
        let document = try annotate("The Tehrik-i-Kazakhstan United States (TKUS) struck; the TKUS fled.", .english)
        let new = document.mentions.filter { $0.entity == "new:org:tehrik-i-kazakhstan-united-states" }
        #expect(new.map(\.text) == ["Tehrik-i-Kazakhstan United States", "TKUS", "TKUS"])
        #expect(new[0].alternatives.map(\.entity) == ["country:KZ", "country:US"])
        #expect(!document.mentions.contains { $0.entity == "country:KZ" })
    }

    @Test func aLongFormThatWouldCutAKnownNameIsNotDefined() throws {
        let document = try annotate("The United States Space Command (SSC) met.", .english)
        // The initials would cut *United States* (*States Space Command*): no such long form. Discovery reads the
        // whole name by its designator before the bracket, the country inside kept as an alternative.
        #expect(document.mentions.map(\.text) == ["United States Space Command", "SSC"])
        #expect(document.mentions.first?.alternatives.map(\.entity) == ["country:US"])
        #expect(document.mentions.allSatisfy { $0.entity == "new:org:united-states-space-command" })
        let accented = try annotate("L'Élite Défense Group (ÉDG) è nuovo.", .italian)
        // Discovery reads the long form by its last word (*Group*, in any language); the accented acronym
        // is defined as that organisation's.
        #expect(accented.mentions.map(\.entity) == ["new:org:elite-defense-group", "new:org:elite-defense-group"])
        #expect(accented.mentions.last?.text == "ÉDG" && accented.mentions.last?.role == .acronym)
    }

    @Test func anAcronymThatDoesNotFitTheNameBeforeItIsNotDefinedByIt() throws {
        let document = try annotate("The Kazakhstan–United States (KUS) pipeline; later KUS stalled.", .english)
        #expect(!document.mentions.contains { $0.text == "KUS" })
        #expect(document.mentions.map(\.entity) == ["country:KZ", "country:US"])
    }

    @Test func anUnknownLongFormWithAnAcronymBecomesANewCandidate() throws {
        let text = "Il Quadrilateral Cooperation and Coordination Mechanism (QCCM) riunisce quattro Paesi. Il QCCM si è riunito."
        let document = try annotate(text, .italian)
        let new = document.mentions.filter { $0.entity == "new:org:quadrilateral-cooperation-and-coordination-mechanism" }
        #expect(new.map(\.text) == ["Quadrilateral Cooperation and Coordination Mechanism", "QCCM", "QCCM"])
        #expect(new.allSatisfy { $0.notes == [.notInLexicon] })
        #expect(document.entities["new:org:quadrilateral-cooperation-and-coordination-mechanism"]?.label[.english] == "Quadrilateral Cooperation and Coordination Mechanism")
    }

    @Test func aTechnicalOrPolicyTermWithItsAcronymIsNoBody() throws {
        let english = try annotate("Ships crossed the Exclusive Economic Zone (EEZ) under an Unmanned Aerial Vehicle "
            + "(UAV); the Memorandum of Understanding (MoU) and the Message Authentication Code (MAC) followed. Later the "
            + "EEZ and the UAV.", .english)
        #expect(!english.mentions.contains { $0.type == .organisation })
        // A head-first language puts the term's head first (*Zona Economica Esclusiva*).
        let italian = try annotate("La Zona Economica Esclusiva (ZEE) resta contesa; la ZEE è ampia.", .italian)
        #expect(!italian.mentions.contains { $0.type == .organisation })
        // A designator among the words makes a body of a name ending on a term's word (*Office of … Control*).
        let body = try annotate("The Office of Export Control (OEC) and the Integrated Missile Systems Agency (IMSA) met.", .english)
        #expect(body.mentions.filter { $0.type == .organisation }.map(\.text)
            == ["Office of Export Control", "OEC", "Integrated Missile Systems Agency", "IMSA"])

    }

    @Test func acronymsWithLowercaseLettersALeftOutWordAndTheAcronymFirst() throws {
        let text = "The Coastal Fisheries Management Board (CoFMB) met the Centers for Disease Control and Prevention (CDC). "
            + "The NRC (Norwegian Refugee Council) agreed; later the CoFMB, the CDC and the NRC signed. McDonald (MD) did not."
        let document = try annotate(text, .english)
        let board = document.mentions.filter { $0.entity == "new:org:coastal-fisheries-management-board" }
        #expect(board.map(\.text) == ["Coastal Fisheries Management Board", "CoFMB", "CoFMB"])
        let centers = document.mentions.filter { $0.entity == "new:org:centers-for-disease-control-and-prevention" }
        #expect(centers.map(\.text) == ["Centers for Disease Control and Prevention", "CDC", "CDC"])
        let council = document.mentions.filter { $0.text == "NRC" || $0.text == "Norwegian Refugee Council" }
        #expect(council.map(\.text) == ["NRC", "Norwegian Refugee Council", "NRC"])
        #expect(Set(council.map(\.entity)).count == 1 && council.first?.role == .acronym)
        #expect(!document.mentions.contains { $0.text == "MD" || $0.text == "McDonald" })
        // Weaker evidence (the acronym first, a word left out, lowercase letters) needs a designator in the name.
        let terms = try annotate("Set the MTU (Maximum Transmission Unit) and the Hierarchical Fair Curve Model (HFM).", .english)
        #expect(terms.mentions.isEmpty)
        // The acronym first (a spelling the lexicon lacks), its long form known: the acronym is the lexicon's entity.
        let known = try annotate("The ShCO (Shanghai Cooperation Organization) met; the ShCO agreed.", .english)
        #expect(known.mentions.map(\.entity) == ["org:sco", "org:sco", "org:sco"])
        #expect(known.mentions.map(\.role) == [.acronym, .name, .acronym])
    }

    @Test func surnamesLinkOnlyAfterTheFullName() throws {
        let before = try annotate("Nazarbayev parlò. Poi Nursultan Nazarbayev firmò e Nazarbayev partì.", .italian)
        #expect(before.mentions.map(\.text) == ["Nursultan Nazarbayev", "Nazarbayev"])
        #expect(before.mentions.last?.role == .short)
    }

    @Test func aDistinctiveSurnameLinksWithoutTheFullName() throws {
        let italian = try annotate("Tokaev ha parlato ad Astana; poi Tokayev è partito.", .italian)
        #expect(italian.mentions.filter { $0.entity == "person:kassym-jomart-tokayev" }.map(\.text) == ["Tokaev", "Tokayev"])
        #expect(italian.mentions.first?.role == .short)
        // The surname option [cap]: a lower-case word is not the name.
        let lower = try annotate("tokayev said nothing.", .english)
        #expect(lower.mentions.isEmpty)
    }

    @Test func capitalsActingAreMetonymsAndCapitalsAsPlacesAreNot() throws {
        let document = try annotate("La visita ad Astana. Astana ha firmato l'accordo.", .italian)
        #expect(document.mentions.map(\.role) == [.name, .metonym])
        #expect(document.mentions[1].refersTo == "gov:KZ")
        #expect(document.entities["gov:KZ"] != nil)
    }

    @Test func aCapitalAfterAWordGoverningARecipientIsItsGovernment() throws {
        // *a/ad*, *to* bring a recipient after support, closeness, giving or selling; a place after a visit.
        let italian = try annotate("Il sostegno ad Astana resta forte, e la visita ad Astana slitta.", .italian)
        #expect(italian.mentions.map(\.role) == [.metonym, .name])
        #expect(italian.mentions.first?.refersTo == "gov:KZ")
        let english = try annotate("Its support to Astana held, and the delegation flew to Astana.", .english)
        #expect(english.mentions.map(\.role) == [.metonym, .name])
    }

    @Test func ambiguousAliasesFollowTheDocumentAndKeepTheLoserForReview() throws {
        let american = try annotate("In the United States, Georgia voted.", .english)
        let georgia = try #require(american.mentions.first { $0.text == "Georgia" })
        #expect(georgia.entity == "region:us-georgia")
        #expect(georgia.alternatives.map(\.entity) == ["country:GE"])
        #expect(georgia.alternatives.first?.reason == .ambiguousAlias)
        let caucasus = try annotate("Georgia and Kazakhstan signed.", .english)
        #expect(caucasus.mentions.first?.entity == "country:GE")
    }
}

@Suite struct RoleAndSectorTests {
    @Test func rolePhrasesResolveToTheHolderOnTheDocumentDate() throws {
        let text = "04.07.2018\n\nIl Presidente kazakho ha incontrato il Presidente del Kazakhstan."
        let document = try annotate(text, .italian)
        let titles = document.mentions.filter { $0.role == .title }
        #expect(titles.map(\.text) == ["Presidente", "Presidente"])
        #expect(titles.allSatisfy { $0.entity == "person:nursultan-nazarbayev" && $0.type == .actor })
        #expect(titles.first?.rolesHeld.map(\.role) == ["head-of-state"])
        // After his term the same phrase names nobody in this lexicon.
        let later = try annotate("04.07.2020\n\nIl Presidente kazakho ha parlato.", .italian)
        #expect(!later.mentions.contains { $0.role == .title })
    }

    @Test func englishAdjectiveBeforeTheTitle() throws {
        let document = try annotate("12 March 2015\n\nThe Kazakh President met Nursultan Nazarbayev.", .english)
        #expect(document.mentions.first { $0.role == .title }?.text == "President")
        #expect(document.mentions.first { $0.text == "Nursultan Nazarbayev" }?.rolesHeld.first?.of == "country:KZ")
    }
}

@Suite struct JSONWriterTests {
    @Test func escapesWhatJSONRequiresAndKeepsTheRest() {
        let value = JSONValue.object([("text", .string("a\"b\\c\nd\te\u{1}f\u{2028}g è 🇰🇿 <script>")), ("n", .int(-3)),
                                      ("w", .decimal(0.1235, places: 3)), ("z", .decimal(2, places: 0)), ("e", .array([])), ("o", .object([]))])
        #expect(JSONWriter(pretty: false).string(value)
            == "{\"text\":\"a\\\"b\\\\c\\nd\\te\\u0001f\\u2028g è 🇰🇿 <script>\",\"n\":-3,\"w\":0.124,\"z\":2,\"e\":[],\"o\":{}}\n")
        #expect(JSONWriter(pretty: true).string(.object([("a", .array([.int(1)]))])) == "{\n  \"a\": [\n    1\n  ]\n}\n")
        // 0xE2 starts the line separators and many characters that need no escape (dashes, €, ’).
        #expect(JSONWriter(pretty: false).string(.string("—€’\u{2029}\u{1F}")) == "\"—€’\\u2029\\u001f\"\n")
        // A separator as the very last character.
        #expect(JSONWriter(pretty: false).string(.string("x\u{2028}")) == "\"x\\u2028\"\n")
        #expect(JSONWriter(pretty: false).string(.array([.int(0), .int(Int.min), .int(Int.max), .int(1_000_000)]))
            == "[0,-9223372036854775808,9223372036854775807,1000000]\n")
    }

    @Test func longOutputGrowsItsBufferAndLosesNothing() throws {
        // Far more than the stream's first 4 KB, in one long string and in thousands of small writes.
        let long = String(repeating: "La cooperazione sino-kazakha “sulla sicurezza” — \\ \"\n", count: 400)
        let value = JSONValue.object([("text", .string(long)), ("numbers", .array((0..<3000).map { .int($0 * 7919) }))])
        let json = JSONWriter(pretty: true).string(value)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(parsed["text"] as? String == long)
        #expect(parsed["numbers"] as? [Int] == (0..<3000).map { $0 * 7919 })
    }

    @Test func everyEscapeIsFoundWhereverItFallsInLongText() throws {
        // The escape scan skips eight bytes at a time: put each character needing a look at every offset
        // of a long run, in ASCII and in accented text, and read the result back with Foundation's parser.
        for special in ["\"", "\\", "\n", "\u{0}", "\u{1F}", "\u{2028}", "\u{2029}", "—", "’"] {
            for padding in ["abcdefghijklmnopqrstuvwx", "àèìòùéç–«»", "🇰🇿🇨🇳"] {
                for offset in 0...padding.unicodeScalars.count {
                    var scalars = Array(padding.unicodeScalars)
                    scalars.insert(contentsOf: special.unicodeScalars, at: offset)
                    var text = ""
                    text.unicodeScalars.append(contentsOf: scalars)
                    let json = JSONWriter(pretty: false).string(.array([.string(text)]))
                    #expect(!json.dropLast().utf8.contains { $0 < 0x20 }, "raw control byte for \(special.debugDescription)")
                    #expect(!json.unicodeScalars.contains { $0.value == 0x2028 || $0.value == 0x2029 })
                    let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
                    #expect(parsed == [text], "\(special.debugDescription) at \(offset) in \(padding)")
                }
            }
        }
    }
}

@Suite struct DateTests {
    @Test func bylineDatesInEveryUsualShape() throws {
        for (byline, expected) in [("4/7/2019", "2019-07-04"), ("04.07.2019", "2019-07-04"), ("2019-07-04", "2019-07-04"),
                                   ("4 luglio 2019", "2019-07-04"), ("July 4, 2019", "2019-07-04"), ("4 July 2019", "2019-07-04")] {
            let document = try annotate("By A. Writer\n\(byline)\n\nKazakhstan and China.", .english)
            #expect(document.info.date?.description == expected, "\(byline)")
        }
    }
}
