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

    /// Equal when both write the same compact JSON (so object keys compare in order).
    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        JSONWriter(pretty: false).string(a) == JSONWriter(pretty: false).string(b)
    }
}

/// Writes `JSONValue`s through a `JSONStream`: compact, or pretty with two-space indents.
public struct JSONWriter: Sendable {
    /// Whether to write pretty JSON (two-space indents) or compact.
    public var pretty: Bool

    /// A writer, compact or pretty.
    public init(pretty: Bool) {
        self.pretty = pretty
    }

    /// The text of `value`, newline-terminated.
    public func string(_ value: JSONValue) -> String {
        var stream = JSONStream(pretty: pretty)
        JSONWriter.write(value, into: &stream)
        return String(decoding: stream.bytes + [0x0A], as: UTF8.self)
    }

    /// Writes `value` into `stream`.
    public static func write(_ value: JSONValue, into stream: inout JSONStream) {
        switch value {
        case .null: stream.null()
        case .bool(let flag): stream.bool(flag)
        case .int(let number): stream.int(number)
        case .decimal(let number, let places): stream.decimal(number, places: places)
        case .string(let text): stream.string(text)
        case .array(let items):
            stream.beginArray()
            for item in items { write(item, into: &stream) }
            stream.endArray()
        case .object(let members):
            stream.beginObject()
            for (key, item) in members {
                stream.key(key)
                write(item, into: &stream)
            }
            stream.endObject()
        }
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
