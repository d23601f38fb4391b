/// A JSON value whose objects keep their keys in the order given, so output is byte-identical run to run.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number written with a fixed count of decimals (no locale, no exponent).
    case decimal(Double, places: Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        var left = "", right = ""
        JSONWriter(pretty: false).write(a, into: &left)
        JSONWriter(pretty: false).write(b, into: &right)
        return left == right
    }
}

/// Writes `JSONValue`s: compact, or pretty with two-space indents. Strings are UTF-8, escaping only what
/// JSON requires (quote, backslash, control characters) plus U+2028/U+2029 for JavaScript's sake.
public struct JSONWriter: Sendable {
    public var pretty: Bool

    public init(pretty: Bool) {
        self.pretty = pretty
    }

    /// The text of `value`, newline-terminated.
    public func string(_ value: JSONValue) -> String {
        var out = ""
        write(value, into: &out)
        out.append("\n")
        return out
    }

    public func write(_ value: JSONValue, into out: inout String, depth: Int = 0) {
        switch value {
        case .null: out.append("null")
        case .bool(let flag): out.append(flag ? "true" : "false")
        case .int(let number): out.append(String(number))
        case .decimal(let number, let places): out.append(JSONWriter.fixed(number, places))
        case .string(let text): JSONWriter.escape(text, into: &out)
        case .array(let items):
            if items.isEmpty { out.append("[]"); return }
            out.append("[")
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(",") }
                newline(&out, depth + 1)
                write(item, into: &out, depth: depth + 1)
            }
            newline(&out, depth)
            out.append("]")
        case .object(let members):
            if members.isEmpty { out.append("{}"); return }
            out.append("{")
            for (index, (key, item)) in members.enumerated() {
                if index > 0 { out.append(",") }
                newline(&out, depth + 1)
                JSONWriter.escape(key, into: &out)
                out.append(pretty ? ": " : ":")
                write(item, into: &out, depth: depth + 1)
            }
            newline(&out, depth)
            out.append("}")
        }
    }

    private func newline(_ out: inout String, _ depth: Int) {
        guard pretty else { return }
        out.append("\n")
        out.append(String(repeating: "  ", count: depth))
    }

    static func escape(_ text: String, into out: inout String) {
        out.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "\u{2028}": out.append("\\u2028")
            case "\u{2029}": out.append("\\u2029")
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
    }

    /// `number` rounded to `places` decimals, written without exponent.
    static func fixed(_ number: Double, _ places: Int) -> String {
        guard number.isFinite else { return "null" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(number) * scale).rounded()
        let whole = Int(scaled / scale)
        var fraction = String(Int(scaled) - whole * Int(scale))
        fraction = String(repeating: "0", count: max(0, places - fraction.count)) + fraction
        let sign = number < 0 && scaled != 0 ? "-" : ""
        return places == 0 ? sign + String(whole) : sign + String(whole) + "." + fraction
    }
}
