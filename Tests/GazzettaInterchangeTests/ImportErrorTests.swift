import Foundation
import Testing
import GazzettaExport
import GazzettaInterchange
import GazzettaTestSupport

/// Bad brat and Label Studio input is refused with a message that names file and line (and, for Label
/// Studio, task and region); what gold cannot hold is reported, never dropped silently.
@Suite struct BratImportErrorTests {
    static let text = "La Cina e Mosca.\n"

    func error(_ ann: String, text: String = Self.text) -> String? {
        do {
            _ = try BratImporter().read(ann: ann, text: text, source: "doc.ann")
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: [
        ("T1\tplace -1 3\tLa ", "doc.ann:1: T1 has a malformed span '-1 3'"),
        ("T1\tplace 7 3\tCina", "doc.ann:1: T1 has a reversed or empty span 7 3"),
        ("T1\tplace 3 3\t", "doc.ann:1: T1 has a reversed or empty span 3 3"),
        ("T1\tplace 3 7;5 2\tCina", "doc.ann:1: T1 has a reversed or empty span 5 2"),
        ("T1\tplace 10 15;3 7\tMosca Cina", "doc.ann:1: T1 has fragments out of order or overlapping"),
        ("T1\tplace +3 7\tCina", "doc.ann:1: T1 has a malformed span '+3 7'"),
        ("T1\tplace 3 99\tCina", "doc.ann:1: T1 has the span 3 99, past the end of a text of 17 characters"),
        ("T1\tplace 3 seven\tCina", "doc.ann:1: T1 has a malformed span '3 seven'"),
        ("T1\tplace\tCina", "doc.ann:1: T1 has no span"),
        ("T1\tcountry 3 7\tCina", "doc.ann:1: T1 has the type 'country', not a Gazzetta type"),
        ("T1\tplace 3 7\tCina\nT1\tplace 10 15\tMosca", "doc.ann:2: duplicate id T1 (first on line 1)"),
        ("T1\tplace 3 7\tCina\n\nthis is not brat", "doc.ann:3: not a brat annotation line"),
        ("T1\tplace 3 7\tCina\nX1\tsomething T1", "doc.ann:2: unknown annotation kind 'X'"),
        ("T1\tplace 3 7\tCina\nN1\tReference T2 Gazzetta:country:CN\tCina", "doc.ann:2: refers to T2, which is not a text-bound (T) annotation"),
        ("T1\tplace 3 7\tCina\nN1\tReference T1 CN", "doc.ann:2: N1 is not a normalization"),
        ("T1\tplace 3 7\tCina\nN1\tReference T1 Gazzetta:country:CN\nN2\tReference T1 Gazzetta:country:KZ", "doc.ann:3: T1 already links to country:CN (line 2)"),
        ("T1\tplace 3 7\tCina\nN1\tReference T1 Gazzetta:gov:CN\tCina", "doc.ann:2: T1 is typed place (line 1) but its entity gov:CN is of type actor"),
        ("T1\tplace 3 7\tCina\nA1\tRole T1 boss", "doc.ann:2: A1 gives the role 'boss'"),
        ("T1\tplace 3 7\tCine", "doc.ann:1: T1 says its text is 'Cine' but the text at 3 7 is 'Cina'"),
    ])
    func aBadLineIsAnErrorNamingFileAndLine(ann: String, expected: String) {
        let message = error(ann)
        #expect(message?.hasPrefix(expected) == true, "\(message ?? "no error")")
    }

    @Test func whatGoldCannotHoldIsReportedAndTheRestKept() throws {
        let ann = "T1\tplace 3 7\tCina\r\nN1\tReference T1 Gazzetta:country:CN\tCina\r\nA1\tRole T1 name\r\nA2\tNegated T1\r\n"
            + "#1\tAnnotatorNotes T1\tcheck the date\r\nR1\tnear Arg1:T1 Arg2:T2\r\nT2\tplace 10 15\tMosca\r\n"
        let result = try BratImporter().read(ann: ann, text: Self.text, source: "doc.ann")
        #expect(result.mentions.map(\.entity) == ["country:CN", "unlinked:place"])
        #expect(result.mentions.map(\.role) == [.name, nil])
        #expect(result.mentions.map(\.text) == ["Cina", "Mosca"])
        #expect(result.warnings == [
            "doc.ann:4: attribute 'Negated T1' is not kept: gold has no attributes but Role",
            "doc.ann:5: note 'check the date' is not kept: gold has no notes",
            "doc.ann:6: relation R1 is not kept: gold holds mentions only",
        ])
    }

    /// A hundred mutated lines, none of which may crash the importer: each is read or refused with file:line.
    @Test func mutatedLinesNeverCrash() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["T1", "T2", "N1", "A1", "#1", "\t", " ", ";", "-1", "0", "3", "7", "17", "18", "99999999999999999999", "place",
                      "Reference", "Gazzetta:country:CN", "Role", "name", "Cina", "\n", "\r\n", "😀"]
        for _ in 0..<500 {
            let ann = (0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            do {
                let result = try BratImporter().read(ann: ann, text: Self.text, source: "doc.ann")
                for mention in result.mentions { #expect(slice(Self.text, mention.start, mention.end) == mention.text) }
            } catch {
                #expect("\(error)".hasPrefix("doc.ann:"), "\(error) for \(ann.debugDescription)")
            }
        }
    }
}

