/// Why a name the lexicon lacks was read as a person, an organisation or a place (`MentionNote.evidence`);
/// the raw values are the JSON contract (`"evidence: first-name"`).
public enum DiscoveryEvidence: String, Hashable, Sendable, CaseIterable, Codable {
    /// A known first name before capitalised words (*Maurizio Mosca*).
    case firstName = "first-name"
    /// A role or title before the name (*il portavoce Marco Bianchi*, *President Jane Doe*), or after it
    /// (*Jane Doe, a senior fellow at…*).
    case title
    /// A reporting verb beside the name (*…, Senait Berhane said*, *ha detto Lusine Hakobyan*).
    case reportingVerb = "reporting-verb"
    /// A designator word in the name (*Ministry of…*, *Istituto…*, *…Foundation*, *Strait of…*, *distretto di…*).
    case designator
    /// A sports club: a club word (*Real Madrid*) or, in Italian, an article before a city (*la Roma*).
    case club
    /// A surname alone after the full name found earlier in the document.
    case surname
    /// Defined with its acronym in the text (*Eurasian Development Bank (EDB)*).
    case acronym
    /// A country's name opening a run of capitalised words no lexicon reads (*Kazakhstan Temir Zholy*): the
    /// weakest evidence, a body's shape only.
    case nameShape = "name-shape"
}
