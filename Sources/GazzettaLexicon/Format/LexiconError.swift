/// A problem in a lexicon, located by file and line.
public struct LexiconError: Error, Hashable, Sendable, CustomStringConvertible, Comparable {
    /// How serious a finding is; `lexicon check` fails only on errors.
    public enum Severity: String, Sendable, Comparable {
        case error, warning
        /// Errors sort before warnings.
        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    /// The path of the lexicon file (or folder) at fault.
    public var file: String
    /// 1-based line number; 0 when the problem concerns the whole file or folder.
    public var line: Int
    /// What is wrong, without the location.
    public var message: String
    /// Whether this is an error or a warning.
    public var severity: Severity

    /// A finding at `file:line`; an error unless `severity` says otherwise.
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

    /// Orders by file, then line, then message (severity is ignored).
    public static func < (a: LexiconError, b: LexiconError) -> Bool {
        (a.file, a.line, a.message) < (b.file, b.line, b.message)
    }
}

/// A lexicon that could not be loaded: all the errors found, sorted by file and line.
public struct LexiconLoadError: Error, CustomStringConvertible {
    /// Every error found, sorted by file and line.
    public var errors: [LexiconError]

    /// One `file:line: severity: message` line per error.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
