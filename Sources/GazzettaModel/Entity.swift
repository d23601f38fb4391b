/// One thing in the world that mentions link to, the same record for every language.
///
/// *Cina*, *China*, *cinese*, *Chinese* and *sino-* all link to the entity `country:CN`.
public struct Entity: Hashable, Sendable, Codable, Identifiable {
    /// Stable id, `kind:slug` (`country:KZ`, `person:xi-jinping`, `org:sco`, `sector:counter-terrorism`).
    public var id: EntityID
    /// The entity's kind.
    public var type: EntityType
    /// A finer kind: `country`, `city`, `person`, `intergovernmental`, `ministry`…
    public var subtype: String
    /// Display labels by language.
    public var label: Labels
    /// The forms that name it.
    public var aliases: [Alias]
    /// External codes by scheme (`iso3166`, `wikidata`…).
    public var codes: [String: String]
    /// Relations by name (`capital`, `partOf`, `memberOf`, `country`, `seatOf`) to entity ids.
    public var relations: [Relation: [EntityID]]
    /// For persons: the roles held, with their dates.
    public var roles: [DatedRole]
    /// For entities that existed only over a period (historical states): first and last day.
    public var validFrom: DayDate?
    /// The last day; `nil` when it still exists (or no end is known).
    public var validTo: DayDate?
    /// For places: the number of people living there, as the source gives it (a prior for the resolver).
    public var population: Int?

    /// Creates an entity; everything after `label` defaults to empty or `nil`.
    public init(id: EntityID, type: EntityType, subtype: String, label: Labels, aliases: [Alias] = [],
                codes: [String: String] = [:], relations: [Relation: [EntityID]] = [:], roles: [DatedRole] = [],
                validFrom: DayDate? = nil, validTo: DayDate? = nil, population: Int? = nil) {
        self.id = id
        self.type = type
        self.subtype = subtype
        self.label = label
        self.aliases = aliases
        self.codes = codes
        self.relations = relations
        self.roles = roles
        self.validFrom = validFrom
        self.validTo = validTo
        self.population = population
    }

    /// The roles held on `date`, in lexicon order.
    public func roles(on date: DayDate) -> [DatedRole] {
        roles.filter { $0.isHeld(on: date) }
    }
}

/// Display labels of an entity, by language.
public struct Labels: Hashable, Sendable, Codable {
    /// The label in each language that has one.
    public var byLanguage: [Language: String]

    /// Labels from a map by language.
    public init(_ byLanguage: [Language: String]) {
        self.byLanguage = byLanguage
    }

    /// Labels from the Italian and English text.
    public init(it: String, en: String) {
        byLanguage = [.italian: it, .english: en]
    }

    /// The label in `language`; else the English one, else the first in registry order (a record must
    /// have one), so every entity shows something in every language.
    public subscript(language: Language) -> String {
        if let label = byLanguage[language] ?? byLanguage[.english] { return label }
        return Language.allCases.lazy.compactMap { byLanguage[$0] }.first ?? ""
    }

    /// The labels in registry order (Italian, English, …): the order the JSON writes them in.
    public var ordered: [(language: Language, label: String)] {
        Language.allCases.compactMap { language in byLanguage[language].map { (language, $0) } }
    }
}
