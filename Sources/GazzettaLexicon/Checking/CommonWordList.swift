import Foundation
import GazzettaText

/// The lower-case words of real word lists (Debian's `witalian`, `wamerican`, `wbritish`: one word a line),
/// as matching keys: the common-word guard of `lexicon check` beside the hand list of `LanguageData`.
///
/// Only entries written in lower case count: a word list's capitalised entries are names (*Paris*, *Rossi*),
/// which is exactly what a lexicon alias may be without a case rule.
public struct CommonWordList: Sendable {
    /// The matching keys of the lists' lower-case words.
    public let keys: Set<String>
    /// The files read, in the order given.
    public let sources: [String]

    /// Words given directly (tests, callers with their own list); `source` names them in findings.
    public init(words: some Sequence<String>, source: String) {
        keys = Set(words.filter { !$0.isEmpty && $0 == $0.lowercased() }.map { MatchingKey.of($0) })
        sources = [source]
    }

    /// Reads word lists, one word a line (a tab and anything after it, such as a frequency, is ignored).
    /// - Throws: `LexiconError` naming the file when one cannot be read or is not UTF-8 (Debian's lists are).
    /// - Complexity: O(n) in the lists' total size.
    public init(contentsOf paths: [String]) throws {
        var keys = Set<String>()
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw LexiconError(path, 0, "cannot read the word list")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw LexiconError(path, 0, "the word list is not UTF-8")
            }
            for line in text.split(whereSeparator: \.isNewline) {
                let word = line.split(separator: "\t", maxSplits: 1).first.map(String.init) ?? ""
                if !word.isEmpty && word == word.lowercased() { keys.insert(MatchingKey.of(word)) }
            }
        }
        self.keys = keys
        sources = paths
    }

    /// Whether an alias's matching key is one of the lists' words.
    public func contains(_ key: String) -> Bool { keys.contains(key) }
}
