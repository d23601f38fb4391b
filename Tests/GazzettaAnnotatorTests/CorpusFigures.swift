import Foundation
import GazzettaEvaluation
import GazzettaExport
import GazzettaModel
import GazzettaTestSupport

/// The evaluation figures of every corpus set, pinned in `Tests/Fixtures/corpus-figures.json` and shown in
/// README's evaluation table, so that any change in them, down or up, is seen and chosen.
///
/// Per set: documents, gold mentions, and what `gazzetta eval --json` reports (strict and lenient counts and
/// scores per type and in all, linking accuracy) without the misses; per language the totals.
enum CorpusFigures {
    /// The pinned figures.
    static let fixture = Checkout.url("Tests/Fixtures/corpus-figures.json")
    /// The README, whose evaluation table is made from the fixture.
    static let readme = Checkout.url("README.md")
    /// Set to `1`, the figures test rewrites the fixture and README's table from the measured figures.
    static let updateVariable = "GAZZETTA_UPDATE_FIGURES"
    /// The command that does so.
    static let updateCommand = "GAZZETTA_UPDATE_FIGURES=1 swift test --filter CorpusFiguresTests"
    /// Scores are written with four decimals: figures closer than rounding are the same.
    static let tolerance = 0.0005
    /// Where README's generated table begins and ends.
    static let tableStart = "<!-- corpus-figures: made from Tests/Fixtures/corpus-figures.json; update both with "
        + updateCommand + " -->"
    static let tableEnd = "<!-- /corpus-figures -->"

    /// Evaluates every set (printing each one's table, misses and false hits) into the fixture's JSON.
    static func measure() throws -> String {
        var sets: [(String, JSONValue)] = []
        for set in try CorpusSet.all() {
            let articles = try set.articles()
            let (total, byLanguage) = try CorpusArticle.report(set: set.folder, title: "\(set.name) set")
            let languages = byLanguage.sorted { $0.key < $1.key }.map { language, evaluation in
                (language.rawValue, JSONValue.object(members(of: evaluation).filter { ["all", "linkingAccuracy"].contains($0.0) }))
            }
            sets.append((set.name, .object([
                ("folders", .array(set.folders.map(JSONValue.string))),
                ("documents", .int(articles.count)),
                ("mentions", .int(articles.reduce(0) { $0 + $1.gold.mentions.count })),
            ] + members(of: total) + [("languages", .object(languages))])))
        }
        return JSONWriter(pretty: true).string(.object([("sets", .object(sets))]))
    }

    /// `gazzetta eval --json`'s report of `evaluation`, without the lists of misses and false hits.
    private static func members(of evaluation: Evaluation) -> [(String, JSONValue)] {
        guard case .object(let members) = EvaluationReport.json(evaluation) else { return [] }
        return members.filter { !["misses", "falseHits"].contains($0.0) }
    }

    /// Every difference between measured and pinned figures beyond `tolerance`, and every figure only one has,
    /// each named by its path (`heldout.types.place.strict.recall`).
    static func differences(measured: Any, pinned: Any, at path: String = "") -> [String] {
        switch (measured, pinned) {
        case let (measured as [String: Any], pinned as [String: Any]):
            var found: [String] = []
            for key in Set(measured.keys).union(pinned.keys).sorted() {
                let inner = path.isEmpty ? key : path + "." + key
                switch (measured[key], pinned[key]) {
                case let (m?, p?): found += differences(measured: m, pinned: p, at: inner)
                case (_?, nil): found.append("\(inner): measured, but not in the fixture")
                default: found.append("\(inner): in the fixture, but no longer measured")
                }
            }
            return found
        case let (measured as NSNumber, pinned as NSNumber):
            let (m, p) = (measured.doubleValue, pinned.doubleValue)
            guard abs(m - p) > tolerance else { return [] }
            return ["\(path): measured \(measured), pinned \(pinned) (\(m > p ? "higher" : "lower"))"]
        default:
            return "\(measured)" == "\(pinned)" ? [] : ["\(path): measured \(measured), pinned \(pinned)"]
        }
    }

    /// README's evaluation table, made from figures in the fixture's shape.
    static func table(_ figures: [String: Any]) -> String {
        let sets = figures["sets"] as? [String: [String: Any]] ?? [:]
        let names = sets.keys.sorted { ($0 == CorpusSet.mainName ? "" : $0) < ($1 == CorpusSet.mainName ? "" : $1) }
        func number(_ set: [String: Any], _ path: String...) -> Double {
            var value: Any? = set
            for key in path { value = (value as? [String: Any])?[key] }
            return (value as? NSNumber)?.doubleValue ?? .nan
        }
        var lines = [tableStart,
                     "| set | folders | documents | mentions | strict P | strict R | strict F1 | linking accuracy |",
                     "| --- | --- | --- | --- | --- | --- | --- | --- |"]
        for name in names {
            let set = sets[name]!
            let folders = (set["folders"] as? [String] ?? []).map { "`\($0)`" }.joined(separator: ", ")
            let scores = [number(set, "all", "strict", "precision"), number(set, "all", "strict", "recall"),
                          number(set, "all", "strict", "f1"), number(set, "linkingAccuracy")]
            lines.append("| \(name) | \(folders) | \(Int(number(set, "documents"))) | \(Int(number(set, "mentions"))) | "
                + scores.map { String(format: "%.3f", $0) }.joined(separator: " | ") + " |")
        }
        lines.append(tableEnd)
        return lines.joined(separator: "\n")
    }

    /// The table in `readme` (markers included), or `nil` when the markers are missing.
    static func tableRange(in readme: String) -> Range<String.Index>? {
        guard let start = readme.range(of: tableStart), let end = readme.range(of: tableEnd, range: start.upperBound..<readme.endIndex)
        else { return nil }
        return start.lowerBound..<end.upperBound
    }

    /// Parses the fixture's JSON.
    static func parse(_ json: String) throws -> [String: Any] {
        guard let figures = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            throw EvaluationError("\(fixture.path): not a JSON object")
        }
        return figures
    }
}
