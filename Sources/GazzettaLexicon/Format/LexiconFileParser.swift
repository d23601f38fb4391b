/// Reads the line-based lexicon format (see `Lexicons/README.md`) into records, line numbers kept.
///
/// The parser checks shape only (headers, `key = value`, directives); `EntityBuilder` checks meaning.
public struct LexiconFileParser: Sendable {
    /// Creates a parser; it holds no state.
    public init() {}

    /// Parses `text`, the contents of `path`. Every malformed line is reported, not only the first.
    public func parse(_ text: String, path: String) -> (file: LexiconFile, errors: [LexiconError]) {
        var file = LexiconFile(path: path, directives: [], records: [])
        var errors: [LexiconError] = []
        var current: LexiconRecord?
        var lineNumber = 0
        // "\r\n" is one Character in Swift: split on it too, or a CRLF file reads as a single line.
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("@") {
                guard current == nil else {
                    errors.append(LexiconError(path, lineNumber, "directive '\(line)' after the first record: directives belong in the header"))
                    continue
                }
                guard let colon = line.firstIndex(of: ":") else {
                    errors.append(LexiconError(path, lineNumber, "a directive is '@key: value'"))
                    continue
                }
                let key = line[line.index(after: line.startIndex)..<colon].trimmingWhitespace()
                let value = line[line.index(after: colon)...].trimmingWhitespace()
                file.directives.append((key, value, lineNumber))
            } else if line.hasPrefix("[") {
                guard line.hasSuffix("]"), line.count > 2 else {
                    errors.append(LexiconError(path, lineNumber, "a record header is '[kind:slug]'"))
                    continue
                }
                if let record = current { file.records.append(record) }
                let id = line.dropFirst().dropLast().trimmingWhitespace()
                if !LexiconFileParser.isValidID(id) {
                    errors.append(LexiconError(path, lineNumber, "invalid id '\(id)': ids are kind:slug, kind in a-z, slug in A-Z a-z 0-9 . _ -"))
                }
                current = LexiconRecord(id: id, file: path, line: lineNumber, fields: [])
            } else if let equals = line.firstIndex(of: "=") {
                let key = line[..<equals].trimmingWhitespace()
                let value = line[line.index(after: equals)...].trimmingWhitespace()
                guard current != nil else {
                    errors.append(LexiconError(path, lineNumber, "field '\(key)' outside a record: open one with '[id]'"))
                    continue
                }
                if key.isEmpty || value.isEmpty {
                    errors.append(LexiconError(path, lineNumber, "empty key or value in '\(line)'"))
                    continue
                }
                current?.fields.append(.init(key: key, value: value, line: lineNumber))
            } else {
                errors.append(LexiconError(path, lineNumber, "cannot read '\(line)': expected '[id]', 'key = value', '@key: value' or a '#' comment"))
            }
        }
        if let record = current { file.records.append(record) }
        if file.directive("source").isEmpty {
            errors.append(LexiconError(path, 1, "no '@source:' directive: say where the facts come from"))
        }
        return (file, errors)
    }

    /// Whether `id` is `kind:slug`.
    public static func isValidID(_ id: String) -> Bool {
        guard let colon = id.firstIndex(of: ":") else { return false }
        let kind = id[..<colon], slug = id[id.index(after: colon)...]
        return !kind.isEmpty && !slug.isEmpty
            && kind.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
            && slug.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)) }
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