@Suite struct LabelStudioImportErrorTests {
    func error(_ json: String) -> String? {
        do {
            _ = try LabelStudioImporter().tasks(Data(json.utf8), source: "ls.json")
            return nil
        } catch {
            return "\(error)"
        }
    }

    static func task(_ value: String, id: String = "doc", text: String = "😀 La Cina e Mosca.") -> String {
        #"{"data": {"text": "\#(text)", "id": "\#(id)"}, "annotations": [{"result": [{"id": "r1", "from_name": "label", "to_name": "text", "type": "labels", "value": \#(value)}]}]}"#
    }

    @Test(arguments: [
        (task(#"{"start": -1, "end": 3, "labels": ["place"]}"#), "ls.json:1: task 1 (id 'doc'): result 1 ('r1'): a reversed, empty or negative span -1..3"),
        (task(#"{"start": 9, "end": 5, "labels": ["place"]}"#), "ls.json:1: task 1 (id 'doc'): result 1 ('r1'): a reversed, empty or negative span 9..5"),
        (task(#"{"start": 5, "end": 90, "labels": ["place"]}"#), "ls.json:1: task 1 (id 'doc'): result 1 ('r1'): the span 5..90 is past the end of a text of 18 characters"),
        (task(#"{"start": "5", "end": 9, "labels": ["place"]}"#), "ls.json:1: task 1 (id 'doc'): result 1 ('r1'): value.start and value.end must be whole numbers"),
        (task(#"{"start": 5, "end": 9, "labels": ["GPE"]}"#), "ls.json:1: task 1 (id 'doc'): result 1 ('r1'): value.labels must be one of actor, organisation, place, sector"),
        // UTF-16 offsets (what the old export wrote) no longer slice the right text: the stored text says so.
        (task(#"{"start": 6, "end": 10, "text": "Cina", "labels": ["place"]}"#),
         "ls.json:1: task 1 (id 'doc'): result 1 ('r1'): its text 'Cina' is not the task's text at 6..10 ('ina ')"),
        ("[" + task(#"{"start": 5, "end": 9, "labels": ["place"]}"#) + ",\n  " + task(#"{"start": 5, "end": 9, "labels": ["place"]}"#) + "]",
         "ls.json:2: task 2 (id 'doc'): the same id as task 1"),
        (#"[{"data": {"text": "Cina", "id": 7}}]"#, "ls.json:1: task 1: data.id must be a non-empty string"),
        (#"[{"data": {"txt": "Cina"}}]"#, "ls.json:1: task 1: no data.text (a string)"),
        (#"[{"data": {"text": "Cina"}"#, "ls.json: not valid JSON"),
        (#"{"data": {"text": "Cina"}}"#, "ls.json: not a Label Studio export (a JSON list of tasks)"),
    ])
    func aBadTaskIsAnErrorNamingFileLineAndTask(json: String, expected: String) {
        let json = json.hasPrefix("[") || json.hasPrefix("{\"data\": {\"text\": \"Cina\"}}") ? json : "[" + json + "]"
        let message = error(json)
        #expect(message?.hasPrefix(expected) == true, "\(message ?? "no error")")
    }

    @Test func theLineIsWhereTheTaskBegins() {
        let good = Self.task(#"{"start": 5, "end": 9, "text": "Cina", "labels": ["place"]}"#)
        let bad = Self.task(#"{"start": 5, "end": 9, "text": "Cina", "labels": ["planet"]}"#, id: "other")
        let message = error("[\n" + good + ",\n\n" + bad.replacingOccurrences(of: "{\"data\"", with: "{\n\"data\"") + "\n]")
        #expect(message?.hasPrefix("ls.json:4: task 2 (id 'other'): result 1 ('r1'): value.labels") == true, "\(message ?? "no error")")
    }
}
