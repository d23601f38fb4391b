extension String {
    /// The code points `start..<end`, as Python's `text[start:end]`: the text a mention's offsets point at.
    ///
    /// - Complexity: O(`end`) (walks the code points from the start); for many slices of one long text,
    ///   slice its UTF-8 with `TextOffsets.utf8Offset(ofScalar:)` instead.
    public func scalarSlice(_ start: Int, _ end: Int) -> String {
        let scalars = unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: start)
        let upper = scalars.index(lower, offsetBy: end - start)
        return String(scalars[lower..<upper])
    }
}
