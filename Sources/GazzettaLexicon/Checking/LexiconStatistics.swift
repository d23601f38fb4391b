import GazzettaModel

/// Counts of a lexicon: entities per type and subtype, aliases per type, role and language.
public struct LexiconStatistics: Sendable {
    /// Entities by type, then subtype.
    public var entities: [EntityType: [String: Int]] = [:]
    /// Aliases (forms, inflections included) by type, role and language (`any` for language-neutral ones).
    public var aliases: [EntityType: [MentionRole: [String: Int]]] = [:]
    /// Countries that lack an Italian or English name or adjective: (id, what is missing).
    public var incompleteCountries: [(String, [String])] = []
    /// Entities by source: the `@lexicon` name of the file that defines them, else the file's folder.
    public var entitiesBySource: [String: Int] = [:]

    /// Counts the entities and aliases of `lexicon`, and the countries missing a name or adjective.
    public init(_ lexicon: Lexicon) {
        let sourceOfFile = Dictionary(lexicon.files.map { ($0.path, LexiconStatistics.source(of: $0)) },
                                      uniquingKeysWith: { first, _ in first })
        for origin in lexicon.originList {
            entitiesBySource[sourceOfFile[origin.file] ?? LexiconStatistics.folder(of: origin.file), default: 0] += 1
        }
        // Countries are complete in the languages the lexicon writes forms in (a registered language it has
        // no form for is not its gap).
        var written = Set<Language>()
        for entity in lexicon.entities { for alias in entity.aliases { if let language = alias.language { written.insert(language) } } }
        let languages = Language.allCases.filter(written.contains)
        for entity in lexicon.entities {
            entities[entity.type, default: [:]][entity.subtype, default: 0] += 1
            for alias in entity.aliases {
                aliases[entity.type, default: [:]][alias.role, default: [:]][alias.language?.rawValue ?? "any", default: 0] += 1
            }
            guard entity.subtype == "country" else { continue }
            var missing: [String] = []
            for language in languages {
                let mine = entity.aliases.filter { $0.language == language || $0.language == nil }
                if !mine.contains(where: { $0.role == .name }) { missing.append("name.\(language.rawValue)") }
                if !mine.contains(where: { $0.role == .adjective && !$0.isPrefix }) { missing.append("adj.\(language.rawValue)") }
            }
            if !missing.isEmpty { incompleteCountries.append((entity.id.rawValue, missing)) }
        }
    }

    /// A file's source name: its `@lexicon`, else its folder.
    static func source(of file: LexiconFile) -> String {
        file.directive("lexicon").first ?? folder(of: file.path)
    }

    static func folder(of path: String) -> String {
        let parts = path.split(separator: "/")
        return parts.count > 1 ? String(parts[parts.count - 2]) + "/" : path
    }

    /// A plain-text report.
    public var report: String {
        var lines: [String] = ["entities by source:"]
        for source in entitiesBySource.keys.sorted() { lines.append("  \(source): \(entitiesBySource[source]!)") }
        for type in EntityType.allCases {
            guard let subtypes = entities[type] else { continue }
            lines.append("\(type.rawValue): \(subtypes.values.reduce(0, +)) entities ("
                + subtypes.keys.sorted().map { "\($0) \(subtypes[$0]!)" }.joined(separator: ", ") + ")")
            for role in MentionRole.allCases {
                guard let byLanguage = aliases[type]?[role] else { continue }
                lines.append("  \(role.rawValue): " + byLanguage.keys.sorted().map { "\($0) \(byLanguage[$0]!)" }.joined(separator: ", "))
            }
        }
        if incompleteCountries.isEmpty {
            lines.append("every country has Italian and English names and adjectives")
        } else {
            lines.append("countries missing names or adjectives:")
            for (id, missing) in incompleteCountries { lines.append("  \(id): \(missing.joined(separator: ", "))") }
        }
        return lines.joined(separator: "\n")
    }
}
