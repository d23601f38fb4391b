/// One `[id]` record of a lexicon file, before it is checked: its fields with their line numbers.
public struct LexiconRecord: Sendable {
    /// A `key = value` line.
    public struct Field: Sendable {
        /// The text before the first `=`, trimmed (`name.it`, `label.en`); never empty.
        public var key: String
        /// The text after the first `=`, trimmed; never empty.
        public var value: String
        /// The field's 1-based line in the file.
        public var line: Int
    }

    /// The id between the brackets of its header (`country:KZ`), trimmed; may be invalid (reported separately).
    public var id: String
    /// The file the record is in.
    public var file: String
    /// The line of its `[id]` header.
    public var line: Int
    /// Its well-formed `key = value` lines, in file order.
    public var fields: [Field]
}

/// A parsed lexicon file: its header directives and records.
public struct LexiconFile: Sendable {
    /// The file's path as given to the parser.
    public var path: String
    /// `@key: value` directives, in order (`lexicon`, `source`…), with their lines.
    public var directives: [(key: String, value: String, line: Int)]
    /// The records, in file order.
    public var records: [LexiconRecord]

    /// The values of directive `key`.
    public func directive(_ key: String) -> [String] {
        directives.filter { $0.key == key }.map(\.value)
    }
}
