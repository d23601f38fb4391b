import GazzettaModel

extension Mention {
    /// Two lists sorted by (start, end) merged into one; where both have a mention at the same place,
    /// `first`'s comes first (what a stable sort of `first + second` gives).
    ///
    /// - Complexity: O(n + m); `first` itself when `second` is empty.
    static func merged(_ first: [Mention], _ second: [Mention]) -> [Mention] {
        if second.isEmpty { return first }
        var merged: [Mention] = []
        merged.reserveCapacity(first.count + second.count)
        var i = 0, j = 0
        while i < first.count || j < second.count {
            if j == second.count || (i < first.count && (first[i].start, first[i].end) <= (second[j].start, second[j].end)) {
                merged.append(first[i])
                i += 1
            } else {
                merged.append(second[j])
                j += 1
            }
        }
        return merged
    }
}
