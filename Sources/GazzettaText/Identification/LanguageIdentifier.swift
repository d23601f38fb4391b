import GazzettaModel

/// Tells Italian from English by the share of each language's function words and elisions among the
/// first words of a text. Plenty for whole articles; say `--lang` for a headline alone.
public struct LanguageIdentifier: Sendable {
    private let languages: [Language]
    /// Which candidates each function word or elision votes for (bit i: candidate i): one lookup per word.
    private let voters: KeyTable
    /// The votes of each voter, by its index in `voters`.
    private let votes: [UInt8]
    /// How many words are looked at: a few hundred words tell Italian from English with room to spare.
    public var sampleSize = 250

    /// An identifier choosing among `candidates` (by default every registered language); at most 8, since
    /// votes are the bits of a `UInt8`.
    public init(candidates: [LanguageData] = Language.allCases.prefix(8).map(LanguageData.of)) {
        languages = candidates.map(\.language)
        var votes: [String: UInt8] = [:]
        for (index, data) in candidates.enumerated() {
            for word in data.stopWords.union(data.elisions) { votes[word, default: 0] |= 1 << UInt8(index) }
        }
        let words = votes.keys.sorted()
        voters = KeyTable(words)
        self.votes = words.map { votes[$0]! }
    }

    /// The language of `tokens` and the share of function words that voted for it (0…1);
    /// the first candidate when nothing votes.
    public func identify(_ tokens: [Token]) -> (language: Language, confidence: Double) {
        var votes = [Int](repeating: 0, count: languages.count)
        var seen = 0
        for index in tokens.indices where tokens[index].kind == .word {
            seen += 1
            if seen > sampleSize { break }
            guard let mask = vote(for: tokens[index].key) else { continue }
            for index in languages.indices where mask & (1 << UInt8(index)) != 0 { votes[index] += 1 }
        }
        let total = votes.reduce(0, +)
        guard total > 0, let best = votes.indices.max(by: { votes[$0] < votes[$1] }) else {
            return (languages[0], 0)
        }
        return (languages[best], Double(votes[best]) / Double(total))
    }

    /// The candidates `key` votes for: a function word, or a word starting with an elision (*dell'asia*).
    private func vote(for key: String) -> UInt8? {
        if let index = voters.index(of: key) { return votes[Int(index)] }
        guard MatchingKey.hasApostrophe(key), let apostrophe = key.firstIndex(of: "'") else { return nil }
        return voters.index(of: String(key[...apostrophe])).map { votes[Int($0)] }
    }
}
