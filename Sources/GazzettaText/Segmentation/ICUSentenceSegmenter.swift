/// Splits text into sentences with ICU's sentence break iterator, then rejoins sentences that ICU ended
/// after an abbreviation of the language (*cfr.*, *ecc.*, *Gen.*).
///
/// The reference for `TokenSentenceSegmenter`, which the analyzer uses (it needs no second pass of ICU
/// over the text): the tests hold the two to the same sentences on the corpus.
public final class ICUSentenceSegmenter {
    private let iterator: BreakIterator
    private let abbreviations: Set<String>

    /// Opens an ICU sentence iterator for `data`'s locale; throws when ICU cannot.
    public init(_ data: LanguageData) throws(TextAnalysisError) {
        iterator = try BreakIterator(.sentence, locale: data.locale)
        abbreviations = data.abbreviations
    }

    /// The sentences of `text` as code-point spans, trailing white space excluded; blank ones dropped.
    public func sentences(of text: SourceText) throws(TextAnalysisError) -> [Range<Int>] {
        var byteRanges: [Range<Int>] = []
        var start = 0
        try iterator.forEachBoundary(in: text.utf8) { boundary, _ in
            if boundary < text.utf8.count && endsWithAbbreviation(text.utf8, start, boundary) { return }
            byteRanges.append(start..<boundary)
            start = boundary
        }
        var cursor = TextOffsets.Cursor(text.utf8)
        var spans: [Range<Int>] = []
        for range in byteRanges {
            var lower = range.lowerBound, upper = range.upperBound
            while lower < upper && ICUSentenceSegmenter.isASCIISpace(text.utf8[lower]) { lower += 1 }
            while upper > lower && ICUSentenceSegmenter.isASCIISpace(text.utf8[upper - 1]) { upper -= 1 }
            if lower == upper { continue }
            spans.append(cursor.scalarOffset(ofByte: lower)..<cursor.scalarOffset(ofByte: upper))
        }
        return spans
    }

    /// Whether the sentence `bytes[start..<end]` ends (before trailing spaces) with `word.` where `word`
    /// is an abbreviation, and is not a line or paragraph end.
    private func endsWithAbbreviation(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var index = end
        var sawNewline = false
        while index > start && ICUSentenceSegmenter.isASCIISpace(bytes[index - 1]) {
            if bytes[index - 1] == 0x0A || bytes[index - 1] == 0x0D { sawNewline = true }
            index -= 1
        }
        guard !sawNewline, index > start, bytes[index - 1] == UInt8(ascii: ".") else { return false }
        let periodIndex = index - 1
        var wordStart = periodIndex
        while wordStart > start {
            let byte = bytes[wordStart - 1]
            let isWordByte = byte >= 0x80 || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
                || byte == UInt8(ascii: ".")
            if !isWordByte { break }
            wordStart -= 1
        }
        guard wordStart < periodIndex else { return false }
        let word = MatchingKey.of(bytes: bytes[wordStart..<periodIndex])
        return abbreviations.contains(word)
    }

    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
