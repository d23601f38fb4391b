/// Writes JSON straight into UTF-8 bytes as it goes: objects, arrays, keys and values in order, compact or
/// pretty (two-space indents). The one place JSON is formatted: `JSONWriter` writes `JSONValue` trees
/// through it, and the annotation output uses it directly, building no tree.
public struct JSONStream: ~Copyable {
    /// What is written; a stream cannot be copied, so appending never checks for shared storage.
    private var out: ByteWriter
    /// The bytes written so far (since the last hand-over to the sink, when there is one), copied out of
    /// the stream: read them once, when the writing is done.
    public var bytes: [UInt8] { out.bytes }
    /// Where a streaming writer hands its bytes, between two values once `flushAt` bytes are buffered.
    private let sink: ((UnsafeRawBufferPointer) -> Void)?
    private let flushAt: Int
    /// Whether to write newlines and two-space indents, or compact JSON.
    public let pretty: Bool
    private var depth = 0
    /// Whether the open container has no element yet.
    private var empty = true
    /// Whether a key was just written (its value follows without separator).
    private var afterKey = false

    /// An empty stream with `capacity` bytes reserved.
    public init(pretty: Bool, capacity: Int = 4096) {
        self.pretty = pretty
        out = ByteWriter(capacity: capacity)
        sink = nil
        flushAt = .max
    }

    /// A streaming writer: whenever `flushAt` bytes are buffered, the next value first hands them to `sink`
    /// (a file, a pipe), so what is held is one value's bytes, not the document's. Call `flush()` at the end.
    public init(pretty: Bool, flushAt: Int = 1 << 16, sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.pretty = pretty
        out = ByteWriter(capacity: flushAt * 2)
        self.sink = sink
        self.flushAt = flushAt
    }

    /// Hands what is buffered to the sink (nothing without one).
    public mutating func flush() {
        guard let sink else { return }
        out.drain(into: sink)
    }

    /// Opens an object (`{`); write `key`–value pairs, then `endObject()`.
    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    /// Closes the innermost open object (`}`).
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    /// Opens an array (`[`); write values, then `endArray()`.
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    /// Closes the innermost open array (`]`).
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes `key` of the object being written; its value must follow.
    @_disfavoredOverload
    public mutating func key(_ key: String) {
        separate()
        JSONStream.escape(key, into: &out)
        endKey()
    }

    /// Writes a key written in the source (`"start"`, `"mentions"`): copied as it is, not escaped, so it
    /// must need no escape. Most keys of an annotation are these; string variables take the escaping
    /// overload.
    public mutating func key(_ key: StaticString) {
        separate()
        out.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(UInt8(ascii: "\""))
        endKey()
    }

    private mutating func endKey() {
        out.append(UInt8(ascii: ":"))
        if pretty { out.append(0x20) }
        afterKey = true
    }

    /// Writes a string value, quoted and escaped.
    public mutating func string(_ value: String) {
        separate()
        JSONStream.escape(value, into: &out)
    }

    /// Writes an integer value.
    public mutating func int(_ value: Int) {
        separate()
        JSONStream.appendDecimal(value, to: &out)
    }

