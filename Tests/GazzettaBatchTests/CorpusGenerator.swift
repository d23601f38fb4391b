import Foundation
import GazzettaTestSupport

/// Builds a test corpus of varied, real-shaped documents in both languages from the shipped articles:
/// paragraphs recombined and rotated, a generated sentence naming a different pair of states and a sector
/// in each, in nested folders; plus bad files (broken UTF-8, binary, empty, too large) and a Latin-1 one.
enum CorpusGenerator {
    static let italianStates = ["la Cina", "la Russia", "il Kazakhstan", "l'Uzbekistan", "il Tagikistan", "il Kirghizistan", "il Turkmenistan", "il Pakistan"]
    static let englishStates = ["China", "Russia", "Kazakhstan", "Uzbekistan", "Tajikistan", "Kyrgyzstan", "Turkmenistan", "Pakistan"]
    static let italianSectors = ["l'antiterrorismo", "il controllo delle frontiere", "le esercitazioni militari congiunte", "il narcotraffico", "il gas naturale"]
    static let englishSectors = ["counter-terrorism", "border security", "joint military exercises", "drug trafficking", "natural gas"]

    /// Writes `count` documents (and the bad files) under `folder`; returns how many bad files it wrote.
    @discardableResult
    static func write(_ count: Int, to folder: URL) throws -> Int {
        let articles = try ["it", "en"].flatMap { language in
            try FileManager.default.contentsOfDirectory(atPath: Checkout.path("Corpus/\(language)"))
                .filter { $0.hasSuffix(".txt") }.sorted()
                .map { (language, try String(contentsOf: Checkout.url("Corpus/\(language)/\($0)"), encoding: .utf8)) }
        }
        for index in 0..<count {
            let (language, article) = articles[index % articles.count]
            var paragraphs = article.components(separatedBy: "\n\n").filter { !$0.isEmpty }
            let head = Array(paragraphs.prefix(2))
            paragraphs = Array(paragraphs.dropFirst(2))
            let rotation = index % max(1, paragraphs.count)
            paragraphs = Array(paragraphs[rotation...] + paragraphs[..<rotation]).prefix(1 + index % paragraphs.count).map { $0 }
            let a = index % 8, b = (index / 8 + a + 1) % 8, s = index % 5
            let generated = language == "it"
                ? "Nel \(2000 + index % 25) \(italianStates[a]) e \(italianStates[b]) hanno discusso \(italianSectors[s])."
                : "In \(2000 + index % 25) \(englishStates[a]) and \(englishStates[b]) discussed \(englishSectors[s])."
            let text = (head + [generated] + paragraphs).joined(separator: "\n\n") + "\n"
            let sub = folder.appendingPathComponent("\(language)/batch-\(index / 50)")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: sub.appendingPathComponent(String(format: "doc-%04d.txt", index)))
        }
        let bad = folder.appendingPathComponent("bad")
        try FileManager.default.createDirectory(at: bad, withIntermediateDirectories: true)
        try Data(Array("Città è".utf8) + [0xE0, 0x20] + Array("Astana".utf8)).write(to: bad.appendingPathComponent("broken.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]).write(to: bad.appendingPathComponent("image.txt"))
        try Data().write(to: bad.appendingPathComponent("empty.txt"))
        try Data(String(repeating: "Kazakhstan e Cina. ", count: 20_000).utf8).write(to: bad.appendingPathComponent("huge.txt"))
        try Data(Array("La citt".utf8) + [0xE0] + Array(" di Astana e la Cina: cos".utf8) + [0xEC] + Array(" cresce la cooperazione.".utf8))
            .write(to: bad.appendingPathComponent("latin1.txt"))
        return 4
    }
}
