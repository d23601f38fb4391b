/// A relation from one entity to others (`Lexicons/README.md`, "Fields"). Adding one is a change the compiler
/// guides: the lexicon parser, the checker and the passes that read relations switch over these.
public enum Relation: String, Hashable, Sendable, CaseIterable, Codable, CodingKeyRepresentable, Comparable {
    /// A country's capital city.
    case capital
    /// The larger place (or organisation) something lies in or belongs to.
    case partOf
    /// The organisations a state or body is a member of.
    case memberOf
    /// The country a person, government, armed force or place belongs to.
    case country
    /// The actor a capital or seat of power stands for when named as acting (*Pechino*, the *Kremlin*).
    case seatOf

    /// Orders by name, as the JSON writes them.
    public static func < (a: Relation, b: Relation) -> Bool { a.rawValue < b.rawValue }
}
