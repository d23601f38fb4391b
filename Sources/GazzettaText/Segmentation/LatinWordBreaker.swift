/// ICU's word boundaries for the common case, found without calling ICU.
///
/// ICU's word break rules (UAX #29 as ICU 72 ships them) stay the definition: this type reproduces them only
/// for lines made entirely of characters whose rules it knows — ASCII letters, digits, space, tab and
/// punctuation other than `@`, the underscore (which joins words: `O_RDONLY`); the Latin-1 and Latin
/// Extended-A letters (accented Italian and English letters among them); `«`, `»`, dashes, typographic quotes and apostrophes, the ellipsis and a few common
/// signs. A line holding any other character (another script, a combining mark, an invisible format
/// character, an emoji, a no-break space…) is handed to ICU whole. Line ends are hard word boundaries in
/// UAX #29 (WB3a, WB3b), so ICU over one line gives the same boundaries as ICU over the whole text there.
///
/// A differential test (`FastWordBreakTests`) holds the two to the same boundaries and rule statuses on the
/// corpus, generated text and random text.
struct LatinWordBreaker {
    /// The word-break class of a covered character.
    enum Class: UInt8 {
        /// Not covered: the line goes to ICU.
        case uncovered
        /// ALetter: letters; a segment ending in one has ICU's status 200.
        case letter
        /// Numeric: ASCII digits; a segment ending in one has status 100.
        case digit
        /// MidNumLet and Single_Quote: `.`, `'`, `‘`, `’` join letters to letters and digits to digits.
        case midNumLet
        /// MidNum: `,`, `;` join digits to digits.
        case midNum
        /// ExtendNumLet: `_` joins letters, digits and itself (`O_RDONLY`, `__init`, `x_1`).
        case extendNumLet
        /// U+0020: runs of it are one segment (WB3d).
        case space
        /// Every other covered character is a segment of its own, status 0.
        case single
    }

    /// The class of an ASCII byte. A switch, not a table in a `static let`: on Linux every read of a lazy
    /// global goes through `swift_once`, and this runs for every byte of the text.
    @inline(__always)
    private static func ascii(_ byte: UInt8) -> Class {
        switch byte {
        case 0x41...0x5A, 0x61...0x7A: return .letter
        case 0x30...0x39: return .digit
        case 0x2E, 0x27: return .midNumLet
        case 0x2C, 0x3B: return .midNum
        case 0x20: return .space
        case 0x09: return .single
        case 0x5F: return .extendNumLet
        // `@` (which the fast path has not been held to ICU on), controls and VT/FF are left to ICU.
        case 0x40: return .uncovered
        case 0x21...0x7E: return .single
        default: return .uncovered
        }
    }

    /// The class of a non-ASCII scalar.
    @inline(__always)
    private static func classOf(scalar value: UInt32) -> Class {
        switch value {
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x17F, 0xAA, 0xBA, 0xB5: return .letter
        case 0x2018, 0x2019: return .midNumLet
        case 0xAB, 0xBB, 0xA3, 0xA7, 0xB0, 0xD7, 0xF7, 0xBF, 0xA1,
             0x2013, 0x2014, 0x201C, 0x201D, 0x201E, 0x2026, 0x2022, 0x20AC:
            return .single
        default: return .uncovered
        }
    }

