/// Marks the tokens of headline-like lines: all in capitals (*OBAMA VISITS CHINA*) or in Title Case
/// (*La Sorprendente Proposta della Russia*). On such lines a capital letter says nothing about a name.
public struct LineCaseClassifier {
    private let stopWords: Set<String>

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

    private func style(of line: ArraySlice<Token>, _ text: SourceText) -> Token.LineCase {
        var upper = 0, title = 0, lower = 0
        for token in line where token.kind == .word && !stopWords.contains(token.key) {
            let letters = text.slice(bytes: token.byteStart..<token.byteEnd).unicodeScalars.filter { $0.properties.isAlphabetic }
            guard letters.count >= 2, let first = letters.first else { continue }
            if letters.allSatisfy({ $0.properties.isUppercase }) {
                upper += 1
            } else if first.properties.isUppercase {
                title += 1
            } else {
                lower += 1
            }
        }
        let words = upper + title + lower
        if words >= 2 && upper == words { return .upper }
        if words >= 3 && lower == 0 && title + upper == words { return .title }
        return .normal
    }
}
