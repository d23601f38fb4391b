/// A document's decoded text, kept as UTF-8 bytes; `TextOffsets` turns its byte offsets into the
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
        self.scalarCount = TextOffsets.countScalars(utf8, 0, utf8.count)
    }

    /// The text of the byte range `range`, which must fall on code-point boundaries.
    public func slice(bytes range: Range<Int>) -> String {
        String(decoding: utf8[range], as: UTF8.self)
    }
}
