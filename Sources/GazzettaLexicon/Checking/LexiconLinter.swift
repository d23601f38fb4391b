import GazzettaModel
import GazzettaText

/// Checks a loaded lexicon for what loading alone cannot see: relations to ids that do not exist,
/// aliases claimed by two entities without a declaration, aliases that are common words without a
/// case rule, ids of no known kind, ids equal but for case, circular `partOf`, a `seatOf` naming its own
/// record or a sector, a `cue` on a country. Each finding names the file and line of the record (or field)
/// at fault. Loading through `LexiconCache` runs it too: a lexicon with errors is refused.
public struct LexiconLinter {
    /// Real word lists checked beside the hand list of `LanguageData` (none by default: loading stays fast).
    public let wordList: CommonWordList?

    /// Creates a linter; with `wordList`, a case-folded alias that is one of its words is an error too.
    public init(wordList: CommonWordList? = nil) {
        self.wordList = wordList
    }

    /// All findings, sorted by file and line.
    public func lint(_ lexicon: Lexicon) -> [LexiconError] {
        var findings: [LexiconError] = []
        // A later folder's record replaces an earlier one with its id (see `LexiconLoader.load(directories:)`).
        let records = Dictionary(lexicon.files.flatMap(\.records).map { ($0.id, $0) }, uniquingKeysWith: { _, later in later })
        findings += danglingReferences(lexicon, records)
        findings += commonWordAliases(lexicon, records)
        findings += ambiguities(lexicon, records)
        findings += unknownKinds(records)
        findings += caseTwins(lexicon)
        findings += circularPartOf(lexicon, records)
        findings += badSeats(records)
        findings += cuesOnCountries(records)
        return findings.sorted()
    }

    /// The ambiguity report: every alias key claimed by two or more entities, with the entities.
    public func ambiguousAliases(_ lexicon: Lexicon) -> [(key: String, entities: [EntityID])] {
        var owners: [String: Set<EntityID>] = [:]
        for entity in lexicon.entities {
            for alias in entity.aliases where !alias.isPrefix {
                owners[MatchingKey.of(alias.form), default: []].insert(entity.id)
            }
        }
        return owners.filter { $0.value.count > 1 }.map { ($0.key, $0.value.sorted()) }.sorted { $0.key < $1.key }
    }

    private func danglingReferences(_ lexicon: Lexicon, _ records: [String: LexiconRecord]) -> [LexiconError] {
        var findings: [LexiconError] = []
        for record in records.values {
            for field in record.fields {
                var targets: [String] = []
                if Relation(rawValue: field.key) != nil {
                    targets = field.value.split(separator: "|").map { $0.trimmingWhitespace() }
                } else if field.key == "role" {
                    let words = field.value.split(separator: " ")
                    if words.count > 2 { targets = [String(words[2])] }
                }
                for target in targets where lexicon[EntityID(target)] == nil {
                    findings.append(LexiconError(record.file, field.line, "\(record.id): '\(field.key)' points to \(target), which no record defines"))
                }
            }
        }
        return findings
    }

    private func commonWordAliases(_ lexicon: Lexicon, _ records: [String: LexiconRecord]) -> [LexiconError] {
        let common = LanguageData.wordsNeedingCaseRule
        var findings: [LexiconError] = []
        for entity in lexicon.entities {
            for alias in entity.aliases where alias.caseRule == .fold && !alias.isPrefix {
                let key = MatchingKey.of(alias.form)
                // Adjectives and sector cues are lower-case words by design (*cinese*, *umanitaria*): the word
                // lists would list them all; only names, acronyms and surnames must not be dictionary words.
                let listed = alias.role.isNameLike && wordList?.contains(key) ?? false
                guard listed || common.contains(key) else { continue }
                let line = fieldLine(records[entity.id.rawValue], containing: alias.form)
                let which = common.contains(key) ? "a common word" : "a word of \(wordList?.sources.joined(separator: ", ") ?? "")"
                findings.append(LexiconError(records[entity.id.rawValue]?.file ?? "?", line,
                    "\(entity.id): alias '\(alias.form)' is also \(which); give it a case rule ([cap], [word] or [exact])"))
            }
        }
        return findings
    }

    /// Aliases shared by entities are errors unless every owner lists the alias in `ambiguous = …`.
    /// Surnames (`short`) are exempt, whoever else claims the form: they link only to a person named in full
    /// before them, which settles them by design (*Aden* the city and a minister Aden named in full earlier).
    /// Only owners that claim the form as a name of their own must declare it.
    private func ambiguities(_ lexicon: Lexicon, _ records: [String: LexiconRecord]) -> [LexiconError] {
        var findings: [LexiconError] = []
        for (key, allOwners) in ambiguousAliases(lexicon) {
            let owners = allOwners.filter { owner in
                lexicon[owner]?.aliases.contains { MatchingKey.of($0.form) == key && !$0.needsAntecedent } ?? false
            }
            if owners.count < 2 { continue }
            for owner in owners {
                let declared = records[owner.rawValue]?.fields.filter { $0.key == "ambiguous" }
                    .flatMap { $0.value.split(separator: "|").map { MatchingKey.of($0.trimmingWhitespace()) } } ?? []
                if declared.contains(key) { continue }
                let others = owners.filter { $0 != owner }.map(\.rawValue).joined(separator: ", ")
                let form = lexicon[owner]?.aliases.first { MatchingKey.of($0.form) == key }?.form ?? key
                findings.append(LexiconError(records[owner.rawValue]?.file ?? "?", fieldLine(records[owner.rawValue], containing: form),
                    "\(owner): alias '\(form)' is also claimed by \(others); declare it with 'ambiguous = \(form)' if meant"))
            }
        }
        return findings
    }

