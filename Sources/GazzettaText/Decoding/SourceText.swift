/// A document's decoded text, kept as UTF-8 bytes, with the means to turn byte offsets into the
/// code-point offsets that mentions carry.
public struct SourceText: Sendable {
    /// The text.
    public let string: String
    /// The text's UTF-8 bytes (no BOM): what ICU iterates over, without a UTF-16 copy.
    public let utf8: [UInt8]
    /// The number of code points.
    public let scalarCount: Int

    /// Wraps an already valid string.
    public init(_ string: String) {
        self.string = string
        self.utf8 = Array(string.utf8)
        self.scalarCount = SourceText.countScalars(utf8, 0, utf8.count)
    }

    /// The text of the byte range `range`, which must fall on code-point boundaries.
    public func slice(bytes range: Range<Int>) -> String {
        String(decoding: utf8[range], as: UTF8.self)
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

/// Turns increasing byte offsets into code-point offsets in one forward pass.
///
/// Boundaries from a break iterator come in order, so each call only counts the bytes since the last one:
/// O(n) over a whole document instead of O(n) per offset.
public struct ScalarOffsetCursor {
    private let bytes: [UInt8]
    private var byte = 0
    private var scalar = 0

    /// A cursor at the start of `bytes`, UTF-8.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The code-point offset of byte offset `target`. Offsets below the previous one restart the count.
    public mutating func scalarOffset(ofByte target: Int) -> Int {
        if target < byte {
            byte = 0
            scalar = 0
        }
        scalar += SourceText.countScalars(bytes, byte, target)
        byte = target
        return scalar
    }
}
