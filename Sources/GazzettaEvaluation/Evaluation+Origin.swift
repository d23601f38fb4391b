import GazzettaModel

extension Evaluation {
    /// Where a mention's entity comes from: a lexicon, or the text itself (`new:` ids, names found by
    /// evidence or defined with an acronym).
    public enum Origin: String, Sendable, CaseIterable {
        case lexicon
        case discovered

        /// The origin of an entity id.
        public init(_ entity: String) { self = entity.hasPrefix(EntityKind.discovered.rawValue + ":") ? .discovered : .lexicon }
    }

    /// Lexicon-linked and discovered mentions scored apart: each side compares the gold and predicted
    /// mentions of its origin only, so a name found in the text where gold has a lexicon entity counts
    /// against both.
    public static func byOrigin(gold: [Item], predicted: [Item]) -> [Origin: Evaluation] {
        Dictionary(uniqueKeysWithValues: Origin.allCases.map { origin in
            (origin, Evaluation(gold: gold.filter { Origin($0.entity) == origin },
                                predicted: predicted.filter { Origin($0.entity) == origin }))
        })
    }
}