    /// A number with a fixed count of decimals (no locale, no exponent).
    public mutating func decimal(_ value: Double, places: Int) {
        separate()
        out.append(contentsOf: JSONWriter.fixed(value, places).utf8)
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        separate()
        out.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// Writes `null`.
    public mutating func null() {
        separate()
        out.append(contentsOf: "null".utf8)
    }

    /// `key` and a string value.
    @_disfavoredOverload
    public mutating func field(_ key: String, _ value: String) {
        self.key(key)
        string(value)
    }

    /// `key` and an integer value.
    @_disfavoredOverload
    public mutating func field(_ key: String, _ value: Int) {
        self.key(key)
        int(value)
    }

    /// A key written in the source (see `key(_:)`) and a string value.
    public mutating func field(_ key: StaticString, _ value: String) {
        self.key(key)
        string(value)
    }

    /// A key written in the source (see `key(_:)`) and an integer value.
    public mutating func field(_ key: StaticString, _ value: Int) {
        self.key(key)
        int(value)
    }

    /// Ends the text with a newline (JSON Lines and POSIX text files want one).
    public mutating func newlineAtEnd() { out.append(0x0A) }

    private mutating func open(_ bracket: UInt8) {
        separate()
        out.append(bracket)
        depth += 1
        empty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if !empty { newline() }
        out.append(bracket)
        empty = false
    }

    /// Before a value or key: nothing after a key; else a comma after a sibling, and the line break.
    private mutating func separate() {
        if out.count >= flushAt { flush() }
        if afterKey {
            afterKey = false
            return
        }
        if depth == 0 { return }
        if !empty { out.append(UInt8(ascii: ",")) }
        empty = false
        newline()
    }

    private mutating func newline() {
        guard pretty else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// Appends the decimal digits of `value` without building a String (integers are most of the values
    /// of an annotation: offsets and sentence numbers).
    static func appendDecimal(_ value: Int, to out: inout ByteWriter) {
        if value < 0 {
            out.append(UInt8(ascii: "-"))
            if value == .min { out.append(contentsOf: String(value).utf8.dropFirst()); return }
        }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes on the stack: an Int has at most 20 digits
        withUnsafeMutableBytes(of: &digits) { buffer in
            var index = buffer.count
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[index...]))
        }
    }

    /// Which bytes need an escape: `"`, `\\`, control characters, and 0xE2 (the first byte of U+2028/U+2029,
    /// checked further). Every other byte is copied as it is, in runs.
    private static let needsEscape: [Bool] = (0..<256).map { byte in
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2
    }

    /// Appends `text` as a JSON string, escaping only what JSON requires (quote, backslash, control
    /// characters) plus U+2028/U+2029 for JavaScript's sake. Runs that need no escape are copied whole.
    ///
    /// - Complexity: O(n) in the text's UTF-8 length; eight bytes per step where none needs a look.
    static func escape(_ text: String, into out: inout ByteWriter) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            needsEscape.withUnsafeBufferPointer { table in
                var runStart = 0
                var index = 0
                while index < bytes.count {
                    // Eight bytes at a time while none of them may need an escape (most text); then straight
                    // to the first byte that may.
                    while index + 8 <= bytes.count {
                        let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress!)
                            .loadUnaligned(fromByteOffset: index, as: UInt64.self))
                        let flagged = JSONStream.bytesThatMayNeedEscape(word)
                        if flagged == 0 {
                            index += 8
                        } else {
                            index += flagged.trailingZeroBitCount / 8
                            break
                        }
                    }
                    guard index < bytes.count else { break }
                    guard table[Int(bytes[index])] else {
                        index += 1
                        continue
                    }
                    let byte = bytes[index]
                    if byte == 0xE2 {
                        guard index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] & 0xFE == 0xA8 else {
                            index += 1
                            continue
                        }
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    index += appendEscape(of: bytes, at: index, to: &out)
                    runStart = index
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The high bit of each byte of `word` (byte 0 lowest) that `needsEscape` marks: below 0x20, `"`, `\\` or
    /// 0xE2; zero when none is. Bitwise tests on the whole word: a flag above a flagged byte may be spurious
    /// (a borrow), but no marked byte goes unflagged and the lowest flag is always a marked byte.
    @inline(__always)
    static func bytesThatMayNeedEscape(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func zeroBytes(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        let control = (word &- ones &* 0x20) & ~word & highs
        return control | zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x5C)) | zeroBytes(word ^ (ones &* 0xE2))
    }

    /// Appends the escape of the character at `index` (one that needs one) and returns its width in bytes.
    private static func appendEscape(of bytes: UnsafeBufferPointer<UInt8>, at index: Int, to out: inout ByteWriter) -> Int {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
        case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
        case 0x0A: out.append(contentsOf: "\\n".utf8)
        case 0x0D: out.append(contentsOf: "\\r".utf8)
        case 0x09: out.append(contentsOf: "\\t".utf8)
        case 0xE2:
            out.append(contentsOf: (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
            return 3
        default:
            let hex = String(byte, radix: 16)
            out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
        }
        return 1
    }
}
