/// A replacement of a run of tokens by one or two tokens, found by a pass that reads the tokens in place
/// (`ElisionSplitter`, `TokenRepairs`) and applied only when there is any, in one copy.
struct TokenEdit {
    /// The first token replaced.
    var start: Int
    /// How many tokens are replaced.
    var length: Int
    /// The token that replaces them.
    var first: Token
    /// The second token that replaces them, if they become two.
    var second: Token?
}

extension Array where Element == Token {
    /// The tokens with `edits` (in token order, not overlapping) applied; the tokens between edits are
    /// copied in runs.
    ///
    /// - Complexity: O(n + e) in the number of tokens and of edits.
    func applying(_ edits: [TokenEdit]) -> [Token] {
        guard !edits.isEmpty else { return self }
        var result: [Token] = []
        result.reserveCapacity(count + edits.count)
        var run = 0
        for edit in edits {
            result.append(contentsOf: self[run..<edit.start])
            result.append(edit.first)
            if let second = edit.second { result.append(second) }
            run = edit.start + edit.length
        }
        result.append(contentsOf: self[run..<count])
        return result
    }
}
