import GazzettaModel

/// Precision, recall and F1 of predicted mentions against gold ones, per type, strict and lenient.
///
/// *Strict*: same span and same entity. *Lenient*: overlapping spans and the same entity.
public struct Evaluation: Sendable {
    /// Counts of true positives, false positives and false negatives.
    public struct Counts: Sendable, Hashable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        public var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
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
        public var start: Int
        public var end: Int
        public var text: String
        public var type: EntityType
        public var entity: String

        public var description: String { "\(start)-\(end) \"\(text)\" \(type.rawValue) \(entity)" }

        public init(start: Int, end: Int, text: String, type: EntityType, entity: String) {
            self.start = start
            self.end = end
            self.text = text
            self.type = type
            self.entity = entity
        }
    }

    public var strict: [EntityType: Counts] = [:]
    public var lenient: [EntityType: Counts] = [:]
    /// Gold items no prediction matched strictly, and predictions that matched no gold item strictly.
    public var misses: [Item] = []
    public var falseHits: [Item] = []
    /// Gold mentions whose exact span was predicted (whatever the entity), and those linked to the right entity.
    public var spanMatches = 0
    public var correctLinks = 0

    /// Of the gold spans found, the share linked to the right entity.
    public var linkingAccuracy: Double { spanMatches == 0 ? 1 : Double(correctLinks) / Double(spanMatches) }

    public init() {}

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
    public init(_ mention: Mention) {
        self.init(start: mention.start, end: mention.end, text: mention.text, type: mention.type, entity: mention.entity)
    }

    public init(_ mention: GoldDocument.GoldMention) {
        self.init(start: mention.start, end: mention.end, text: mention.text, type: mention.type, entity: mention.entity)
    }
}
