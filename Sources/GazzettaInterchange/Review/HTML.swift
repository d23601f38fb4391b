/// Escaping for HTML text, attributes and URLs: everything a document holds is shown as text, never markup,
/// never a link target of its own choosing, and never reorders what is around it.
enum HTML {
    /// The bidirectional formatting controls (ALM, LRM, RLM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI): an
    /// override (U+202E) left in the page would show the text reversed from what the annotation holds.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `U+202E`: how a bidi control is named where it cannot act.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `text` with `& < > " '` escaped and each bidi control named (`U+202E`) instead of acting: for attributes and titles.
    static func escape(_ text: String) -> String {
        escape(text, control: { codePoint($0) })
    }

    /// `text` escaped for the page's body: each bidi control is shown as a marked `U+202E`, so the text reads
    /// as written (in logical order) and the reviewer sees that the control is there.
    static func text(_ text: String) -> String {
        escape(text, control: { "<span class=\"bidi\" title=\"bidirectional control\">\(codePoint($0))</span>" })
    }

    /// `text` for the body, in a `<bdi>`: its direction cannot leak into what surrounds it (a table cell, a heading).
    static func isolated(_ text: String) -> String { "<bdi>" + HTML.text(text) + "</bdi>" }

    private static func escape(_ text: String, control: (Unicode.Scalar) -> String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if isBidiControl(character) { out += control(character) } else { out.unicodeScalars.append(character) }
            }
        }
        return out
    }

    /// A relative URL for the file at `path` (relative, `/`-separated): `./` then each part percent-encoded
    /// (all but letters, digits and `-._~`). A file named `javascript:alert(1).txt` gets
    /// `./javascript%3Aalert%281%29.txt`: a path, never a scheme.
    static func relativeURL(_ path: String) -> String {
        "./" + path.split(separator: "/", omittingEmptySubsequences: false).map { percentEncoded(String($0)) }.joined(separator: "/")
    }

    /// Every byte of the UTF-8 but the unreserved ones as `%XX`.
    static func percentEncoded(_ part: String) -> String {
        var out = ""
        for byte in part.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }

    /// JSON made safe inside a `<script>` element: `<`, `>` and `&` as `\u` escapes (they occur only in
    /// strings), and so are the bidi controls, which no view of the source should act on.
    static func scriptSafe(_ json: String) -> String {
        var out = ""
        for character in json.unicodeScalars {
            switch character {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default:
                if isBidiControl(character) {
                    out += "\\u" + String(codePoint(character).dropFirst(2)).lowercased()
                } else {
                    out.unicodeScalars.append(character)
                }
            }
        }
        return out
    }
}
