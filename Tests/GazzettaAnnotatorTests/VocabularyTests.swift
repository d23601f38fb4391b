import Foundation
import Testing
import GazzettaModel

/// Ids, relations, reasons and notes are types: what an id means is asked of it, and every note the JSON
/// can hold reads back as the note that was written.
@Suite struct VocabularyTests {
    @Test func idsKnowTheirKindAndTheCountryOfAStateActor() {
        #expect(EntityID("gov:KZ").kind == .government && EntityID("gov:KZ").country == "country:KZ")
        #expect(EntityID("military:CN").country == "country:CN")
        #expect(EntityID("country:RU").country == "country:RU")
        #expect(EntityID("city:astana").country == nil)
        #expect(EntityID("new:edb").kind == .discovered && EntityID("new:edb").isKind(.discovered))
        // A prefix is not a kind unless the colon follows it.
        #expect(!EntityID("countryside:x").isKind(.country) && EntityID("countryside:x").kind == nil)
        #expect(!EntityID("country").isKind(.country))
        #expect(EntityID(.organisation, "sco").rawValue == "org:sco")
        #expect(EntityID("planet:zz").kind == nil)
    }

    @Test func everyNoteReadsBackAsWritten() throws {
        let notes: [MentionNote] = [.typo, .repairedApostrophe, .repairedJoin, .notInLexicon, .definedInText,
                                    .heldRole(role: "head-of-state", of: "country:KZ", on: DayDate(year: 2016, month: 5, day: 4)!),
                                    .other("something new")]
        for note in notes { #expect(MentionNote(wire: note.description) == note, "\(note)") }
        let encoded = try JSONEncoder().encode(notes)
        #expect(try JSONDecoder().decode([MentionNote].self, from: encoded) == notes)
        #expect(String(decoding: encoded, as: UTF8.self).contains("\"head-of-state of country:KZ on 2016-05-04\""))
    }

    @Test func relationsAndReasonsAreTheWireNames() throws {
        #expect(Relation.allCases.map(\.rawValue) == ["capital", "partOf", "memberOf", "country", "seatOf"])
        #expect(AlternativeReason(rawValue: "inside-long-form") == .insideLongForm)
        let relations: [Relation: [EntityID]] = [.seatOf: ["gov:CN"]]
        #expect(String(decoding: try JSONEncoder().encode(relations), as: UTF8.self) == #"{"seatOf":["gov:CN"]}"#)
    }
}
