import Foundation
import GazzettaTestSupport
import Testing

/// `Corpus/check_gold.py`, the gold checker, on the shipped gold and on gold files written for these tests
/// whose cooperation records break one rule each (issue 17).
struct CheckGoldTests {
    private func check(_ paths: [String]) throws -> Subprocess.Outcome {
        try Subprocess.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", Checkout.path("Corpus/check_gold.py")] + paths)
    }

    /// A gold file for `text` in a new folder, with two country mentions, a gas cue and `records`.
    private func gold(_ text: String, records: [[String: Any]]) throws -> URL {
        let folder = try temporaryFolder("check-gold")
        try Data(text.utf8).write(to: folder.appendingPathComponent("brief.txt"))
        func mention(_ word: String, _ type: String, _ entity: String, _ role: String) -> [String: Any] {
            let range = text.range(of: word)!
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            return ["start": start, "end": start + word.unicodeScalars.count, "text": word, "type": type, "entity": entity, "role": role]
        }
        let document: [String: Any] = [
            "schema": "gazzetta.gold/1",
            "document": ["id": "brief", "lang": "it", "date": "2024-01-01"],
            "mentions": [mention("Russia", "place", "country:RU", "name"), mention("Cina", "place", "country:CN", "name"),
                         mention("gas", "sector", "sector:energy-gas", "cue")],
            "cooperation": records,
        ]
        let url = folder.appendingPathComponent("brief.gold.json")
        try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys]).write(to: url)
        return url
    }

    private let text = "Russia e Cina hanno firmato nel 2021 e nel 2022 un accordo sul gas. Il resto segue."
    /// The first sentence's span, in code points.
    private var sentence: (Int, Int) { (0, 67) }

    @Test func theShippedGoldPassesWithItsRecords() throws {
        let outcome = try check([])
        #expect(outcome.status == 0, "\(outcome.out)")
        #expect(outcome.out.contains("it/russia-kazakhstan-csto.gold.json: ok, 45 mentions, 2 cooperation records"))
    }

    @Test func aRecordTheRulesAcceptPasses() throws {
        let url = try gold(text, records: [["start": sentence.0, "end": sentence.1, "sector": "sector:energy-gas",
                                            "actors": ["country:CN", "country:RU"], "date": "2021"]])
        let outcome = try check([url.path])
        #expect(outcome.status == 0, "\(outcome.out)")
        #expect(outcome.out.contains("ok, 3 mentions, 1 cooperation records"))
    }

    @Test func eachBrokenRuleIsReported() throws {
        let url = try gold(text, records: [
            // A cue of another sector, actors unsorted, an actor with no mention, sanctions off its sector, the second year.
            ["start": 0, "end": 67, "sector": "sector:trade", "actors": ["country:RU", "country:CN", "org:sco"],
             "polarity": "sanctions", "date": "2022"],
            // Starts inside a word; a sector no lexicon defines; a place that is not an actor.
            ["start": 2, "end": 67, "sector": "sector:tourism", "actors": ["city:moscow", "country:CN"]],
            // Out of order and the first record again.
            ["start": 0, "end": 67, "sector": "sector:trade", "actors": ["country:RU", "country:CN", "org:sco"],
             "polarity": "sanctions", "date": "2022"],
            ["start": 0, "end": 67, "sector": "sector:energy-gas", "actors": ["country:CN"], "polarity": "friendly"],
        ])
        let outcome = try check([url.path])
        #expect(outcome.status == 1)
        for message in [
            "record 0 (0-67): no gold cue of sector:trade inside the evidence",
            "record 0 (0-67): actors are not sorted",
            "record 0 (0-67): no mention of org:sco inside the evidence",
            "record 0 (0-67): polarity 'sanctions' goes with sector:sanctions and only with it",
            "record 0 (0-67): date '2022' is not the first year the evidence writes (2021)",
            "record 1 (2-67): the evidence starts or ends inside a word",
            "record 1 (2-67): sector 'sector:tourism' is not in the taxonomy",
            "record 1 (2-67): actor 'city:moscow' is neither a state (country:XX) nor an organisation id",
            "record 2 (0-67): the same sentence, sector and actors twice",
            "record 3 (0-67): actors must be a list of two or more ids",
            "record 3 (0-67): polarity 'friendly' is not one of",
        ] {
            #expect(outcome.out.contains(message), "missing: \(message)\n\(outcome.out)")
        }
        #expect(!outcome.out.contains("record 3 (0-67): no gold cue"))
    }

    @Test func aStateNeedsAMentionThatStandsForItInTheEvidence() throws {
        // Russia is named only in the second sentence: the first one's record cannot have it.
        let text = "Cina e Kazakhstan hanno firmato un accordo sul gas. La Russia osserva."
        let folder = try gold(text, records: [["start": 0, "end": 51, "sector": "sector:energy-gas", "actors": ["country:CN", "country:RU"]]])
        let outcome = try check([folder.path])
        #expect(outcome.out.contains("record 0 (0-51): no mention inside the evidence stands for country:RU"))
        #expect(!outcome.out.contains("stands for country:CN"))
    }
}
