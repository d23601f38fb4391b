/// The one map between the three ways Gazzetta counts positions in a text: Unicode code points (what
/// mentions carry, Python's `text[start:end]`), UTF-8 bytes (what ICU, the matcher and the source maps of
/// HTML and Markdown work in) and UTF-16 units (what Label Studio and JavaScript count).
///
/// Build it once per document, then convert as often as needed. Building is one pass over the UTF-8,
/// O(n) in bytes; it keeps four bytes per code point, plus four per code point beyond U+FFFF (emoji,
/// mathematical letters: the only ones that take two UTF-16 units), so a text in the Basic Multilingual Plane
/// pays nothing for its UTF-16 side. Offsets are held in 32 bits: texts up to 4 GiB, above the 2 GiB that the
/// decoder accepts.
///
/// For byte offsets that only ever grow (a break iterator's boundaries) `TextOffsets.Cursor` converts without
/// building the table.
public struct TextOffsets: Sendable, Hashable {
    /// `utf8Starts[i]`: the byte offset of code point `i`; one entry more, the byte length, for the end.
    private let utf8Starts: [UInt32]
    /// The indices of the code points beyond U+FFFF, ascending.
    private let supplementary: [UInt32]

    /// The table of the UTF-8 text `bytes`, which must be valid UTF-8.
    ///
    /// - Complexity: O(`bytes.count`).
    public init(utf8 bytes: [UInt8]) {
        (utf8Starts, supplementary) = bytes.withUnsafeBufferPointer(TextOffsets.build)
    }

    /// The table of `text`.
    ///
    /// - Complexity: O(n) in the text's UTF-8 length.
    public init(_ text: String) {
        var text = text
        (utf8Starts, supplementary) = text.withUTF8(TextOffsets.build)
    }

    /// The number of code points.
    public var scalarCount: Int { utf8Starts.count - 1 }

    /// The number of UTF-8 bytes.
    public var utf8Count: Int { Int(utf8Starts[utf8Starts.count - 1]) }

    /// The number of UTF-16 units.
    public var utf16Count: Int { scalarCount + supplementary.count }

    /// The byte offset where code point `scalar` begins (`utf8Count` for the end); offsets outside
    /// `0...scalarCount` are clamped to it.
    ///
    /// - Complexity: O(1).
    public func utf8Offset(ofScalar scalar: Int) -> Int {
        Int(utf8Starts[clamped(scalar)])
    }

    /// The code-point offset of byte offset `byte`: the number of code points that begin before it. On a
    /// code-point boundary that is the code point there; inside a multi-byte sequence it counts the code
    /// point the byte belongs to (the next boundary's offset). Offsets past the end give `scalarCount`.
    ///
    /// - Complexity: O(log n) in code points.
    public func scalarOffset(ofUTF8 byte: Int) -> Int {
        var low = 0, high = scalarCount
        while low < high {
            let mid = (low + high) / 2
            if Int(utf8Starts[mid]) < byte { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The UTF-16 offset where code point `scalar` begins (`utf16Count` for the end); offsets outside
    /// `0...scalarCount` are clamped to it.
    ///
    /// - Complexity: O(log k), k the number of code points beyond U+FFFF; O(1) when there is none.
    public func utf16Offset(ofScalar scalar: Int) -> Int {
        let scalar = clamped(scalar)
        var low = 0, high = supplementary.count
        while low < high {
            let mid = (low + high) / 2
            if Int(supplementary[mid]) < scalar { low = mid + 1 } else { high = mid }
        }
        return scalar + low
    }

    /// The code-point offset of UTF-16 offset `unit`, or `nil` when it falls between the two units of a
    /// surrogate pair or outside `0...utf16Count`.
    ///
    /// - Complexity: O(log k), k the number of code points beyond U+FFFF; O(1) when there is none.
    public func scalarOffset(ofUTF16 unit: Int) -> Int? {
        guard unit >= 0, unit <= utf16Count else { return nil }
        // The supplementary code point at position p begins at UTF-16 unit supplementary[p] + p and takes two
        // units; count those that end at or before `unit`.
        var low = 0, high = supplementary.count
        while low < high {
            let mid = (low + high) / 2
            if Int(supplementary[mid]) + mid + 2 <= unit { low = mid + 1 } else { high = mid }
        }
        if low < supplementary.count && Int(supplementary[low]) + low + 1 == unit { return nil }
        return unit - low
    }

    private func clamped(_ scalar: Int) -> Int { min(max(0, scalar), scalarCount) }

    /// One pass over UTF-8: where each code point begins, and which ones take four bytes (those beyond U+FFFF).
    private static func build(_ bytes: UnsafeBufferPointer<UInt8>) -> ([UInt32], [UInt32]) {
        var starts: [UInt32] = []
        starts.reserveCapacity(bytes.count + 1)
        var supplementary: [UInt32] = []
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte & 0xC0 != 0x80 else { continue }
            if byte >= 0xF0 { supplementary.append(UInt32(starts.count)) }
            starts.append(UInt32(index))
        }
        starts.append(UInt32(bytes.count))
        return (starts, supplementary)
    }

    /// Counts the code points in `bytes[from..<to]`: the bytes that do not continue a sequence.
    ///
    /// - Complexity: O(`to - from`).
    @inlinable
    public static func countScalars(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Int {
        var count = 0
        var i = from
        while i < to {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}
