import GazzettaModel
import GazzettaText

/// brat standoff (`.ann`): `T` lines carry the type and the span in code points (brat counts as Python
/// does), a span across line breaks as fragments; `N` lines link each `T` to its entity id, `A` lines give its
/// role (the `Role` attribute of `annotation.conf`). brat needs `NAME.txt` beside `NAME.ann` and an
/// `annotation.conf` in the collection's folder; `visual.conf` colours the types as the review page does.
public struct BratExporter: Sendable {
    /// Creates an exporter; it holds no state.
    public init() {}

    /// The `.ann` text of `document`: a `T` and an `N` line per mention; empty when there are no mentions.
    public func ann(_ document: AnnotatedDocument) -> String {
        var lines: [String] = []
        for (index, mention) in document.mentions.enumerated() {
            let number = index + 1
            let fragments = BratExporter.fragments(of: mention, in: document.text)
            let spans = fragments.map { "\($0.0) \($0.1)" }.joined(separator: ";")
            let text = fragments.map { document.text.scalarSlice($0.0, $0.1) }.joined(separator: " ")
            lines.append("T\(number)\t\(mention.type.rawValue) \(spans)\t\(text)")
            lines.append("N\(number)\tReference T\(number) Gazzetta:\(mention.entity)\t\(mention.form.replacingNewlines)")
            lines.append("A\(number)\tRole T\(number) \(mention.role.rawValue)")
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// The collection's `annotation.conf`: the four types as entities, the mention roles as the `Role` attribute.
    public static var annotationConf: String {
        var lines = ["# Gazzetta's types and roles (written by gazzetta export --format brat).", "[entities]"]
        lines += EntityType.allCases.map(\.rawValue)
        lines += ["", "[relations]", "", "[events]", "", "[attributes]",
                  "Role Arg:<ENTITY>, Value:" + MentionRole.allCases.map(\.rawValue).joined(separator: "|")]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The collection's `visual.conf`: labels and the review page's colours.
    public static var visualConf: String {
        var lines = ["# Gazzetta's colours (written by gazzetta export --format brat).", "[labels]"]
        lines += EntityType.allCases.map { "\($0.rawValue) | \($0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst())" }
        lines += ["", "[drawing]"]
        lines += EntityType.allCases.map { "\($0.rawValue)\tbgColor:\(TypeColour.of($0))" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The mention's span split at line breaks (brat's spans cannot hold one), blank parts dropped.
    static func fragments(of mention: Mention, in text: String) -> [(Int, Int)] {
        var fragments: [(Int, Int)] = []
        var start = mention.start
        var offset = mention.start
        for scalar in mention.text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                if offset > start { fragments.append((start, offset)) }
                start = offset + 1
            }
            offset += 1
        }
        if mention.end > start { fragments.append((start, mention.end)) }
        return fragments
    }
}

extension String {
    var replacingNewlines: String { split(whereSeparator: \.isNewline).joined(separator: " ") }
}
