/// One `[id]` record of a lexicon file, before it is checked: its fields with their line numbers.
public struct LexiconRecord: Sendable {
    /// A `key = value` line.
    public struct Field: Sendable {
        public var key: String
        public var value: String
        public var line: Int
    }

    public var id: String
    /// The file the record is in.
    public var file: String
    /// The line of its `[id]` header.
    public var line: Int
    public var fields: [Field]
}

/// A parsed lexicon file: its header directives and records.
public struct LexiconFile: Sendable {
    public var path: String
    /// `@key: value` directives, in order (`lexicon`, `source`…), with their lines.
    public var directives: [(key: String, value: String, line: Int)]
    public var records: [LexiconRecord]

    /// The values of directive `key`.
    public func directive(_ key: String) -> [String] {
        directives.filter { $0.key == key }.map(\.value)
    }
}
