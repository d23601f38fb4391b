/// Splits text into tokens with ICU's word break iterator over its UTF-8 bytes.
///
/// Spaces are dropped (each token records the gap before it); words, numbers and each punctuation mark
/// are tokens. ICU keeps *dell’Asia* and *China’s* whole: `ElisionSplitter` splits them afterwards, by the
/// rules of the document's language.
public final class WordSegmenter {
    private let iterator: BreakIterator
    private let usesFastPath: Bool

    /// Opens ICU's word break iterator for `locale`. With `fastPath` (the default) lines of common Latin text
    /// are segmented by `LatinWordBreaker`, which gives ICU's boundaries without calling it; `false` asks ICU
    /// for every line (the reference the differential tests compare with).
    public init(locale: String = "en", fastPath: Bool = true) throws(TextAnalysisError) {
        iterator = try BreakIterator(.word, locale: locale)
        usesFastPath = fastPath
    }

    /// Calls `body` with each word boundary of `bytes` and its ICU rule status, by the fast path or ICU.
    @inline(__always)
    private func forEachBoundary(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int32) -> Void) throws(TextAnalysisError) {
        if usesFastPath {
            try LatinWordBreaker.forEachBoundary(in: bytes, fallback: iterator, body)
        } else {
            try iterator.forEachBoundary(in: bytes, from: 0, to: bytes.count, body)
        }
    }

    /// The word boundaries of `text` (byte offsets after the start) and ICU's rule status of the segment
    /// ending at each: what the tokens are built from.
    public func boundaries(of text: SourceText) throws(TextAnalysisError) -> [(Int, Int32)] {
        var result: [(Int, Int32)] = []
        try text.utf8.withUnsafeBufferPointer { (base) throws(TextAnalysisError) in
            try forEachBoundary(in: base) { result.append(($0, $1)) }
        }
        return result
    }

    /// The tokens of `text`, in order.
    ///
    /// - Complexity: O(n) in the text's length.
    public func tokens(of text: SourceText) throws(TextAnalysisError) -> [Token] {
        var apostrophes: [Int] = []
        return try tokens(of: text, apostrophes: &apostrophes)
    }

    /// The tokens of `text`, in order; `apostrophes` is set to the indices, in order, of the tokens whose key
    /// holds an apostrophe (words such as *dell’Asia*, and lone apostrophe marks): the only tokens
    /// `ElisionSplitter` needs to look at.
    ///
    /// - Complexity: O(n) in the text's length.
    public func tokens(of text: SourceText, apostrophes: inout [Int]) throws(TextAnalysisError) -> [Token] {
        apostrophes.removeAll(keepingCapacity: true)
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        var cursor = TextOffsets.Cursor(text.utf8)
        let bytes = text.utf8
        var previous = 0
        var previousScalar = 0
        var gap = Token.Gap.none
        var newlines = 0
        var glue = false
        // The keys are read from the bytes in place (the iterator reads the same array).
        try bytes.withUnsafeBufferPointer { (base) throws(TextAnalysisError) in
            try forEachBoundary(in: base) { boundary, status in
                defer { previous = boundary }
                let startScalar = previousScalar
                let endScalar = cursor.scalarOffset(ofByte: boundary)
                previousScalar = endScalar
                let kind: Token.Kind
                switch status {
                case 100..<200: kind = .number
                case 200..<500: kind = .word
                default:
                    if WordSegmenter.isIgnorable(bytes, previous, boundary) {
                        // A zero-width space or joiner between letters: the word goes on across it.
                        glue = gap == .none
                        return
                    }
                    let lines = WordSegmenter.lineBreaks(in: bytes, previous, boundary)
                    if let lines {
                        newlines += lines
                        gap = max(gap, newlines >= 2 ? .paragraph : newlines == 1 ? .line : .space)
                        glue = false
                        return
                    }
                    kind = .punctuation
                }
                // A format character at a word's edge (a joiner or override ICU attaches to the word) is not
                // part of the name: the token, and so any mention made of it, begins and ends on a visible one.
                let (byteStart, byteEnd, leading, trailing) = kind == .word
                    ? WordSegmenter.formatTrimmed(bytes, previous, boundary) : (previous, boundary, 0, 0)
                let slice = UnsafeBufferPointer(rebasing: base[byteStart..<byteEnd])
                let key = MatchingKey.of(utf8: slice)
                if glue, kind == .word, let last = tokens.last, last.kind == .word, last.byteEnd <= previous {
                    let joined = MatchingKey.joined(last.key, key)
                    tokens[tokens.count - 1].byteEnd = byteEnd
                    tokens[tokens.count - 1].end = endScalar - trailing
                    tokens[tokens.count - 1].key = joined
                    tokens[tokens.count - 1].repairs.insert(.joined)
                    if apostrophes.last != tokens.count - 1, MatchingKey.hasApostrophe(joined) {
                        apostrophes.append(tokens.count - 1)
                    }
                } else {
                    if kind != .number, WordSegmenter.mayFoldToApostrophe(slice), MatchingKey.hasApostrophe(key) {
                        apostrophes.append(tokens.count)
                    }
                    tokens.append(Token(
                        byteStart: byteStart, byteEnd: byteEnd, start: startScalar + leading, end: endScalar - trailing,
                        key: key, kind: kind, gapBefore: tokens.isEmpty ? .none : gap))
                }
                gap = .none
                newlines = 0
                glue = false
            }
        }
        return tokens
    }

    /// Whether a token's bytes may fold to a key with an apostrophe: they hold `'`, `` ` `` or any
    /// non-ASCII byte (typographic apostrophes and primes are non-ASCII). A cheap test before the key's.
    @inline(__always)
    static func mayFoldToApostrophe(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte == 0x27 || byte == 0x60 || byte >= 0x80 { return true }
        return false
    }

    /// Whether `bytes[from..<to]` holds only invisible format characters: zero-width space (U+200B),
    /// word joiner (U+2060), BOM (U+FEFF), soft hyphen (U+00AD), ZWNJ/ZWJ (U+200C/D).
    static func isIgnorable(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Bool {
        guard from < to, bytes[from] >= 0x80 else { return false }
        let text = String(decoding: bytes[from..<to], as: UTF8.self)
        return text.unicodeScalars.allSatisfy { [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD].contains($0.value) }
    }

    /// `bytes[from..<to]` without the format characters (category Cf: U+200B, U+200D, U+2060, U+FEFF, U+00AD,
    /// U+202E…) at either end, and how many were cut at each; the range unchanged when it is all of them.
    /// ASCII edges (nearly every word) are answered from one byte each.
    static func formatTrimmed(_ bytes: [UInt8], _ from: Int, _ to: Int) -> (Int, Int, Int, Int) {
        var start = from, end = to, leading = 0, trailing = 0
        while start < end, bytes[start] >= 0x80 {
            let length = bytes[start] >= 0xF0 ? 4 : bytes[start] >= 0xE0 ? 3 : 2
            guard isFormat(bytes, start, min(end, start + length)) else { break }
            start += length
            leading += 1
        }
        while end > start, bytes[end - 1] >= 0x80 {
            var lead = end - 1
            while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            guard isFormat(bytes, lead, end) else { break }
            end = lead
            trailing += 1
        }
        return start < end ? (start, end, leading, trailing) : (from, to, 0, 0)
    }

    /// Whether `bytes[from..<to]` is one code point of general category Format. Decoded in place: this runs
    /// at the edge of every word that begins or ends on a non-ASCII letter (*città*, *è*), so it must not allocate.
    private static func isFormat(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Bool {
        var input = bytes[from..<to].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&input), input.next() == nil else { return false }
        return scalar.properties.generalCategory == .format
    }

    /// The number of word and number segments of `text`, by bare ICU iteration: no tokens built. The floor
    /// an ICU-based tokenizer cannot beat, for benchmarks.
    public func countWords(in text: SourceText) throws(TextAnalysisError) -> Int {
        var words = 0
        try iterator.forEachBoundary(in: text.utf8) { _, status in
            if status >= 100 { words += 1 }
        }
        return words
    }

    /// The number of line breaks in `bytes[from..<to]` when it is all white space, else `nil`.
    /// CR LF counts as one break.
    static func lineBreaks(in bytes: [UInt8], _ from: Int, _ to: Int) -> Int? {
        var count = 0
        var index = from
        while index < to {
            let byte = bytes[index]
            if byte < 0x80 {
                switch byte {
                case 0x0A: count += 1
                case 0x0D: if index + 1 >= to || bytes[index + 1] != 0x0A { count += 1 }
                case 0x20, 0x09, 0x0B, 0x0C: break
                default: return nil
                }
                index += 1
                continue
            }
            var length = 2
            if byte >= 0xF0 { length = 4 } else if byte >= 0xE0 { length = 3 }
            let scalar = String(decoding: bytes[index..<min(to, index + length)], as: UTF8.self).unicodeScalars.first
            guard let scalar, scalar.properties.isWhitespace else { return nil }
            if scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0x85 { count += 1 }
            index += length
        }
        return count
    }
}