    /// The class and byte length of the character at `index` (`index < end`); `.uncovered` for a malformed
    /// or truncated sequence.
    @inline(__always)
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> (Class, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (ascii(lead), 1) }
        if lead & 0xE0 == 0xC0, index + 1 < end {
            let second = bytes[index + 1]
            guard second & 0xC0 == 0x80 else { return (.uncovered, 1) }
            return (classOf(scalar: UInt32(lead & 0x1F) << 6 | UInt32(second & 0x3F)), 2)
        }
        if lead & 0xF0 == 0xE0, index + 2 < end {
            let second = bytes[index + 1], third = bytes[index + 2]
            guard second & 0xC0 == 0x80, third & 0xC0 == 0x80 else { return (.uncovered, 1) }
            let value = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
            return (classOf(scalar: value), 3)
        }
        return (.uncovered, 1)
    }

    /// Whether every character of `bytes[start..<end]` is covered. Segmenting does not ask it (it finds out as
    /// it goes); the tests measure with it how much of a corpus the fast path takes.
    static func covers(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 {
                guard ascii(lead) != .uncovered else { return false }
                index += 1
                continue
            }
            let (kind, length) = classify(bytes, index, end)
            guard kind != .uncovered else { return false }
            index += length
        }
        return true
    }

    /// Calls `body` with each word boundary after the start of `bytes` (byte offset) and ICU's rule status
    /// of the segment ending there: the same calls as ICU's iterator, line by line, asking `fallback` for
    /// the lines this type does not cover.
    ///
    /// A line is segmented in one pass into a buffer that is reused from line to line, and handed on only if
    /// every character was covered: most lines are, so checking them first would read each byte twice.
    static func forEachBoundary(in bytes: UnsafeBufferPointer<UInt8>, fallback: BreakIterator,
                                _ body: (Int, Int32) -> Void) throws(TextAnalysisError) {
        let count = bytes.count
        var lineStart = 0
        var line = LineBoundaries()
        while lineStart < count {
            var lineEnd = lineStart
            while lineEnd < count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
            if lineEnd > lineStart {
                if segment(bytes, lineStart, lineEnd, into: &line) {
                    line.forEach(body)
                } else {
                    try fallback.forEachBoundary(in: bytes, from: lineStart, to: lineEnd, body)
                }
            }
            guard lineEnd < count else { break }
            // CR LF is one segment (WB3); any other line end is one of its own.
            let next = bytes[lineEnd] == 0x0D && lineEnd + 1 < count && bytes[lineEnd + 1] == 0x0A ? lineEnd + 2 : lineEnd + 1
            body(next, 0)
            lineStart = next
        }
    }

    /// One line's boundaries and statuses, kept until the line is known to be covered.
    struct LineBoundaries {
        private var offsets: [Int] = []
        private var statuses: [Int32] = []

        init() {
            offsets.reserveCapacity(256)
            statuses.reserveCapacity(256)
        }

        mutating func removeAll() {
            offsets.removeAll(keepingCapacity: true)
            statuses.removeAll(keepingCapacity: true)
        }

        @inline(__always)
        mutating func append(_ offset: Int, _ status: Int32) {
            offsets.append(offset)
            statuses.append(status)
        }

        func forEach(_ body: (Int, Int32) -> Void) {
            for index in offsets.indices { body(offsets[index], statuses[index]) }
        }
    }

    /// ICU's status for a word segment ending on a character of class `last` preceded by one of class
    /// `beforeLast` (`.uncovered` when `last` is the segment's only character): the status of the rule that
    /// matched last. A letter ends by WB5/9/13b (200), a digit by WB8/10/13b (100); an underscore by WB13a
    /// takes the status of what it follows, and alone it matches no rule (0).
    @inline(__always)
    private static func wordStatus(_ last: Class, _ beforeLast: Class) -> Int32 {
        switch last {
        case .letter: return 200
        case .digit: return 100
        default:
            switch beforeLast {
            case .uncovered: return 0
            case .digit: return 100
            default: return 200
            }
        }
    }

    /// Whether characters of this class join each other inside a word (WB5, WB8–10, WB13a–b).
    @inline(__always)
    private static func isWordPart(_ kind: Class) -> Bool {
        kind == .letter || kind == .digit || kind == .extendNumLet
    }

    /// The boundaries of the line `bytes[start..<end]`, into `line`; `false` (and `line` unusable) as soon as
    /// a character is not covered.
    @inline(__always)
    private static func segment(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                                into line: inout LineBoundaries) -> Bool {
        line.removeAll()
        var index = start
        while index < end {
            let (kind, length) = classify(bytes, index, end)
            switch kind {
            case .uncovered:
                return false
            case .space:
                var next = index + 1
                while next < end, bytes[next] == 0x20 { next += 1 }
                line.append(next, 0)
                index = next
            case .letter, .digit, .extendNumLet:
                var last = kind, beforeLast = Class.uncovered
                var next = index + length
                while next < end {
                    let (following, width) = classify(bytes, next, end)
                    if isWordPart(following) {
                        beforeLast = last
                        last = following
                        next += width
                        continue
                    }
                    if following == .uncovered { return false }
                    // WB6/7 (letter mid letter) and WB11/12 (digit mid digit) look one character past the mid.
                    guard following == .midNumLet || following == .midNum, next + width < end else { break }
                    let (after, afterWidth) = classify(bytes, next + width, end)
                    if last == .letter, following == .midNumLet, after == .letter {
                        next += width + afterWidth
                    } else if last == .digit, after == .digit {
                        next += width + afterWidth
                    } else {
                        break
                    }
                    beforeLast = last
                }
                line.append(next, wordStatus(last, beforeLast))
                index = next
            default:
                line.append(index + length, 0)
                index += length
            }
        }
        return true
    }
}
