/// Why a candidate reading lost to the mention's entity (`Alternative.reason`); the raw values are the JSON
/// contract.
public enum AlternativeReason: String, Hashable, Sendable, CaseIterable, Codable {
    /// The alias names several entities and the context chose another.
    case ambiguousAlias = "ambiguous-alias"
    /// A shorter name inside the matched longer one (*Asia* in *Asia Centrale*).
    case overlap
    /// A name inside an unknown long form that an acronym defines (*Pakistan* in *Tehrik-i-Taliban Pakistan (TTP)*).
    case insideLongForm = "inside-long-form"
    /// A lexicon name inside a longer proper name the lexicon lacks (*Madrid* in *Real Madrid*).
    case insideUnknownName = "inside-unknown-name"
    /// An adjective's country, when the adjective names that country's body by the head it shares with a
    /// coordinated name (*kazakhe* in *le Forze Armate cinesi e kazakhe*: Kazakhstan's armed forces).
    case sharedHead = "shared-head"
}
