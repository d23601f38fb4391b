/// One thing in the world that mentions link to, the same record for every language.
///
/// *Cina*, *China*, *cinese*, *Chinese* and *sino-* all link to the entity `country:CN`.
public struct Entity: Hashable, Sendable, Codable, Identifiable {
    /// Stable id, `kind:slug` (`country:KZ`, `person:xi-jinping`, `org:sco`, `sector:counter-terrorism`).
    public var id: String
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
    public var relations: [String: [String]]
    /// For persons: the roles held, with their dates.
    public var roles: [DatedRole]
    /// For entities that existed only over a period (historical states): first and last day.
    public var validFrom: DayDate?
    /// The last day; `nil` when it still exists (or no end is known).
    public var validTo: DayDate?
    /// For places: the number of people living there, as the source gives it (a prior for the resolver).
    public var population: Int?

    /// Creates an entity; everything after `label` defaults to empty or `nil`.
    public init(id: String, type: EntityType, subtype: String, label: Labels, aliases: [Alias] = [],
                codes: [String: String] = [:], relations: [String: [String]] = [:], roles: [DatedRole] = [],
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

/// Display labels of an entity in Italian and English.
public struct Labels: Hashable, Sendable, Codable {
    /// The Italian label (*Cina*).
    public var it: String
    /// The English label (*China*).
    public var en: String

    /// Creates labels from the Italian and English text.
    public init(it: String, en: String) {
        self.it = it
        self.en = en
    }

    /// The label in `language`.
    public subscript(language: Language) -> String {
        language == .italian ? it : en
    }
}
