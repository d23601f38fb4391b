/// Text extracted from a marked-up source (HTML, Markdown), with a map back to the source's bytes.
public struct ExtractedText: Sendable {
    /// A run of extracted text (UTF-8 byte range) and the source bytes it came from.
    public struct Segment: Sendable, Hashable {
        /// Byte range of the run in the extracted text's UTF-8.
        public var text: Range<Int>
        /// Byte range it came from in the source (its decoded UTF-8 bytes).
        public var source: Range<Int>
        /// Whether the run is a byte-for-byte copy of its source, so offsets inside it map one to one.
        public var exact: Bool

        /// Creates a segment.
        public init(text: Range<Int>, source: Range<Int>, exact: Bool) {
            self.text = text
            self.source = source
            self.exact = exact
        }
    }

    /// The readable text.
    public var text: String
    /// Segments in text order.
    public var segments: [Segment]

    /// Creates extracted text; `segments` must be in text order (lookups binary-search them).
    public init(text: String, segments: [Segment]) {
        self.text = text
        self.segments = segments
    }

    /// The source byte range of the text bytes `range`: exact inside exact segments, else the whole
    /// source range of the segments it touches. `nil` when it touches none (text the extractor added).
    ///
    /// - Complexity: O(log s) in the number of segments.
    public func sourceRange(ofTextBytes range: Range<Int>) -> Range<Int>? {
        guard let first = segmentIndex(containing: range.lowerBound),
              let last = segmentIndex(containing: max(range.lowerBound, range.upperBound - 1)) else { return nil }
        let start = segments[first], end = segments[last]
        let lower = start.exact ? start.source.lowerBound + (range.lowerBound - start.text.lowerBound) : start.source.lowerBound
        let upper = end.exact ? end.source.lowerBound + (range.upperBound - end.text.lowerBound) : end.source.upperBound
        return lower..<max(lower, upper)
    }

    private func segmentIndex(containing offset: Int) -> Int? {
        var low = 0, high = segments.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if segments[mid].text.upperBound <= offset { low = mid + 1 } else if segments[mid].text.lowerBound > offset { high = mid - 1 } else { return mid }
        }
        return nil
    }
}
