import GazzettaExport
import GazzettaModel

/// A lexicon as spaCy `EntityRuler`/`SpanRuler` patterns (JSON Lines: `{"label", "pattern", "id"}`), so that
/// spaCy pipelines reuse Gazzetta's lexicons: the label is the type in capitals (as the displaCy export
/// writes it), the id the entity id (spaCy's `ent_id_`).
///
/// Phrase patterns, which the ruler tokenizes with the pipeline's own tokenizer, match the exact text; a form
/// whose case rule is `fold` is written as written, in lower case, capitalised and in capitals, so that the
/// usual spellings match without making exact-case acronyms match common words. Forms that need what a
/// ruler cannot do are left out: prefixes that only match before a hyphen (*sino-*), and surnames that only
/// link after a full name.
public struct SpacyPatternsExporter: Sendable {
    /// Creates an exporter; it holds no state.
    public init() {}

    /// The pattern lines of `entities`, for `language` (its forms and those of any language; all when `nil`),
    /// sorted by id, then form: the same lexicon always gives the same file.
    public func patterns(_ entities: [Entity], language: Language? = nil) -> String {
        var lines: Set<String> = []
        var ordered: [(EntityID, String, String)] = []
        for entity in entities {
            for alias in entity.aliases where !alias.isPrefix && !alias.needsAntecedent {
                if let language, let own = alias.language, own != language { continue }
                for form in SpacyPatternsExporter.spellings(alias) {
                    let line = JSONWriter(pretty: false).string(.object([
                        ("label", .string(entity.type.rawValue.uppercased())), ("pattern", .string(form)), ("id", .string(entity.id.rawValue)),
                    ]))
                    if lines.insert(line).inserted { ordered.append((entity.id, form, line)) }
                }
            }
        }
        ordered.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        return ordered.map { $0.2 + "\n" }.joined()
    }

    /// The spellings a phrase pattern needs to cover the alias's case rule.
    static func spellings(_ alias: Alias) -> [String] {
        let form = alias.form
        switch alias.caseRule {
        case .exact: return [form]
        case .capitalized: return [form.prefix(1).uppercased() + form.dropFirst()]
        case .fold:
            var seen: Set<String> = []
            return [form, form.lowercased(), form.prefix(1).uppercased() + form.dropFirst().lowercased(), form.uppercased()]
                .filter { seen.insert($0).inserted }
        }
    }
}