    /// Ids whose kind (the part before the colon) is none of `EntityKind`'s.
    private func unknownKinds(_ records: [String: LexiconRecord]) -> [LexiconError] {
        let kinds = EntityKind.allCases.map(\.rawValue).joined(separator: ", ")
        return records.values.filter { EntityID($0.id).kind == nil }.map { record in
            LexiconError(record.file, record.line, "\(record.id): unknown id kind '\(record.id.prefix { $0 != ":" })' (\(kinds))")
        }
    }

    /// Ids equal but for case (`country:KZ`, `country:kz`): a link written one way would miss the other.
    private func caseTwins(_ lexicon: Lexicon) -> [LexiconError] {
        var byFolded: [String: [Int]] = [:]
        for index in lexicon.entities.indices { byFolded[lexicon.entities[index].id.rawValue.lowercased(), default: []].append(index) }
        var findings: [LexiconError] = []
        for indices in byFolded.values where indices.count > 1 {
            let ids = indices.map { lexicon.entities[$0].id.rawValue }.sorted()
            for index in indices {
                let origin = lexicon.origin(of: lexicon.entities[index].id) ?? (file: "?", line: 0)
                findings.append(LexiconError(origin.file, origin.line, "\(lexicon.entities[index].id): ids equal but for case: \(ids.joined(separator: ", "))"))
            }
        }
        return findings
    }

    /// `partOf` chains that come back to where they started; reported once per cycle, at its smallest id.
    private func circularPartOf(_ lexicon: Lexicon, _ records: [String: LexiconRecord]) -> [LexiconError] {
        var findings: [LexiconError] = []
        var reported: Set<EntityID> = []
        for entity in lexicon.entities where !reported.contains(entity.id) {
            guard let cycle = partOfCycle(from: entity.id, lexicon), cycle.min() == entity.id else { continue }
            reported.formUnion(cycle)
            let line = records[entity.id.rawValue]?.fields.first { $0.key == "partOf" }?.line ?? 0
            findings.append(LexiconError(records[entity.id.rawValue]?.file ?? "?", line,
                "\(entity.id): partOf is circular: \((cycle + [entity.id]).map(\.rawValue).joined(separator: " → "))"))
        }
        return findings
    }

    /// The cycle through `start` along `partOf`, starting at `start`, if there is one.
    private func partOfCycle(from start: EntityID, _ lexicon: Lexicon) -> [EntityID]? {
        var path: [EntityID] = [], onPath: Set<EntityID> = [], visited: Set<EntityID> = []
        func visit(_ id: EntityID) -> [EntityID]? {
            if id == start, !path.isEmpty { return path }
            guard !onPath.contains(id), visited.insert(id).inserted else { return nil }
            path.append(id); onPath.insert(id)
            defer { path.removeLast(); onPath.remove(id) }
            for next in lexicon[id]?.relations[.partOf] ?? [] { if let cycle = visit(next) { return cycle } }
            return nil
        }
        return visit(start)
    }

    /// A `seatOf` naming its own record, or a sector (a seat stands for an actor).
    private func badSeats(_ records: [String: LexiconRecord]) -> [LexiconError] {
        var findings: [LexiconError] = []
        for record in records.values {
            for field in record.fields where field.key == Relation.seatOf.rawValue {
                for target in field.value.split(separator: "|").map({ $0.trimmingWhitespace() }) {
                    if target == record.id {
                        findings.append(LexiconError(record.file, field.line, "\(record.id): 'seatOf' points to the record itself"))
                    } else if EntityID(target).kind == .sector {
                        findings.append(LexiconError(record.file, field.line, "\(record.id): 'seatOf' points to the sector \(target); a seat stands for an actor"))
                    }
                }
            }
        }
        return findings
    }

    /// A `cue` on a country: cues are trigger words of sectors and roles, and a country is named, not cued.
    private func cuesOnCountries(_ records: [String: LexiconRecord]) -> [LexiconError] {
        records.values.filter { EntityID($0.id).kind == .country }.flatMap { record in
            record.fields.filter { $0.key == "cue" || $0.key.hasPrefix("cue.") }.map {
                LexiconError(record.file, $0.line, "\(record.id): a country takes names, not a 'cue' (cues belong to sectors)")
            }
        }
    }

    /// The line of the first alias field of `record` whose value names `form`, else the record's line.
    private func fieldLine(_ record: LexiconRecord?, containing form: String) -> Int {
        guard let record else { return 0 }
        let aliasFields: Set<String> = ["name", "acronym", "adj", "prefix", "short", "surname", "cue"]
        for field in record.fields where aliasFields.contains(String(field.key.prefix { $0 != "." }))
            && field.value.split(separator: "|").contains(where: {
            let item = $0.trimmingWhitespace()
            return item == form || item.hasPrefix(form + " [")
        }) {
            return field.line
        }
        // Generated (inflected) forms: point at the adjective field they come from.
        return record.fields.first { $0.key.hasPrefix("adj") }?.line ?? record.line
    }
}

private extension MentionRole {
    /// Whether an alias of this role names its entity (a name, an acronym, a surname), rather than describing it.
    var isNameLike: Bool {
        switch self {
        case .name, .acronym, .short: true
        case .adjective, .metonym, .cue, .title: false
        }
    }
}
