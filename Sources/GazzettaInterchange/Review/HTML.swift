/// Escaping for HTML text and attributes: everything a document holds is shown as text, never markup.
enum HTML {
    /// `text` with `& < > " '` escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// JSON made safe inside a `<script>` element: `<`, `>` and `&` as `\u` escapes (they occur only in strings).
    static func scriptSafe(_ json: String) -> String {
        var out = ""
        for character in json.unicodeScalars {
            switch character {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
