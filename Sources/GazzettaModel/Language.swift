import Synchronization

/// A language Gazzetta reads, by its ISO 639-1 code.
///
/// The set is open: a language is its data (`GazzettaText/Languages/<code>/`) plus one registry entry
/// (`LanguageData.register`). Italian and English are registered from the start; `Language(rawValue:)`
/// accepts only registered codes, so a code no data backs is refused where it is read (a CLI option, a
/// lexicon field, a JSON line).
public struct Language: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The ISO 639-1 code (`it`, `en`).
    public let rawValue: String

    /// The registered language with `code`, or `nil`.
    public init?(rawValue code: String) {
        guard Language.registry.withLock({ $0.contains(code) }) else { return nil }
        self.rawValue = code
    }

    private init(known code: String) { rawValue = code }

    /// Italian.
    public static let italian = Language(known: "it")
    /// English.
    public static let english = Language(known: "en")

    /// The registered languages, in the order they were registered (Italian, English, then any other):
    /// the order labels are written in.
    public static var allCases: [Language] {
        registry.withLock { $0.map(Language.init(known:)) }
    }

    /// Adds `code` to the registered languages (a no-op when it is there); returns the language. Call it
    /// through `LanguageData.register`, before annotators or lexicons are built.
    @discardableResult
    public static func register(code: String) -> Language {
        registry.withLock { codes in if !codes.contains(code) { codes.append(code) } }
        return Language(known: code)
    }

    /// A language value for `code` that is not registered yet: what a new language's data is built with
    /// before `LanguageData.register` registers both at once.
    public static func unregistered(code: String) -> Language { Language(known: code) }

    private static let registry = Mutex<[String]>(["it", "en"])

    public var description: String { rawValue }

    /// Orders by ISO code: `en` before `it`.
    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes a registered code; any other is a data-corrupted error naming it.
    public init(from decoder: Decoder) throws {
        let code = try decoder.singleValueContainer().decode(String.self)
        guard let language = Language(rawValue: code) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown language '\(code)'"))
        }
        self = language
    }

    /// Encodes the code.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
