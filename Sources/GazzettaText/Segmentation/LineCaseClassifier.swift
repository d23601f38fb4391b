/// Marks the tokens of headline-like lines: all in capitals (*OBAMA VISITS CHINA*) or in Title Case
/// (*La Sorprendente Proposta della Russia*). On such lines a capital letter says nothing about a name.
public struct LineCaseClassifier {
    private let stopWords: Set<String>

    /// A classifier using `data`'s function words, the lowercase words a headline may hold.
    public init(_ data: LanguageData) {
        stopWords = data.stopWords
    }

    /// Sets `lineCase` on every token, line by line (a line ends at a line or paragraph break).
    public func classify(_ tokens: inout [Token], in text: SourceText) {
        var lineStart = 0
        for index in 0...tokens.count where index == tokens.count || (index > lineStart && tokens[index].gapBefore >= .line) {
            let style = self.style(of: tokens[lineStart..<index], text)
            if style != .normal {
                for line in lineStart..<index { tokens[line].lineCase = style }
            }
            lineStart = index
        }
    }

    private enum Shape { case upper, title, lower, none }

    /// The capitalisation of a word: ASCII words are read from their bytes, others by Unicode properties.
    /// Words of fewer than three letters (articles, prepositions) count for nothing.
    private static func shape(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Shape {
        if end - start < 3 { return .none }
        var ascii = true
        for index in start..<end where bytes[index] >= 0x80 { ascii = false; break }
        if ascii {
            var letters = 0, capitals = 0
            var firstIsCapital = false
            for index in start..<end {
                let byte = bytes[index]
                let isCapital = byte >= 0x41 && byte <= 0x5A
                if isCapital || (byte >= 0x61 && byte <= 0x7A) {
                    if letters == 0 { firstIsCapital = isCapital }
                    letters += 1
                    if isCapital { capitals += 1 }
                }
            }
            if letters < 3 { return .none }
            return capitals == letters ? .upper : firstIsCapital ? .title : .lower
        }
        let letters = String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars.filter { $0.properties.isAlphabetic }
        guard letters.count >= 3, let first = letters.first else { return .none }
        if letters.allSatisfy({ $0.properties.isUppercase }) { return .upper }
        return first.properties.isUppercase ? .title : .lower
    }

    private func style(of line: ArraySlice<Token>, _ text: SourceText) -> Token.LineCase {
        var upper = 0, title = 0
        for token in line where token.kind == .word {
            switch LineCaseClassifier.shape(text.utf8, token.byteStart, token.byteEnd) {
            case .upper: upper += 1
            case .title: title += 1
            case .lower:
                // A lowercase word that is not a function word makes the line ordinary prose: stop here.
                if !stopWords.contains(token.key) { return .normal }
            case .none: break
            }
        }
        let words = upper + title
        if words >= 2 && upper == words { return .upper }
        if words >= 3 { return .title }
        return .normal
    }
}
