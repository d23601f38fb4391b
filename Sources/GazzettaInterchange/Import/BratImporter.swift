import GazzettaEvaluation
import GazzettaModel
import GazzettaText

/// Reads brat standoff (`.ann` with its `.txt`) back into gold mentions: `T` lines give type and span
/// (fragments joined from the first start to the last end), `N` lines the entity (`Gazzetta:ID`, or any
/// `DB:ID` kept whole). A `T` without an `N` gets the entity `unlinked:TYPE`.
public struct BratImporter: Sendable {
    /// Creates an importer; it holds no state.
    public init() {}

    /// Gold mentions of `ann` over its document `text`, in `T` order; throws `InterchangeError` (naming `source`) on an unknown type or a span outside the text.
    public func mentions(ann: String, text: String, source: String) throws -> [GoldDocument.GoldMention] {
        var spans: [String: (EntityType, Int, Int)] = [:]
        var order: [String] = []
        var entities: [String: String] = [:]
        let length = text.unicodeScalars.count
        for (index, line) in ann.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let id = columns.first, columns.count >= 2 else { continue }
            if id.hasPrefix("T") {
                let parts = columns[1].split(separator: " ", maxSplits: 1).map(String.init)
                guard parts.count == 2, let type = EntityType(rawValue: parts[0].lowercased()) else {
                    throw InterchangeError("\(source):\(index + 1): not a text-bound annotation of a Gazzetta type: \(columns[1])")
                }
                let offsets = parts[1].split(whereSeparator: { $0 == " " || $0 == ";" }).compactMap { Int($0) }
                guard offsets.count >= 2, offsets.count % 2 == 0, let start = offsets.first, let end = offsets.last,
                      start < end, end <= length else {
                    throw InterchangeError("\(source):\(index + 1): bad span '\(parts[1])' for a text of \(length) characters")
                }
                spans[id] = (type, start, end)
                order.append(id)
            } else if id.hasPrefix("N") {
                let parts = columns[1].split(separator: " ").map(String.init)
                guard parts.count >= 3, parts[0] == "Reference" else { continue }
                let reference = parts[2]
                entities[parts[1]] = reference.hasPrefix("Gazzetta:") ? String(reference.dropFirst("Gazzetta:".count)) : reference
            }
        }
        return order.map { id in
            let (type, start, end) = spans[id]!
            return GoldDocument.GoldMention(start: start, end: end, text: text.scalarSlice(start, end), type: type,
                                            entity: entities[id] ?? "unlinked:\(type.rawValue)", role: nil)
        }
    }
}

/// An interchange file that cannot be read.
public struct InterchangeError: Error, CustomStringConvertible {
    /// The message, naming the file (and line or task).
    public var description: String
    /// Creates the error with its message.
    public init(_ description: String) { self.description = description }
}
