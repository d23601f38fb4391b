extension TextOffsets {
    /// Turns increasing byte offsets into code-point offsets in one forward pass, without building a table.
    ///
    /// Boundaries from a break iterator come in order, so each call only counts the bytes since the last one:
    /// O(n) over a whole document instead of O(n) per offset, and no memory beyond the cursor.
    public struct Cursor {
        private let bytes: [UInt8]
        private var byte = 0
        private var scalar = 0

        /// A cursor at the start of `bytes`, UTF-8.
        public init(_ bytes: [UInt8]) {
            self.bytes = bytes
        }

        /// The code-point offset of byte offset `target`. Offsets below the previous one restart the count.
        ///
        /// - Complexity: amortised O(1) per call over increasing offsets; O(`target`) after a step back.
        public mutating func scalarOffset(ofByte target: Int) -> Int {
            if target < byte {
                byte = 0
                scalar = 0
            }
            scalar += TextOffsets.countScalars(bytes, byte, target)
            byte = target
            return scalar
        }
    }
}
