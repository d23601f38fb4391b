import GazzettaExport
import GazzettaModel

/// Cooperation records as event data (one row per actor pair), in the shape event datasets use: date,
/// source actor, target actor, CAMEO code, sector, polarity, sentence, document id.
///
/// A record with an initiator gives one row from it to each partner; coordinated actors give one row per
/// pair, source and target in id order (the relation is symmetric).
public struct EventExporter {
    /// The columns, in order.
    public static let columns = ["date", "source", "target", "cameo", "sector", "crs", "polarity", "sentence", "document"]

    public init() {}

    /// The event rows of `document`, each a value per column.
    public func rows(_ document: AnnotatedDocument) -> [[String]] {
        var rows: [[String]] = []
        for record in document.cooperation {
            let sentence = document.sentences.indices.contains(record.sentence)
                ? slice(document.text, document.sentences[record.sentence]) : ""
            let date = record.date ?? document.info.date.map { "\($0)" } ?? ""
            for (source, target) in pairs(record) {
                rows.append([date, source.rawValue, target.rawValue, record.cameo ?? "", record.sector.rawValue, record.crs ?? "",
                             (record.polarity ?? .cooperation).rawValue, sentence, document.info.id])
            }
        }
        return rows
    }

    /// CSV (RFC 4180: fields with a comma, quote or line break quoted, quotes doubled), header first.
    public func csv(_ document: AnnotatedDocument, header: Bool = true) -> String {
        let lines = (header ? [EventExporter.columns] : []) + rows(document)
        return lines.map { $0.map(EventExporter.csvField).joined(separator: ",") }.joined(separator: "\r\n") + (lines.isEmpty ? "" : "\r\n")
    }

    /// JSON Lines: one object per event, keys as the CSV's columns.
    public func jsonLines(_ document: AnnotatedDocument) -> String {
        rows(document).map { row in
            JSONWriter(pretty: false).string(.object(zip(EventExporter.columns, row).map { ($0, .string($1)) })) + "\n"
        }.joined()
    }

    /// Who acts on whom: initiator to each partner, else every pair of actors in id order.
    private func pairs(_ record: CooperationRecord) -> [(EntityID, EntityID)] {
        let participants = record.participants ?? []
        let initiators = Set(participants.filter { $0.role == .initiator }.map(\.actor))
        let partners = Set(participants.filter { $0.role == .partner }.map(\.actor))
        if !initiators.isEmpty && !partners.isEmpty {
            return initiators.sorted().flatMap { source in partners.sorted().filter { $0 != source }.map { (source, $0) } }
        }
        let actors = record.actors
        return actors.indices.flatMap { i in actors.indices.filter { $0 > i }.map { (actors[i], actors[$0]) } }
    }

    private func slice(_ text: String, _ span: Span) -> String {
        let scalars = text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: span.start), end = scalars.index(start, offsetBy: span.end - span.start)
        return String(scalars[start..<end]).split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// One CSV field, quoted when it must be.
    public static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
        var quoted = "\""
        for character in value { quoted += character == "\"" ? "\"\"" : String(character) }
        return quoted + "\""
    }
}
