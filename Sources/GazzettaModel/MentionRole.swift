/// How a mention refers to its entity.
public enum MentionRole: String, Codable, Sendable, CaseIterable {
    /// A name of the entity (*Kazakhstan*, *Shanghai Cooperation Organization*).
    case name
    /// An adjective or demonym (*cinese*, *kazakha*, *Russian*), or one part of a compound (*sino*-kazakha).
    case adjective
    /// An acronym (*SCO*, *OTSC*).
    case acronym
    /// A place standing for the actor seated there (*Pechino ha firmato*).
    case metonym
    /// A short name (a surname alone) after a full mention.
    case short
    /// A phrase that signals a cooperation sector.
    case cue
    /// A role phrase standing for the person who held the role on the document's date
    /// (*il Presidente kazakho*, *the Chinese defence minister*).
    case title
}
