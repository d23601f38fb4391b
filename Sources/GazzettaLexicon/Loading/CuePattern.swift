import GazzettaText

/// A sector cue written as a pattern (`pattern.it`, `pattern.en` in a sector record), expanded into the
/// fixed phrases the matcher looks for.
///
/// Expanding at load time keeps the matcher a trie walk: a pattern costs lexicon size, never matching time,
/// and the mention's span is exactly the words that matched. Syntax (Lexicons/README.md, "Sector cue
/// patterns"), words separated by spaces:
/// - `congiunta` a word as written;
/// - `esercitazion(e/i)` a stem with its endings (an empty ending is allowed: `exercise(/s)`);
/// - `congiunto~` the word and the forms the language's rules give it (Italian gender and number, English plural);
/// - `{navale/aerea}` one of the phrases, `[navale/aerea/militare]` one of them or none (a phrase may have
///   several words: `[di difesa/militare]`).
public struct CuePattern: Sendable, Hashable {
    /// The pattern as written.
    public let source: String
    /// Each slot's phrases, each phrase its words; an optional slot holds an empty phrase.
    let slots: [[[String]]]

    /// The most phrases one pattern may expand to: more is a pattern written too loosely.
    public static let expansionLimit = 4096

    /// Parses `source`, inflecting `~` words by `language`'s rules; throws a message naming the problem.
    public init(_ source: String, language: LanguageData) throws(CuePatternError) {
        self.source = source
        var slots: [[[String]]] = []
        var scalars = Substring(source)
        while let first = scalars.first {
            if first == " " { scalars.removeFirst(); continue }
            if first == "[" || first == "{" {
                let close: Character = first == "[" ? "]" : "}"
                guard let end = scalars.firstIndex(of: close) else { throw CuePatternError("'\(first)' without '\(close)' in '\(source)'") }
                let inside = scalars[scalars.index(after: scalars.startIndex)..<end]
                var phrases: [[String]] = []
                for phrase in inside.split(separator: "/", omittingEmptySubsequences: false) {
                    let words = phrase.split(separator: " ")
                    guard !words.isEmpty else { throw CuePatternError("empty choice in '\(source)'") }
                    phrases += try CuePattern.expand(words.map(String.init), language: language, in: source)
                }
                if first == "[" { phrases.append([]) }
                slots.append(phrases)
                scalars = scalars[scalars.index(after: end)...]
            } else {
                let end = scalars.firstIndex(of: " ") ?? scalars.endIndex
                slots.append(try CuePattern.expand([String(scalars[..<end])], language: language, in: source))
                scalars = scalars[end...]
            }
        }
        guard slots.contains(where: { !$0.contains([]) }) else { throw CuePatternError("'\(source)' has no required word") }
        let count = slots.reduce(1) { $0 * $1.count }
        guard count <= CuePattern.expansionLimit else {
            throw CuePatternError("'\(source)' expands to \(count) phrases, more than \(CuePattern.expansionLimit)")
        }
        self.slots = slots
    }

    /// Every phrase the pattern matches, words joined by single spaces, in pattern order, each once.
    public var phrases: [String] {
        var results: [[String]] = [[]]
        for slot in slots {
            results = results.flatMap { prefix in slot.map { prefix + $0 } }
        }
        var seen: Set<String> = []
        return results.map { $0.joined(separator: " ") }.filter { seen.insert($0).inserted }
    }

    /// The word sequences one phrase of a slot stands for (the product of its words' forms).
    private static func expand(_ words: [String], language: LanguageData, in source: String) throws(CuePatternError) -> [[String]] {
        var results: [[String]] = [[]]
        for word in words {
            let forms = try wordForms(word, language: language, in: source)
            results = results.flatMap { prefix in forms.map { prefix + [$0] } }
        }
        return results
    }

    /// `esercitazion(e/i)` → *esercitazione, esercitazioni*; `congiunto~` → *congiunto, congiunta, congiunti, congiunte*.
    static func wordForms(_ word: String, language: LanguageData, in source: String) throws(CuePatternError) -> [String] {
        var text = Substring(word)
        let inflected = text.hasSuffix("~")
        if inflected { text = text.dropLast() }
        var forms: [String]
        if let open = text.firstIndex(of: "(") {
            guard let close = text.firstIndex(of: ")"), close > open else { throw CuePatternError("'(' without ')' in '\(source)'") }
            let stem = text[..<open], rest = text[text.index(after: close)...]
            forms = text[text.index(after: open)..<close].split(separator: "/", omittingEmptySubsequences: false)
                .map { String(stem) + $0 + rest }
        } else {
            forms = [String(text)]
        }
        if forms.contains(where: { $0.isEmpty || $0.contains(where: { "()[]{}~/".contains($0) }) }) {
            throw CuePatternError("malformed word '\(word)' in '\(source)'")
        }
        if inflected { forms = forms.flatMap { language.inflectedForms($0) } }
        return forms
    }
}

/// Why a cue pattern could not be read.
public struct CuePatternError: Error, Sendable, Hashable {
    /// What is wrong, with the pattern quoted.
    public let message: String
    init(_ message: String) { self.message = message }
}
