import GazzettaModel

/// What changed between two annotation runs of a document: mentions added, removed, and changed (same
/// span, another entity, type or role) — to review what a lexicon change did to a corpus.
public struct AnnotationDiff: Sendable {
    /// A mention present in both runs with a different reading.
    public struct Change: Sendable {
        public var before: Mention
        public var after: Mention
    }

    public var added: [Mention] = []
    public var removed: [Mention] = []
    public var changed: [Change] = []

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    /// Compares the mentions of `before` and `after`, matched by span.
    ///
    /// - Complexity: O(m log m).
    public init(before: [Mention], after: [Mention]) {
        var old: [Span: Mention] = [:]
        for mention in before { old[Span(start: mention.start, end: mention.end)] = mention }
        var seen: Set<Span> = []
        for mention in after {
            let span = Span(start: mention.start, end: mention.end)
            seen.insert(span)
            guard let previous = old[span] else {
                added.append(mention)
                continue
            }
            if previous.entity != mention.entity || previous.type != mention.type || previous.role != mention.role {
                changed.append(Change(before: previous, after: mention))
            }
        }
        removed = before.filter { !seen.contains(Span(start: $0.start, end: $0.end)) }
    }
}
