import GazzettaModel

/// Tells Italian from English by the share of each language's function words and elisions among the
/// first words of a text. Plenty for whole articles; say `--lang` for a headline alone.
public struct LanguageIdentifier: Sendable {
    private let languages: [Language]
    /// Each candidate's function words and elisions, kept apart from the rest of its data so the loop
    /// over words copies nothing.
    private let stopWords: [Set<String>]
    private let elisions: [Set<String>]
    /// How many words are looked at: a few hundred words tell Italian from English with room to spare.
    public var sampleSize = 400

    public init(candidates: [LanguageData] = [.italian, .english]) {
        languages = candidates.map(\.language)
        stopWords = candidates.map(\.stopWords)
        elisions = candidates.map(\.elisions)
    }

    /// The language of `tokens` and the share of function words that voted for it (0…1);
    /// the first candidate when nothing votes.
    public func identify(_ tokens: [Token]) -> (language: Language, confidence: Double) {
        var votes = [Int](repeating: 0, count: languages.count)
        var seen = 0
        for token in tokens where token.kind == .word {
            seen += 1
            if seen > sampleSize { break }
            for index in languages.indices where isVote(token.key, index) {
                votes[index] += 1
            }
        }
        let total = votes.reduce(0, +)
        guard total > 0, let best = votes.indices.max(by: { votes[$0] < votes[$1] }) else {
            return (languages[0], 0)
        }
        return (languages[best], Double(votes[best]) / Double(total))
    }

    private func isVote(_ key: String, _ index: Int) -> Bool {
        if stopWords[index].contains(key) { return true }
        guard key.utf8.contains(0x27), let apostrophe = key.firstIndex(of: "'") else { return false }
        return elisions[index].contains(String(key[...apostrophe]))
    }
}
