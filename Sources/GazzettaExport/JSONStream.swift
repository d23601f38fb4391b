/// Writes JSON straight into UTF-8 bytes as it goes: objects, arrays, keys and values in order, compact or
/// pretty (two-space indents). The one place JSON is formatted: `JSONWriter` writes `JSONValue` trees
/// through it, and the annotation output uses it directly, building no tree.
public struct JSONStream {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
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
        bytes.reserveCapacity(capacity)
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
    public mutating func key(_ key: String) {
        separate()
        JSONStream.escape(key, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(0x20) }
        afterKey = true
    }

    /// Writes a string value, quoted and escaped.
    public mutating func string(_ value: String) {
        separate()
        JSONStream.escape(value, into: &bytes)
    }

    /// Writes an integer value.
    public mutating func int(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A number with a fixed count of decimals (no locale, no exponent).
    public mutating func decimal(_ value: Double, places: Int) {
        separate()
        bytes.append(contentsOf: JSONWriter.fixed(value, places).utf8)
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// Writes `null`.
    public mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
    }

    /// `key` and a string value.
    public mutating func field(_ key: String, _ value: String) {
        self.key(key)
        string(value)
    }

    /// `key` and an integer value.
    public mutating func field(_ key: String, _ value: Int) {
        self.key(key)
        int(value)
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        depth += 1
        empty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if !empty { newline() }
        bytes.append(bracket)
        empty = false
    }

    /// Before a value or key: nothing after a key; else a comma after a sibling, and the line break.
    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        if depth == 0 { return }
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        newline()
    }

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// Appends `text` as a JSON string, escaping only what JSON requires (quote, backslash, control
    /// characters) plus U+2028/U+2029 for JavaScript's sake. Runs that need no escape are copied whole.
    static func escape(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var replacement: String?
                var width = 1
                switch byte {
                case UInt8(ascii: "\""): replacement = "\\\""
                case UInt8(ascii: "\\"): replacement = "\\\\"
                case 0x0A: replacement = "\\n"
                case 0x0D: replacement = "\\r"
                case 0x09: replacement = "\\t"
                case 0..<0x20:
                    let hex = String(byte, radix: 16)
                    replacement = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    replacement = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    width = 3
                default: break
                }
                if let replacement {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    out.append(contentsOf: replacement.utf8)
                    index += width
                    runStart = index
                } else {
                    index += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
