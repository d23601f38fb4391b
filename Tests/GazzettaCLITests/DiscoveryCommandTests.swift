import Foundation
import Testing
import GazzettaTestSupport

/// The unknown-name pass seen from the command line: `--no-discovery`, the corpus summary, `eval` by origin
/// and the curation loop, on documents written for these tests.
@Suite struct DiscoveryCommandTests {
    let articles: [(String, String)] = [
        ("it/uno.txt", "Secondo Laura Neri, ricercatrice, il Ministero delle Risorse Idriche ha firmato. Neri ha poi taciuto.\n"),
        ("it/due.txt", "La ricercatrice Laura Neri e il portavoce Ahmad Rahimi hanno parlato del fiume Naf.\n"),
    ]

    private func corpus() throws -> URL {
        let folder = try temporaryFolder("discovery-cli")
        for (path, text) in articles {
            let url = folder.appendingPathComponent("in/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    @Test func noDiscoveryLeavesOnlyLexiconLinks() throws {
        let text = Array("Il portavoce Ahmad Rahimi ha parlato.\n".utf8)
        let on = try gazzetta(["annotate", "-", "--lang", "it"], input: text)
        let off = try gazzetta(["annotate", "-", "--lang", "it", "--no-discovery"], input: text)
        #expect(on.status == 0 && off.status == 0)
        #expect(on.out.contains("\"entity\":\"new:person:ahmad-rahimi\"") && on.out.contains("\"evidence: first-name\""))
        #expect(!off.out.contains("new:person"))
    }

    @Test func theSummaryListsDiscoveredNamesAndCurateWritesRecords() throws {
        let folder = try corpus()
        let out = folder.appendingPathComponent("out").path
        let batch = try gazzetta(["batch", folder.appendingPathComponent("in").path, "--out", out, "--quiet"])
        #expect(batch.status == 0, "\(batch.err)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))) as? [String: Any])
        let discovered = try #require(summary["discovered"] as? [[String: Any]])
        let neri = try #require(discovered.first { $0["entity"] as? String == "new:person:laura-neri" })
        #expect(neri["mentions"] as? Int == 3 && neri["documents"] as? Int == 2 && neri["type"] as? String == "actor")
        // Most mentioned first.
        #expect(discovered.first?["entity"] as? String == "new:person:laura-neri")

        let curate = try gazzetta(["lexicon", "curate", out])
        #expect(curate.status == 0, "\(curate.err)")
        #expect(curate.out.contains("[person:laura-neri]\ntype = actor\nsubtype = person\nlabel.it = Laura Neri"))
        #expect(curate.out.contains("short = Neri"))
        #expect(curate.out.contains("# 3 mention(s) in 2 document(s); evidence: first-name, surname"))
        #expect(curate.out.contains("[org:ministero-delle-risorse-idriche]") && curate.out.contains("[place:fiume-naf]"))
        // The records it writes load as a lexicon.
        let lexicon = folder.appendingPathComponent("lexicon")
        try FileManager.default.createDirectory(at: lexicon, withIntermediateDirectories: true)
        try Data(curate.out.utf8).write(to: lexicon.appendingPathComponent("curated.gaz"))
        let check = try gazzetta(["lexicon", "stats", lexicon.path])
        #expect(check.status == 0, "\(check.err)")
    }

    @Test func evalScoresLexiconLinkedAndDiscoveredApart() throws {
        let folder = try corpus()
        let out = folder.appendingPathComponent("out").path
        _ = try gazzetta(["batch", folder.appendingPathComponent("in").path, "--out", out, "--quiet"])
        let eval = try gazzetta(["eval", "--gold", out, "--pred", out, "--json"])
        #expect(eval.status == 0, "\(eval.err)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(eval.out.utf8)) as? [String: Any])
        let byOrigin = try #require(report["byOrigin"] as? [String: Any])
        #expect(Set(byOrigin.keys) == ["lexicon", "discovered"])
        let table = try gazzetta(["eval", "--gold", out, "--pred", out])
        #expect(table.out.contains("discovered-linked") && table.out.contains("lexicon-linked"))
    }
}
