import GazzettaModel

/// Precision, recall and F1 of predicted mentions against gold ones, per type, strict and lenient.
///
/// *Strict*: same span and same entity. *Lenient*: overlapping spans and the same entity.
public struct Evaluation: Sendable {
    /// Counts of true positives, false positives and false negatives.
    public struct Counts: Sendable, Hashable {
        /// Predictions that match a gold item.
        public var truePositives = 0
        /// Predictions that match no gold item.
        public var falsePositives = 0
        /// Gold items that no prediction matches.
        public var falseNegatives = 0

        /// Share of predictions that are right, TP / (TP + FP); 1 when nothing was predicted.
        public var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        /// Share of gold items found, TP / (TP + FN); 1 when there is no gold item.
        public var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
        /// Harmonic mean of `precision` and `recall`; 0 when both are 0.
        public var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }

        static func + (a: Counts, b: Counts) -> Counts {
            Counts(truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives,
                   falseNegatives: a.falseNegatives + b.falseNegatives)
        }
    }

    /// A mention as compared: span, type, entity.
    public struct Item: Sendable, Hashable, CustomStringConvertible {
        /// First code point of the span in the document's text.
        public var start: Int
        /// One past the span's last code point.
        public var end: Int
        /// The span's text, for reports only (not compared).
        public var text: String
        /// The entity type, which the counts are kept by.
        public var type: EntityType
        /// The linked entity's id (`country:CN`); must agree for both strict and lenient hits.
        public var entity: String

        /// `start-end "text" type entity`, for listing misses and false hits.
        public var description: String { "\(start)-\(end) \"\(text)\" \(type.rawValue) \(entity)" }

        /// Creates an item from a code-point span, its text, type and entity id.
        public init(start: Int, end: Int, text: String, type: EntityType, entity: String) {
            self.start = start
            self.end = end
            self.text = text
            self.type = type
            self.entity = entity
        }
    }

    /// Counts per type where a hit needs the same span and the same entity.
    public var strict: [EntityType: Counts] = [:]
    /// Counts per type where a hit needs an overlapping span and the same entity.
    public var lenient: [EntityType: Counts] = [:]
    /// Gold items no prediction matched strictly, and predictions that matched no gold item strictly.
    public var misses: [Item] = []
    /// Predictions that matched no gold item strictly.
    public var falseHits: [Item] = []
    /// Gold mentions whose exact span was predicted (whatever the entity), and those linked to the right entity.
    public var spanMatches = 0
    /// Of `spanMatches`, those whose predicted entity is the gold one.
    public var correctLinks = 0

    /// Of the gold spans found, the share linked to the right entity.
    public var linkingAccuracy: Double { spanMatches == 0 ? 1 : Double(correctLinks) / Double(spanMatches) }

    /// An empty evaluation (all counts zero), to `merge` documents into.
    /// Cooperation records: a predicted record is a true positive when its evidence span holds a gold
    /// record's start and sector and actors are the same (Corpus/README.md, "Cooperation records").
    public var records = Counts()

    public init() {}

    /// Scores predicted records against gold ones, each gold record matched at most once.
    public static func records(gold: [GoldDocument.GoldRecord], predicted: [GoldDocument.GoldRecord]) -> Counts {
        var unmatched = gold
        var counts = Counts()
        for record in predicted {
            if let index = unmatched.firstIndex(where: { $0.sector == record.sector && $0.actors == record.actors
                && record.start <= $0.start && $0.start < record.end }) {
                unmatched.remove(at: index)
                counts.truePositives += 1
            } else {
                counts.falsePositives += 1
            }
        }
        counts.falseNegatives = unmatched.count
        return counts
    }

    /// Compares one document's predictions with its gold.
    public init(gold: [Item], predicted: [Item]) {
        let goldSet = Set(gold.map(Key.init)), predictedSet = Set(predicted.map(Key.init))
        var predictedBySpan: [Span: String] = [:]
        for item in predicted { predictedBySpan[Span(start: item.start, end: item.end)] = item.entity }
        for item in gold {
            guard let entity = predictedBySpan[Span(start: item.start, end: item.end)] else { continue }
            spanMatches += 1
            if entity == item.entity { correctLinks += 1 }
        }
        for item in gold {
            if predictedSet.contains(Key(item)) {
                strict[item.type, default: .init()].truePositives += 1
            } else {
                strict[item.type, default: .init()].falseNegatives += 1
                misses.append(item)
            }
            let overlaps = predicted.contains { $0.entity == item.entity && $0.start < item.end && item.start < $0.end }
            if overlaps { lenient[item.type, default: .init()].truePositives += 1 } else { lenient[item.type, default: .init()].falseNegatives += 1 }
        }
        for item in predicted {
            if !goldSet.contains(Key(item)) {
                strict[item.type, default: .init()].falsePositives += 1
                falseHits.append(item)
            }
            let overlaps = gold.contains { $0.entity == item.entity && $0.start < item.end && item.start < $0.end }
            if !overlaps { lenient[item.type, default: .init()].falsePositives += 1 }
        }
    }

    /// Adds another document's evaluation to this one.
    public mutating func merge(_ other: Evaluation) {
        strict.merge(other.strict, uniquingKeysWith: +)
        lenient.merge(other.lenient, uniquingKeysWith: +)
        records = records + other.records
        misses += other.misses
        falseHits += other.falseHits
        spanMatches += other.spanMatches
        correctLinks += other.correctLinks
    }

    /// Strict counts over all types.
    public var strictTotal: Counts { strict.values.reduce(Counts(), +) }
    /// Lenient counts over all types.
    public var lenientTotal: Counts { lenient.values.reduce(Counts(), +) }

    private struct Key: Hashable {
        var start: Int, end: Int, entity: String
        init(_ item: Item) { (start, end, entity) = (item.start, item.end, item.entity) }
    }
}

extension Evaluation.Item {
    /// The item of a predicted mention.
    public init(_ mention: Mention) {
        self.init(start: mention.start, end: mention.end, text: mention.text, type: mention.type, entity: mention.entity.rawValue)
    }

    /// The item of a gold mention (its role is not compared).
    public init(_ mention: GoldDocument.GoldMention) {
        self.init(start: mention.start, end: mention.end, text: mention.text, type: mention.type, entity: mention.entity)
    }
}
