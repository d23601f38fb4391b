import GazzettaModel

/// A lexicon's entities sorted by id, with where each was defined: an array when the lexicon was parsed from
/// its sources, or the records of a compiled file decoded when first asked for (`EncodedEntities`), so that
/// loading a million-alias lexicon builds none of the entities a document never names.
///
/// Reading an element of a compiled table decodes it once and keeps it; `id(at:)`, `origin(at:)`, `traits`
/// and `position(of:)` read the file's columns and decode no entity.
public struct EntityTable: RandomAccessCollection, Sendable, Equatable {
    enum Storage: Sendable {
        case decoded([Entity], origins: [(file: String, line: Int)])
        case encoded(EncodedEntities)
    }

    let storage: Storage

    /// Entities already sorted by id, with their origins in the same order.
    init(sorted entities: [Entity], origins: [(file: String, line: Int)]) {
        storage = .decoded(entities, origins: origins)
    }

    init(_ encoded: EncodedEntities) {
        storage = .encoded(encoded)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .decoded(let entities, _): return entities.count
        case .encoded(let encoded): return encoded.count
        }
    }

    /// The entity at `position`.
    ///
    /// - Complexity: O(1) for a parsed lexicon; for a compiled one O(1) once decoded, the first read O(size of
    ///   its record).
    public subscript(position: Int) -> Entity {
        switch storage {
        case .decoded(let entities, _): return entities[position]
        case .encoded(let encoded): return encoded.entity(at: position)
        }
    }

    /// The id of the entity at `position`, without decoding the entity.
    public func id(at position: Int) -> EntityID {
        switch storage {
        case .decoded(let entities, _): return entities[position].id
        case .encoded(let encoded): return encoded.id(at: position)
        }
    }

    /// The number of aliases of all the entities (inflected forms included), without decoding them.
    public var aliasCount: Int {
        switch storage {
        case .decoded(let entities, _): return entities.reduce(0) { $0 + $1.aliases.count }
        case .encoded(let encoded): return encoded.aliasCounts.reduce(0) { $0 + Int($1) }
        }
    }

    /// Whether the entity at `position` has `id`, without decoding it or building a string.
    public func hasID(_ id: EntityID, at position: Int) -> Bool {
        switch storage {
        case .decoded(let entities, _): return entities[position].id.rawValue == id.rawValue
        case .encoded(let encoded): return encoded.hasID(id, at: position)
        }
    }

    /// Where the entity at `position` is defined.
    public func origin(at position: Int) -> (file: String, line: Int) {
        switch storage {
        case .decoded(_, let origins): return origins[position]
        case .encoded(let encoded): return encoded.origin(at: position)
        }
    }

    /// The position of the entity with `id`.
    ///
    /// - Complexity: O(log n) comparisons of ids (binary search: no index to build when loading).
    public func position(of id: EntityID) -> Int? {
        if case .encoded(let encoded) = storage { return encoded.position(of: id) }
        var low = 0, high = count - 1
        while low <= high {
            let mid = (low + high) / 2
            let candidate = self.id(at: mid)
            if candidate == id { return mid }
            if candidate < id { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }

    /// The positions of the entities that have all of `traits`, in order: what a resolution pass indexes when
    /// it is built, found without decoding the others.
    public func positions(having traits: EntityTraits) -> [Int] {
        switch storage {
        case .decoded(let entities, _): return entities.indices.filter { EntityTraits(of: entities[$0]).isSuperset(of: traits) }
        case .encoded(let encoded): return encoded.positions(having: traits)
        }
    }

    public static func == (a: EntityTable, b: EntityTable) -> Bool { a.elementsEqual(b) }
}

/// What a resolution pass looks for when it indexes the lexicon, kept per entity in a compiled file.
public struct EntityTraits: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// A person with dated roles.
    public static let holdsRoles = EntityTraits(rawValue: 1)
    /// A place that is the seat of an actor (`seatOf`).
    public static let isSeat = EntityTraits(rawValue: 2)
    /// An actor or organisation with a `country` relation (places have one too, and are not indexed by it).
    public static let bodyOfCountry = EntityTraits(rawValue: 4)
    /// A cooperation sector.
    public static let isSector = EntityTraits(rawValue: 8)

    /// The traits `entity` has.
    public init(of entity: Entity) {
        var traits: EntityTraits = []
        if !entity.roles.isEmpty { traits.insert(.holdsRoles) }
        if !(entity.relations[.seatOf] ?? []).isEmpty { traits.insert(.isSeat) }
        if entity.type != .place, !(entity.relations[.country] ?? []).isEmpty { traits.insert(.bodyOfCountry) }
        if entity.type == .sector { traits.insert(.isSector) }
        self = traits
    }
}
