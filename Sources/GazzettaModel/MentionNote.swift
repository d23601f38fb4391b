/// What a reviewer should know about how a mention was read (`Mention.notes`). On the wire each note is a
/// string: the raw values below, or `ROLE of ID on DATE` (or `ROLE of ID, the holder the document names`) for a
/// title.
public enum MentionNote: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Matched with one typo in a long name (*Iniatitive*).
    case typo
    /// A lost apostrophe was repaired (*dellAsia*).
    case repairedApostrophe
    /// A word split by a line-end hyphenation or an invisible character was joined.
    case repairedJoin
    /// The entity is in no lexicon: found in the text (an acronym's long form, an unknown name).
    case notInLexicon
    /// The acronym is linked because the text defines it.
    case definedInText
    /// The evidence a name the lexicon lacks was read on (`evidence: first-name`).
    case evidence(DiscoveryEvidence)
    /// A title read as the person who held `role` of `of` on `on`.
    case heldRole(role: String, of: EntityID, on: DayDate)
    /// A title read as the one person the document names who held `role` of `of` at some time: the document
    /// has no date, or nobody the lexicon knows held the role on it.
    case heldRoleByNamedPerson(role: String, of: EntityID)
    /// A note this version does not know, read from a file, kept as written.
    case other(String)

    /// The note as the JSON writes it.
    public var description: String {
        switch self {
        case .typo: return "typo"
        case .repairedApostrophe: return "repair: missing apostrophe"
        case .repairedJoin: return "repair: joined across a hyphenation or invisible character"
        case .notInLexicon: return "not-in-lexicon"
        case .definedInText: return "defined-in-text"
        case let .evidence(evidence): return "evidence: " + evidence.rawValue
        case let .heldRole(role, of, on): return "\(role) of \(of) on \(on)"
        case let .heldRoleByNamedPerson(role, of): return "\(role) of \(of)" + MentionNote.namedHolderSuffix
        case let .other(text): return text
        }
    }

    /// The note a JSON string stands for.
    public init(wire text: String) {
        switch text {
        case "typo": self = .typo
        case "repair: missing apostrophe": self = .repairedApostrophe
        case "repair: joined across a hyphenation or invisible character": self = .repairedJoin
        case "not-in-lexicon": self = .notInLexicon
        case "defined-in-text": self = .definedInText
        case _ where text.hasPrefix("evidence: "):
            if let evidence = DiscoveryEvidence(rawValue: String(text.dropFirst(10))) { self = .evidence(evidence) } else { self = .other(text) }
        case _ where text.hasSuffix(MentionNote.namedHolderSuffix):
            let parts = text.dropLast(MentionNote.namedHolderSuffix.count).split(separator: " ")
            if parts.count == 3, parts[1] == "of" {
                self = .heldRoleByNamedPerson(role: String(parts[0]), of: EntityID(String(parts[2])))
            } else {
                self = .other(text)
            }
        default:
            let parts = text.split(separator: " ")
            if parts.count == 5, parts[1] == "of", parts[3] == "on", let date = DayDate(iso: String(parts[4])) {
                self = .heldRole(role: String(parts[0]), of: EntityID(String(parts[2])), on: date)
            } else {
                self = .other(text)
            }
        }
    }

    /// What ends the wire form of `heldRoleByNamedPerson`.
    static var namedHolderSuffix: String { ", the holder the document names" }

    public init(from decoder: Decoder) throws {
        self.init(wire: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
