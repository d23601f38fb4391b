import GazzettaModel

/// Tells Italian from English by the share of each language's function words and elisions among the
/// first words of a text. Plenty for whole articles; say `--lang` for a headline alone.
public struct LanguageIdentifier: Sendable {
    private let candidates: [LanguageData]
    /// How many words are looked at.
    public var sampleSize = 2000

    public init(candidates: [LanguageData] = [.italian, .english]) {
        self.candidates = candidates
    }

    /// The language of `tokens` and the share of function words that voted for it (0…1);
    /// the first candidate when nothing votes.
    public func identify(_ tokens: [Token]) -> (language: Language, confidence: Double) {
        var votes = [Int](repeating: 0, count: candidates.count)
        var seen = 0
        for token in tokens where token.kind == .word {
            seen += 1
            if seen > sampleSize { break }
            for (index, data) in candidates.enumerated() where isVote(token.key, data) {
                votes[index] += 1
            }
        }
        let total = votes.reduce(0, +)
        guard total > 0, let best = votes.indices.max(by: { votes[$0] < votes[$1] }) else {
            return (candidates[0].language, 0)
        }
        return (candidates[best].language, Double(votes[best]) / Double(total))
    }

    private func isVote(_ key: String, _ data: LanguageData) -> Bool {
        if data.stopWords.contains(key) { return true }
        guard key.utf8.contains(0x27), let apostrophe = key.firstIndex(of: "'") else { return false }
        return data.elisions.contains(String(key[...apostrophe]))
    }
}
