import GazzettaEvaluation
import GazzettaModel
import GazzettaText

/// Reads brat standoff (`.ann` with its `.txt`) back into gold mentions: `T` lines give type and span
/// (fragments joined from the first start to the last end), `N` lines the entity (`Gazzetta:ID`, or any
/// `DB:ID` kept whole), a `Role` attribute (`A` line) the mention's role. A `T` without an `N` gets the entity
/// `unlinked:TYPE`.
///
/// Every line is read or refused: a malformed span, an unknown type, a duplicate id, a reference to a `T`
/// that is not there, a type that contradicts its entity or a covered text that is not the text at the span
/// is an error naming file and line. What gold cannot hold (other attributes, notes, relations, events,
/// equivalences) is reported as a warning naming file and line, never dropped silently.
public struct BratImporter: Sendable {
    /// What an `.ann` file gave: its gold mentions in `T` order, and what was read but cannot be kept.
    public struct Result: Sendable {
        /// The gold mentions.
        public var mentions: [GoldDocument.GoldMention]
        /// `file:line: …` for each annotation gold has no place for.
        public var warnings: [String]
    }

    /// Creates an importer; it holds no state.
    public init() {}

    /// Gold mentions of `ann` over its document `text`, in `T` order; see `read(ann:text:source:)`.
    public func mentions(ann: String, text: String, source: String) throws -> [GoldDocument.GoldMention] {
        try read(ann: ann, text: text, source: source).mentions
    }

    /// Reads `ann` over its document `text`; throws `InterchangeError` naming `source` and the line.
    public func read(ann: String, text: String, source: String) throws -> Result {
        let scalars = Array(text.unicodeScalars)
        var state = State()
        // Split on scalars: as Characters, "\r\n" is one that "\n" would not match.
        for (index, raw) in ann.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw.last == "\r" ? raw.dropLast() : raw[...])
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let number = index + 1
            func fail(_ message: String) -> InterchangeError { InterchangeError("\(source):\(number): \(message)") }
            let columns = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 2, let kind = columns[0].first, !columns[1].isEmpty else {
                throw fail("not a brat annotation line (ID, a tab, then the annotation): '\(line)'")
            }
            let id = columns[0]
            if id != "*" {
                guard BratImporter.isID(id) else { throw fail("'\(id)' is not a brat id (a letter or #, then digits)") }
                if let first = state.lines[id] { throw fail("duplicate id \(id) (first on line \(first))") }
                state.lines[id] = number
            }
            switch kind {
            case "T": try state.textBound(id, columns, number, scalars, fail)
            case "N": try state.normalization(id, columns, number, fail)
            case "A", "M": try state.attribute(id, columns, number, fail)
            case "#": state.notes.append((number, columns))
            case "R", "E", "*": state.warnings.append((number, "\(BratImporter.name(of: kind)) \(id) is not kept: gold holds mentions only"))
            default: throw fail("unknown annotation kind '\(kind)' (brat has T, N, A, M, #, R, E and *)")
            }
        }
        return try state.result(source: source, text: scalars)
    }

    /// brat's id syntax: a letter or `#`, digits, then an optional tail of anything but whitespace.
    static func isID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first == "#" || (first.isASCII && first.properties.isAlphabetic) else { return false }
        let rest = id.unicodeScalars.dropFirst()
        return !rest.isEmpty && rest.first!.properties.numericType == .decimal && rest.first!.isASCII
            && !rest.contains { $0.properties.isWhitespace }
    }

    static func name(of kind: Character) -> String {
        switch kind {
        case "R": return "relation"
        case "E": return "event"
        default: return "equivalence"
        }
    }

    /// Digits only: `Int("+3")` would read a sign that brat never writes.
    static func offset(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(text)
    }
}

/// What has been read so far, line by line; references are resolved once every line is in.
private struct State {
    struct Span { var type: EntityType; var start: Int; var end: Int; var line: Int }
    struct Reference { var target: String; var entity: String; var line: Int; var isGazzetta: Bool }

    var lines: [String: Int] = [:]
    var spans: [String: Span] = [:]
    var order: [String] = []
    var references: [Reference] = []
    var roles: [(target: String, role: MentionRole, line: Int)] = []
    var otherAttributes: [(target: String, text: String, line: Int)] = []
    var notes: [(Int, [String])] = []
    var warnings: [(line: Int, message: String)] = []

    typealias Fail = (String) -> InterchangeError

