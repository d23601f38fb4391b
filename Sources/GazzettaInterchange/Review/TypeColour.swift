import GazzettaModel

/// Each type's highlight colour, shared by the review page and brat's `visual.conf`.
enum TypeColour {
    /// A switch, so a new type cannot be left without one.
    static func of(_ type: EntityType) -> String {
        switch type {
        case .actor: return "#f4a261"
        case .organisation: return "#8ecae6"
        case .place: return "#95d5b2"
        case .sector: return "#cdb4db"
        }
    }
}
