/// The four kinds of thing Gazzetta finds in a text.
///
/// The raw values are the JSON contract (`"type"` of entities and mentions).
public enum EntityType: String, Codable, Sendable, CaseIterable, Comparable {
    /// People, governments, armed forces.
    case actor
    /// Intergovernmental bodies, ministries, institutes, initiatives.
    case organisation
    /// Countries, cities, regions, areas, sites.
    case place
    /// Cooperation sectors (counter-terrorism, border security, energy…).
    case sector

    /// Orders by raw value: actor, organisation, place, sector.
    public static func < (lhs: EntityType, rhs: EntityType) -> Bool { lhs.rawValue < rhs.rawValue }
}
