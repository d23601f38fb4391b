import GazzettaModel

/// What changed between two annotation runs of a document: mentions added, removed, and changed (same
/// span, another entity, type or role) — to review what a lexicon change did to a corpus.
public struct AnnotationDiff: Sendable {
    /// A mention present in both runs with a different reading.
    public struct Change: Sendable {
        /// The mention in the earlier run.
        public var before: Mention
        /// The mention at the same span in the later run.
        public var after: Mention
    }

    /// Mentions of the later run at spans the earlier run has no mention at.
    public var added: [Mention] = []
    /// Mentions of the earlier run at spans the later run has no mention at.
    public var removed: [Mention] = []
    /// Mentions at the same span whose entity, type or role changed.
    public var changed: [Change] = []

    /// Whether the two runs agree on every mention.
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
