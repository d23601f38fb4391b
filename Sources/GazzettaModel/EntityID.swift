/// An entity's id, `kind:slug` (`country:KZ`, `person:xi-jinping`, `org:sco`, `new:edb`): what mentions link to.
///
/// A type rather than a string so that what an id means is asked of it (`kind`, `country`) instead of read
/// off its prefix. On the wire it is the plain string.
public struct EntityID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
                        ExpressibleByStringLiteral {
    /// The id as written.
    public let rawValue: String
    /// The entity's position in the lexicon it was matched in, when the id came from the matcher (-1 when not
    /// known): resolution passes key their tables by it, so a mention's entity is found without hashing its
    /// string. Not part of the id's identity: equality, hashing, order and the wire read `rawValue` only.
    public let lexiconPosition: Int32

    /// Wraps an id as written; any string is accepted (the lexicon's checker reports malformed ones).
    public init(rawValue: String) { self.rawValue = rawValue; lexiconPosition = -1 }
    /// Wraps an id as written.
    public init(_ rawValue: String) { self.rawValue = rawValue; lexiconPosition = -1 }
    /// An id written as a literal in code (`"country:CN"`).
    public init(stringLiteral value: String) { self.rawValue = value; lexiconPosition = -1 }
    /// An id of `kind` with `slug`.
    public init(_ kind: EntityKind, _ slug: String) { self.rawValue = kind.rawValue + ":" + slug; lexiconPosition = -1 }
    /// `id` known to be the entity at `position` of the lexicon.
    public init(_ id: EntityID, lexiconPosition position: Int) {
        rawValue = id.rawValue
        lexiconPosition = Int32(position)
    }

    /// The entity's lexicon position, when known.
    public var position: Int? { lexiconPosition >= 0 ? Int(lexiconPosition) : nil }

    public static func == (a: EntityID, b: EntityID) -> Bool { a.rawValue == b.rawValue }

    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// The part before the first colon, when it names a known kind.
    public var kind: EntityKind? {
        guard let colon = rawValue.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        return EntityKind(rawValue: String(rawValue[..<colon]))
    }

    /// The part after the first colon (the whole id when there is none).
    public var slug: Substring {
        guard let colon = rawValue.firstIndex(of: ":") else { return rawValue[...] }
        return rawValue[rawValue.index(after: colon)...]
    }

    /// Whether the id is of `kind` (cheaper than `kind == …`: no string is built).
    public func isKind(_ kind: EntityKind) -> Bool {
        let prefix = kind.rawValue
        return rawValue.utf8.count > prefix.utf8.count && rawValue.hasPrefix(prefix)
            && rawValue.utf8[rawValue.utf8.index(rawValue.utf8.startIndex, offsetBy: prefix.utf8.count)] == UInt8(ascii: ":")
    }

    /// The country a state actor's id belongs to: `gov:KZ` and `military:KZ` → `country:KZ`; a country itself.
    public var country: EntityID? {
        switch kind {
        case .country: return self
        case .government, .military: return EntityID(.country, String(slug))
        default: return nil
        }
    }

    public var description: String { rawValue }

    public static func < (a: EntityID, b: EntityID) -> Bool { a.rawValue < b.rawValue }

    /// Decodes the plain string.
    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
        lexiconPosition = -1
    }

    /// Encodes the plain string.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// The kinds of entity id (`Lexicons/README.md`, "Entity ids"). Adding one is a change the compiler guides:
/// every `switch` over kinds must say what the new one means.
public enum EntityKind: String, Sendable, CaseIterable {
    /// States (ISO 3166-1 alpha-2; historical states ISO 3166-3).
    case country
    /// Cities and capitals.
    case city
    /// Provinces, regions, geographic areas.
    case region
    /// Border crossings, ports, buildings and other sites.
    case place
    /// Seas, straits, gulfs, bays, oceans.
    case sea
    /// Mountain ranges, deserts, plateaus, capes, peaks.
    case landform
    /// The government of a country (an actor).
    case government = "gov"
    /// The armed forces of a country (an actor).
    case military
    /// People.
    case person
    /// Organisations, ministries, institutes, initiatives.
    case organisation = "org"
    /// Cooperation sectors.
    case sector
    /// Entities found in the text that no lexicon has (`new:edb`).
    case discovered = "new"
}

extension EntityKind {
    /// The type every entity of this kind has: places for the geographic kinds, actors for governments,
    /// armed forces and people; `nil` for `new:`, whose type the text decides. Importers use it to refuse a
    /// mention typed against its entity (a `place` linked to `gov:RU`).
    public var entityType: EntityType? {
        switch self {
        case .country, .city, .region, .place, .sea, .landform: return .place
        case .government, .military, .person: return .actor
        case .organisation: return .organisation
        case .sector: return .sector
        case .discovered: return nil
        }
    }
}
