import Foundation
import Testing
import GazzettaAnnotator
import GazzettaLexicon
import GazzettaModel
import GazzettaText
import GazzettaTestSupport

/// Mentions of `text` with the shipped lexicon: (text, entity, notes).
func shippedMentions(_ text: String, _ language: Language) throws -> [(String, String, [String])] {
    let document = try annotated(text, language, id: "t")
    for mention in document.mentions {
        #expect(slice(document.text, mention.start, mention.end) == mention.text)
    }
    return document.mentions.map { ($0.text, $0.entity.rawValue, $0.notes.map(\.description)) }
}

@Suite struct RealWorldTextTests {
    @Test func namesMatchAcrossOddSpacingAndOneLineBreakButNotAParagraph() throws {
        let found = try shippedMentions("Gli Stati\u{00A0}Uniti e la Shanghai Cooperation\nOrganization; gli Stati\n\nUniti no.", .italian)
        #expect(found.map(\.0).contains("Stati\u{00A0}Uniti"))
        #expect(found.map(\.0).contains("Shanghai Cooperation\nOrganization"))
        #expect(found.filter { $0.1 == "country:US" }.count == 1)
    }

    /// A name read across a line break lies inside one sentence, even where nothing else shows the lines wrap.
    @Test func aNameAcrossALineBreakLiesInsideItsSentence() throws {
        for text in ["Gli Stati\nUniti e la Cina.", "Il vertice dell'Asia\nCentrale si apre oggi a Astana, con la Cina e\nla Russia."] {
            let document = try annotated(text, .italian, id: "t")
            #expect(document.mentions.contains { $0.text.contains("\n") })
            for mention in document.mentions {
                let sentence = document.sentences[mention.sentence]
                #expect(sentence.start <= mention.start && mention.end <= sentence.end, "\(mention.text.debugDescription) in \(sentence)")
            }
        }
    }

    @Test func lineEndHyphenationIsJoinedWhenTheWholeWordIsKnown() throws {
        let found = try shippedMentions("La coope-\nrazione con il Kaza-\nkhstan e la relazione sino-\nkazakha.", .italian)
        let kazakhstan = try #require(found.first { $0.0 == "Kaza-\nkhstan" })
        #expect(kazakhstan.1 == "country:KZ" && kazakhstan.2.contains { $0.hasPrefix("repair: joined") })
        // A compound split at a line end stays a compound: two mentions.
        #expect(found.contains { $0.0 == "sino" && $0.1 == "country:CN" })
        #expect(found.contains { $0.0 == "kazakha" && $0.1 == "country:KZ" })
    }

    @Test func invisibleCharactersDoNotBreakAWord() throws {
        let found = try shippedMentions("Il Kaza\u{00AD}khstan, il Tagi\u{200B}kistan e la Ci\u{FEFF}na.", .italian)
        #expect(found.map(\.1) == ["country:KZ", "country:TJ", "country:CN"])
        #expect(found[0].0 == "Kaza\u{00AD}khstan")
    }

    /// Joiners, overrides, BOMs and soft hyphens next to a name belong to no mention: every span begins and ends
    /// on a visible character, and is still the slice of its offsets (`shippedMentions` checks that).
    @Test func aMentionNeverStartsOrEndsOnAFormatCharacter() throws {
        let text = "La \u{2060}Cina\u{2060} e il Kazakhstan\u{200D}, Mosca\u{FEFF} e \u{202E}Astana\u{202C}; "
            + "l'Asia\u{00AD} Centrale\u{200B} e\n\u{2060}Pechino\u{2061}; dell'\u{FEFF}Afghanistan e l’\u{200B}Iran."
        let found = try shippedMentions(text, .italian)
        #expect(found.map(\.0) == ["Cina", "Kazakhstan", "Mosca", "Astana", "Asia\u{00AD} Centrale", "Pechino", "Afghanistan", "Iran"])
        for (surface, _, _) in found {
            let scalars = surface.unicodeScalars
            #expect(scalars.first!.properties.generalCategory != .format && scalars.last!.properties.generalCategory != .format,
                    "\(surface.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func everyKindOfApostropheElides() throws {
        for apostrophe in ["'", "’", "‘", "′", "`"] {
            let found = try shippedMentions("La stabilità dell\(apostrophe)Asia Centrale e l\(apostrophe)Afghanistan.", .italian)
            #expect(found.map(\.1) == ["region:central-asia", "country:AF"], "apostrophe \(apostrophe)")
        }
    }

    @Test func aLostApostropheIsRepairedAndSaidSo() throws {
        let found = try shippedMentions("La sicurezza dellAsia Centrale e lAfghanistan; dalla Cina.", .italian)
        #expect(found.map(\.0) == ["Asia Centrale", "Afghanistan", "Cina"])
        #expect(found[0].2.contains("repair: missing apostrophe") && found[1].2.contains("repair: missing apostrophe"))
        #expect(found[2].2.isEmpty)
    }

    @Test func headlinesNeitherHideNorInventNames() throws {
        // Title Case: names still match; a common word with a [cap] rule does not become a name.
        let title = try shippedMentions("La Sorprendente Proposta Della Russia Alla Nuova Unione Doganale\n\nTesto.", .italian)
        #expect(title.contains { $0.1 == "country:RU" })
        #expect(!title.contains { $0.0 == "Unione" })
        // ALL CAPS: names that match in any case are found; acronyms keep their rule.
        let capitals = try shippedMentions("OBAMA VISITS CHINA AND KAZAKHSTAN AFTER NATO SUMMIT\n\nThe text.", .english)
        #expect(capitals.map(\.1).contains("country:CN") && capitals.map(\.1).contains("country:KZ"))
        #expect(capitals.map(\.1).contains("org:nato"))
    }
}

@Suite struct RewrappedReferenceTests {
    /// The team's reference article (beside the checkout, in shared/seed: never copied into the repository).
    static let reference = Checkout.root.deletingLastPathComponent()
        .appendingPathComponent("shared/seed/reference-article.it.txt").path

    /// Re-wrapped at 72 columns with `fmt -w 72`, the reference article gives the same entities in the same
    /// order, each mention the slice of its offsets in the wrapped text.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: reference), "needs ../shared/seed"))
    func wrappingAt72ColumnsChangesNoEntity() throws {
        let original = try String(contentsOfFile: Self.reference, encoding: .utf8)
        let wrapped = try Subprocess.run(URL(fileURLWithPath: "/usr/bin/fmt"), ["-w", "72", Self.reference]).out
        #expect(wrapped != original && wrapped.split(separator: "\n").allSatisfy { $0.count <= 72 || !$0.contains(" ") })
        let annotator = try Annotator(compiled: ShippedLexicon.compiled())
        let before = try annotator.annotate(SourceText(original), bytes: Array(original.utf8), id: "original")
        let after = try annotator.annotate(SourceText(wrapped), bytes: Array(wrapped.utf8), id: "wrapped")
        func reading(_ document: AnnotatedDocument) -> [String] {
            document.mentions.map { "\($0.entity) \($0.role.rawValue) \($0.text.split(whereSeparator: \.isWhitespace).joined(separator: " "))" }
        }
        #expect(reading(before) == reading(after))
        #expect(before.mentions.count > 150)
        for mention in after.mentions { #expect(slice(wrapped, mention.start, mention.end) == mention.text) }
    }
}
