/// A language Gazzetta reads, by its ISO 639-1 code.
public enum Language: String, Codable, Sendable, CaseIterable, Comparable {
    case italian = "it"
    case english = "en"

    /// Orders by ISO code: `en` before `it`.
    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }
}
