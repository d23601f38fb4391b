import GazzettaModel
import GazzettaText

/// Which tokens the mentions cover, and which mention ends at each token: found in one sweep over
/// mentions and tokens, both sorted by offset.
///
/// - Complexity: O(t + m) for t tokens and m mentions.
struct TokenCoverage {
    /// `covered[i]`: token `i` lies inside a mention.
    var covered: [Bool]
    /// `endingAt[i]`: the index of the mention whose last token is token `i`, or -1.
    private var endingAt: [Int32]
    /// Each mention's tokens.
    var tokenRanges: [Range<Int>]

    init(_ mentions: [Mention], _ tokens: [Token]) {
        covered = [Bool](repeating: false, count: tokens.count)
        endingAt = [Int32](repeating: -1, count: tokens.count)
        tokenRanges = []
        tokenRanges.reserveCapacity(mentions.count)
        var cursor = 0
        for index in mentions.indices {
            let (start, end) = (mentions[index].start, mentions[index].end)
            while cursor < tokens.count && tokens[cursor].end <= start { cursor += 1 }
            var last = cursor
            while last < tokens.count && tokens[last].end <= end {
                covered[last] = true
                last += 1
            }
            if last > cursor { endingAt[last - 1] = Int32(index) }
            tokenRanges.append(cursor..<last)
        }
    }

    /// The index of the mention whose last token is token `index`, if one ends there.
    func mentionEnding(at index: Int) -> Int? {
        endingAt[index] >= 0 ? Int(endingAt[index]) : nil
    }
}
