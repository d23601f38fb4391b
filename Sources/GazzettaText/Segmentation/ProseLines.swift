/// Which single line breaks of a document only wrap prose (a hard-wrapped paragraph, *dell'Asia↵Centrale*),
/// so that the sentence goes on across them.
///
/// A paragraph (lines between blank lines) is read as wrapped prose when one of its lines shows it: it begins
/// with a lowercase word, or the line before it ends on a comma, a semicolon or an elided article. A paragraph of
/// headlines, a byline or a list has no such line, and each of its lines stays a sentence. Inside wrapped
/// prose a line break still ends a sentence after a headline-like line (Title Case or capitals), before a list
/// item (`-`, `*`, `•`, `1.`, `2)`), and after a line much shorter than the paragraph's longest that the next
/// line does not continue in lowercase (a heading, a signature).
struct ProseLines {
    /// Sorted indices of the tokens that begin a line and continue the line before it.
    private let continuing: [Int]

    init(_ tokens: [Token], in text: SourceText) {
        var continuing: [Int] = []
        var paragraph = 0
        for index in 0...tokens.count where index == tokens.count || (index > paragraph && tokens[index].gapBefore == .paragraph) {
            ProseLines.collect(tokens, paragraph..<index, text, into: &continuing)
            paragraph = index
        }
        self.continuing = continuing
    }

    /// Whether the line break before token `index` wraps prose (`false` for any other gap).
    func wraps(before index: Int) -> Bool {
        var low = 0, high = continuing.count
        while low < high {
            let mid = (low + high) / 2
            if continuing[mid] < index { low = mid + 1 } else { high = mid }
        }
        return low < continuing.count && continuing[low] == index
    }

    /// Adds the continuing line starts of one paragraph (`range` of tokens, no blank line inside).
    private static func collect(_ tokens: [Token], _ range: Range<Int>, _ text: SourceText, into continuing: inout [Int]) {
        var starts = [range.lowerBound]
        for index in range.dropFirst() where tokens[index].gapBefore == .line { starts.append(index) }
        guard starts.count > 1 else { return }
        let lines = starts.indices.map { starts[$0]..<(($0 + 1 < starts.count) ? starts[$0 + 1] : range.upperBound) }
        let wrapped = lines.indices.dropFirst().contains { beginsInLowercase(tokens, lines[$0].lowerBound, text) || endsOpen(tokens, lines[$0 - 1]) }
        guard wrapped else { return }
        let longest = lines.map { tokens[$0.upperBound - 1].end - tokens[$0.lowerBound].start }.max() ?? 0
        for number in lines.indices.dropFirst() {
            let before = lines[number - 1], start = lines[number].lowerBound
            guard tokens[before.upperBound - 1].lineCase == .normal, tokens[start].lineCase == .normal,
                  !isListItem(tokens, start) else { continue }
            let length = tokens[before.upperBound - 1].end - tokens[before.lowerBound].start
            if 2 * length < longest && !beginsInLowercase(tokens, start, text) && !endsOpen(tokens, before) { continue }
            continuing.append(start)
        }
    }

    /// Whether the line's first word (past opening punctuation on the same line) starts with a lowercase letter.
    private static func beginsInLowercase(_ tokens: [Token], _ start: Int, _ text: SourceText) -> Bool {
        var cursor = start
        while cursor < tokens.count, tokens[cursor].kind == .punctuation, cursor == start || tokens[cursor].gapBefore < .line { cursor += 1 }
        guard cursor < tokens.count, cursor == start || tokens[cursor].gapBefore < .line,
              tokens[cursor].kind == .word || tokens[cursor].kind == .elision else { return false }
        let first = text.slice(bytes: tokens[cursor].byteStart..<tokens[cursor].byteEnd).unicodeScalars.first
        return first?.properties.isLowercase == true
    }

    /// Whether a line ends where prose cannot: on a comma, a semicolon or an elided article.
    private static func endsOpen(_ tokens: [Token], _ line: Range<Int>) -> Bool {
        let last = tokens[line.upperBound - 1]
        return last.kind == .elision || (last.kind == .punctuation && (last.key == "," || last.key == ";"))
    }

    /// Whether the line starting at token `start` is a list item: a bullet, or a number followed by `.` or `)` and a space.
    private static func isListItem(_ tokens: [Token], _ start: Int) -> Bool {
        let first = tokens[start]
        if first.kind == .punctuation, ["-", "*", "•", "·", "+", "‣", "◦"].contains(first.key) { return true }
        guard first.kind == .number, start + 2 < tokens.count else { return false }
        let mark = tokens[start + 1]
        return mark.gapBefore == .none && (mark.key == "." || mark.key == ")") && tokens[start + 2].gapBefore == .space
    }
}
