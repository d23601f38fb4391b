/// A problem in a lexicon, located by file and line.
public struct LexiconError: Error, Hashable, Sendable, CustomStringConvertible, Comparable {
    public enum Severity: String, Sendable, Comparable {
        case error, warning
        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    public var file: String
    public var line: Int
    public var message: String
    public var severity: Severity

    public init(_ file: String, _ line: Int, _ message: String, severity: Severity = .error) {
        self.file = file
        self.line = line
        self.message = message
        self.severity = severity
    }

    /// `file:line: error: message`, the form editors and compilers use.
    public var description: String {
        line > 0 ? "\(file):\(line): \(severity.rawValue): \(message)" : "\(file): \(severity.rawValue): \(message)"
    }

    public static func < (a: LexiconError, b: LexiconError) -> Bool {
        (a.file, a.line, a.message) < (b.file, b.line, b.message)
    }
}

/// A lexicon that could not be loaded: all the errors found, sorted by file and line.
public struct LexiconLoadError: Error, CustomStringConvertible {
    public var errors: [LexiconError]

    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
