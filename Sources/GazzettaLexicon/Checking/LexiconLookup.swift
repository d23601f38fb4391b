import GazzettaModel
import GazzettaText

/// Explains which entities and forms a string matches, and why (or why not).
public struct LexiconLookup {
    let compiled: CompiledLexicon

    /// Explains matches against `compiled`.
    public init(_ compiled: CompiledLexicon) {
        self.compiled = compiled
    }

    /// One line per finding: matches with their entity, form, field and case rule, then candidates whose
    /// keys matched but whose case or prefix rule refused the text.
    public func explain(_ text: String, language: Language) throws(TextAnalysisError) -> [String] {
        let source = SourceText(text)
        let analyzed = try TextAnalyzer().analyze(source, language: language)
        let matcher = PhraseMatcher(compiled)
        var lines: [String] = []
        let keys = analyzed.tokens.map(\.key).joined(separator: " ")
        lines.append("tokens (keys): \(keys)")
        for match in matcher.matches(in: analyzed.tokens, of: source) {
            let first = analyzed.tokens[match.tokenStart], last = analyzed.tokens[match.tokenEnd - 1]
            let surface = source.slice(bytes: first.byteStart..<last.byteEnd)
            for pattern in match.patterns {
                lines.append("match \(first.start)-\(last.end) '\(surface)' → " + describe(pattern))
            }
        }
        for (start, end, pattern) in refused(analyzed, source, matcher) {
            let surface = source.slice(bytes: analyzed.tokens[start].byteStart..<analyzed.tokens[end - 1].byteEnd)
            let reason = pattern.isPrefix ? "prefix form, not followed by a hyphen" : "case rule \(pattern.caseRule.rawValue)"
            lines.append("refused '\(surface)' → " + describe(pattern) + " (\(reason))")
        }
        return lines
    }

    private func describe(_ pattern: Pattern) -> String {
        let entity = compiled.lexicon.entities[Int(pattern.entity)]
        let alias = entity.aliases[Int(pattern.alias)]
        let field = (alias.isPrefix ? "prefix" : alias.role.rawValue) + (alias.language.map { ".\($0.rawValue)" } ?? "")
        var origin = ""
        if let place = compiled.lexicon.origin(of: entity.id) { origin = " [\(place.file):\(place.line)]" }
        return "\(entity.id) (\(entity.type.rawValue)/\(entity.subtype)) form '\(alias.form)' as \(field), case \(alias.caseRule.rawValue)\(origin)"
    }

    /// Patterns whose keys matched a run of tokens but whose rules refused it.
    private func refused(_ analyzed: AnalyzedText, _ source: SourceText, _ matcher: PhraseMatcher) -> [(Int, Int, Pattern)] {
        var result: [(Int, Int, Pattern)] = []
        for start in analyzed.tokens.indices {
            var node: Int32 = 0
            var cursor = start
            while cursor < analyzed.tokens.count,
                  let key = compiled.keyID(analyzed.tokens[cursor].key), let child = compiled.child(of: node, key: key) {
                node = child
                cursor += 1
                for index in compiled.patternRanges[Int(node)] {
                    let pattern = compiled.patterns[Int(index)]
                    if !matcher.accepts(pattern, analyzed.tokens, start, cursor, source) { result.append((start, cursor, pattern)) }
                }
            }
        }
        return result
    }
}
