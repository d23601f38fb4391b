/// Code-point offsets to UTF-16 offsets and back, for formats that count in UTF-16 (Label Studio,
/// JavaScript in the review page). Code points beyond U+FFFF (emoji, mathematical letters) take two units.
public struct OffsetTable: Sendable {
    /// `utf16[i]`: the UTF-16 offset of code point `i` (one entry past the end).
    private let utf16: [Int]

    /// Builds the table for `text` in one pass, one entry per code point plus one.
    public init(_ text: String) {
        var offsets: [Int] = []
        offsets.reserveCapacity(text.unicodeScalars.count + 1)
        var position = 0
        for scalar in text.unicodeScalars {
            offsets.append(position)
            position += scalar.utf16.count
        }
        offsets.append(position)
        utf16 = offsets
    }

    /// The UTF-16 offset of code point `offset`.
    public func utf16Offset(ofScalar offset: Int) -> Int { utf16[min(max(0, offset), utf16.count - 1)] }

    /// The code-point offset of UTF-16 offset `offset`, or `nil` when it falls inside a surrogate pair or outside.
    public func scalarOffset(ofUTF16 offset: Int) -> Int? {
        var low = 0, high = utf16.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if utf16[mid] == offset { return mid }
            if utf16[mid] < offset { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }
}

extension String {
    /// The code points `start..<end`, as Python's `text[start:end]`.
    func scalarSlice(_ start: Int, _ end: Int) -> String {
        let scalars = unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: start)
        let upper = scalars.index(lower, offsetBy: end - start)
        return String(scalars[lower..<upper])
    }
}
