import GazzettaModel

/// A loaded lexicon: its entities in a stable order, and where each came from.
public struct Lexicon: Sendable {
    /// The entities, sorted by id (decoded when first read, for a compiled lexicon).
    public let entities: EntityTable
    /// The parsed files, sorted by path (header directives, records); empty for a compiled lexicon.
    public let files: [LexiconFile]
    /// A short hash of the lexicon's contents: changes whenever any file does.
    public let version: String

    /// `entities` and their origins by id; the entities need not be sorted unless `sortedByID` says they are
    /// (a compiled lexicon's are).
    public init(entities: [Entity], origins: [String: (file: String, line: Int)], files: [LexiconFile], version: String,
                sortedByID: Bool = false) {
        let sorted = sortedByID ? entities : entities.sorted { $0.id < $1.id }
        self.init(entities: EntityTable(sorted: sorted, origins: sorted.map { origins[$0.id.rawValue] ?? ("", 0) }),
                  files: files, version: version)
    }

    /// Entities already sorted by id, with their origins (what a compiled lexicon holds): nothing is sorted or
    /// indexed, so a large lexicon loads fast.
    init(entities: EntityTable, files: [LexiconFile], version: String) {
        self.entities = entities
        self.files = files
        self.version = version
    }

    /// Each entity's file and line, in the order of `entities`.
    public var originList: [(file: String, line: Int)] { entities.indices.map(entities.origin(at:)) }

    /// The position of the entity with `id` in `entities`.
    ///
    /// - Complexity: O(log n) comparisons of ids (binary search: no index to build when loading).
    public func position(of id: EntityID) -> Int? { entities.position(of: id) }

    /// The entity with `id`.
    public subscript(id: EntityID) -> Entity? {
        locate(id).map { entities[$0] }
    }

    /// The position of `id` in `entities`: the one it carries from the matcher when that is this lexicon's
    /// (one comparison), else by binary search.
    public func locate(_ id: EntityID) -> Int? {
        carriedPosition(of: id) ?? position(of: id)
    }

    /// The position `id` carries from the matcher, when it names this lexicon's entity there; `nil` for an id
    /// without one or from another lexicon. O(1): one comparison of the id's string.
    public func carriedPosition(of id: EntityID) -> Int? {
        guard let known = id.position, known < entities.count, entities.hasID(id, at: known) else { return nil }
        return known
    }

    /// The id of the entity at `position`, carrying that position (what the matcher's patterns name).
    public func id(at position: Int) -> EntityID {
        EntityID(entities.id(at: position), lexiconPosition: position)
    }

    /// Where the entity with `id` is defined.
    public func origin(of id: EntityID) -> (file: String, line: Int)? {
        position(of: id).map(entities.origin(at:))
    }
}