    mutating func textBound(_ id: String, _ columns: [String], _ line: Int, _ text: [Unicode.Scalar], _ fail: Fail) throws {
        let parts = columns[1].split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw fail("\(id) has no span: '\(columns[1])'") }
        guard let type = EntityType(rawValue: parts[0].lowercased()) else {
            throw fail("\(id) has the type '\(parts[0])', not a Gazzetta type (\(EntityType.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        var fragments: [(Int, Int)] = []
        for fragment in parts[1].split(separator: ";", omittingEmptySubsequences: false) {
            let ends = fragment.split(separator: " ", omittingEmptySubsequences: false)
            guard ends.count == 2, let start = BratImporter.offset(ends[0]), let end = BratImporter.offset(ends[1]) else {
                throw fail("\(id) has a malformed span '\(parts[1])' (want START END, fragments joined by ';')")
            }
            guard start < end else { throw fail("\(id) has a reversed or empty span \(start) \(end)") }
            guard end <= text.count else { throw fail("\(id) has the span \(start) \(end), past the end of a text of \(text.count) characters") }
            if let last = fragments.last, start < last.1 { throw fail("\(id) has fragments out of order or overlapping: '\(parts[1])'") }
            fragments.append((start, end))
        }
        if columns.count == 3 {
            let covered = fragments.map { Self.string(text[$0.0..<$0.1]) }.joined(separator: " ")
            guard covered.unicodeScalars.elementsEqual(columns[2].unicodeScalars) else {
                throw fail("\(id) says its text is '\(columns[2])' but the text at \(parts[1]) is '\(covered)' (is the .txt the one it was made on?)")
            }
        }
        spans[id] = Span(type: type, start: fragments[0].0, end: fragments[fragments.count - 1].1, line: line)
        order.append(id)
    }

    mutating func normalization(_ id: String, _ columns: [String], _ line: Int, _ fail: Fail) throws {
        let parts = columns[1].split(separator: " ").map(String.init)
        guard parts.count == 3, parts[0] == "Reference", let colon = parts[2].firstIndex(of: ":"),
              colon != parts[2].startIndex, parts[2].index(after: colon) != parts[2].endIndex else {
            throw fail("\(id) is not a normalization 'Reference T… DB:ID': '\(columns[1])'")
        }
        let isGazzetta = parts[2].hasPrefix("Gazzetta:")
        references.append(Reference(target: parts[1], entity: isGazzetta ? String(parts[2].dropFirst("Gazzetta:".count)) : parts[2],
                                    line: line, isGazzetta: isGazzetta))
    }

    mutating func attribute(_ id: String, _ columns: [String], _ line: Int, _ fail: Fail) throws {
        let parts = columns[1].split(separator: " ").map(String.init)
        guard parts.count == 2 || parts.count == 3 else { throw fail("\(id) is not an attribute 'NAME T… [VALUE]': '\(columns[1])'") }
        if parts[0] == "Role" {
            guard parts.count == 3, let role = MentionRole(rawValue: parts[2]) else {
                throw fail("\(id) gives the role '\(parts.count == 3 ? parts[2] : "")', not one of \(MentionRole.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            roles.append((parts[1], role, line))
        } else {
            otherAttributes.append((parts[1], columns[1], line))
        }
    }

    /// The mentions, every reference checked against the `T` lines.
    func result(source: String, text: [Unicode.Scalar]) throws -> BratImporter.Result {
        func fail(_ line: Int, _ message: String) -> InterchangeError { InterchangeError("\(source):\(line): \(message)") }
        func span(_ target: String, _ line: Int) throws -> Span {
            guard let span = spans[target] else { throw fail(line, "refers to \(target), which is not a text-bound (T) annotation of this file") }
            return span
        }
        var entities: [String: Reference] = [:]
        for reference in references {
            let span = try span(reference.target, reference.line)
            if let earlier = entities[reference.target] {
                if earlier.isGazzetta && !reference.isGazzetta { continue }
                if earlier.isGazzetta == reference.isGazzetta && earlier.entity != reference.entity {
                    throw fail(reference.line, "\(reference.target) already links to \(earlier.entity) (line \(earlier.line)), not also \(reference.entity)")
                }
            }
            if reference.isGazzetta, let expected = EntityID(reference.entity).kind?.entityType, expected != span.type {
                throw fail(reference.line, "\(reference.target) is typed \(span.type.rawValue) (line \(span.line)) but its entity \(reference.entity) is of type \(expected.rawValue)")
            }
            entities[reference.target] = reference
        }
        var roleOf: [String: MentionRole] = [:]
        for (target, role, line) in roles {
            _ = try span(target, line)
            if let earlier = roleOf[target], earlier != role { throw fail(line, "\(target) already has the role \(earlier.rawValue)") }
            roleOf[target] = role
        }
        var warnings = self.warnings
        for (target, attribute, line) in otherAttributes {
            _ = try span(target, line)
            warnings.append((line, "attribute '\(attribute)' is not kept: gold has no attributes but Role"))
        }
        for (line, columns) in notes {
            let parts = columns[1].split(separator: " ").map(String.init)
            if parts.count >= 2 { _ = try span(parts[1], line) }
            warnings.append((line, "note '\(columns.count == 3 ? columns[2] : columns[1])' is not kept: gold has no notes"))
        }
        let mentions = order.map { id in
            let span = spans[id]!
            return GoldDocument.GoldMention(start: span.start, end: span.end, text: Self.string(text[span.start..<span.end]), type: span.type,
                                            entity: entities[id]?.entity ?? "unlinked:\(span.type.rawValue)", role: roleOf[id])
        }
        let sorted = warnings.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
        return BratImporter.Result(mentions: mentions, warnings: sorted.map { "\(source):\($0.element.line): \($0.element.message)" })
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}

/// An interchange file that cannot be read.
public struct InterchangeError: Error, CustomStringConvertible {
    /// The message, naming the file (and line or task).
    public var description: String
    /// Creates the error with its message.
    public init(_ description: String) { self.description = description }
}
