import GazzettaModel

/// A loaded lexicon: its entities in a stable order, and where each came from.
public struct Lexicon: Sendable {
    /// The entities, sorted by id.
    public let entities: [Entity]
    /// Entity index by id.
    public let index: [String: Int]
    /// Each entity's file and line, by id.
    public let origins: [String: (file: String, line: Int)]
    /// The parsed files, sorted by path (header directives, records).
    public let files: [LexiconFile]
    /// A short hash of the lexicon's contents: changes whenever any file does.
    public let version: String

    /// `entities` need not be sorted unless `sortedByID` says they are (a compiled lexicon's are).
    public init(entities: [Entity], origins: [String: (file: String, line: Int)], files: [LexiconFile], version: String,
                sortedByID: Bool = false) {
        self.entities = sortedByID ? entities : entities.sorted { $0.id < $1.id }
        var index: [String: Int] = [:]
        for (position, entity) in self.entities.enumerated() { index[entity.id] = position }
        self.index = index
        self.origins = origins
        self.files = files
        self.version = version
    }

    /// The entity with `id`.
    public subscript(id: String) -> Entity? {
        index[id].map { entities[$0] }
    }
}
