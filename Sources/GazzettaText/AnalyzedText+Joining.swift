extension AnalyzedText {
    /// The analysis with the sentences that a span of `spans` runs across joined into one, so that every span
    /// lies inside a sentence (a name the matcher read across a line break, *Asia↵Centrale*, is evidence
    /// that the line break was inside a sentence). Itself when no span crosses a boundary.
    ///
    /// - Complexity: O(m log s) in the spans and the sentences; O(s) more when something is joined.
    public func joiningSentences(over spans: some Sequence<Range<Int>>) -> AnalyzedText {
        var joinsNext: [Bool] = []
        for span in spans where !span.isEmpty {
            let first = sentenceIndex(of: span.lowerBound), last = sentenceIndex(of: span.upperBound - 1)
            guard first < last else { continue }
            if joinsNext.isEmpty { joinsNext = Array(repeating: false, count: sentences.count) }
            for index in first..<last { joinsNext[index] = true }
        }
        guard !joinsNext.isEmpty else { return self }
        var joined: [Range<Int>] = []
        var start = sentences[0].lowerBound
        for index in sentences.indices where !joinsNext[index] {
            joined.append(start..<sentences[index].upperBound)
            if index + 1 < sentences.count { start = sentences[index + 1].lowerBound }
        }
        return AnalyzedText(source: source, language: language, languageSource: languageSource, tokens: tokens, sentences: joined)
    }
}
