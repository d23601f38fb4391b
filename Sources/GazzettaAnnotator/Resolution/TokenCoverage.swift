import GazzettaModel
import GazzettaText

/// Which tokens the mentions cover, and which mention ends at each token: found in one sweep over
/// mentions and tokens, both sorted by offset.
///
/// - Complexity: O(t + m) for t tokens and m mentions.
struct TokenCoverage {
    /// `covered[i]`: token `i` lies inside a mention.
    var covered: [Bool]
    /// The index of the mention whose last token is token `i`.
    var mentionEndingAt: [Int: Int]
    /// Each mention's tokens.
    var tokenRanges: [Range<Int>]

    init(_ mentions: [Mention], _ tokens: [Token]) {
        covered = [Bool](repeating: false, count: tokens.count)
        mentionEndingAt = [:]
        tokenRanges = []
        tokenRanges.reserveCapacity(mentions.count)
        var cursor = 0
        for (index, mention) in mentions.enumerated() {
            while cursor < tokens.count && tokens[cursor].end <= mention.start { cursor += 1 }
            var last = cursor
            while last < tokens.count && tokens[last].end <= mention.end {
                covered[last] = true
                last += 1
            }
            if last > cursor { mentionEndingAt[last - 1] = index }
            tokenRanges.append(cursor..<last)
        }
    }
}
