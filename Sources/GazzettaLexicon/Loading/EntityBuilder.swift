import GazzettaModel
import GazzettaText

/// Turns a checked-for-shape record into an `Entity`, reporting every field it cannot accept.
///
/// Italian adjectives are inflected here, by the rules in the language data, so the lexicon holds the
/// masculine singular only.
struct EntityBuilder {
    static let aliasOptions: Set<String> = ["exact", "fold", "cap", "asis", "nocaps", "word", "alone"]

    func build(_ record: LexiconRecord) -> (Entity?, [LexiconError]) {
        var errors: [LexiconError] = []
        func fail(_ line: Int, _ message: String) { errors.append(LexiconError(record.file, line, message)) }

        var type: EntityType?
        var subtype: String?
        var labels: [Language: String] = [:]
        var aliases: [Alias] = []
        var codes: [String: String] = [:]
        var relations: [Relation: [EntityID]] = [:]
        var roles: [DatedRole] = []
        var validFrom: DayDate?, validTo: DayDate?
        var population: Int?

        for field in record.fields {
            let (base, language, languageOK) = split(field.key)
            if !languageOK {
                let known = Language.allCases.map { ".\($0)" }.joined(separator: ", ")
                fail(field.line, "unknown language in '\(field.key)': use \(known)")
                continue
            }
            switch base {
            case "type":
                type = EntityType(rawValue: field.value)
                if type == nil { fail(field.line, "unknown type '\(field.value)': actor, organisation, place or sector") }
            case "subtype": subtype = field.value
            case "label":
                if let language { labels[language] = field.value } else {
                    fail(field.line, "a label needs its language: label.it, label.en…")
                }
            case "name", "acronym", "adj", "prefix", "short", "surname", "cue":
                aliases += parseAliases(field, base: base, language: language, fail: fail)
            case "pattern":
                aliases += parsePatterns(field, language: language, fail: fail)
            case "code":
                fail(field.line, "a code needs its scheme: code.iso3166, code.wikidata…")
            case _ where field.key.hasPrefix("code."):
                let scheme = String(field.key.dropFirst(5))
                if let problem = CodeValidator.problem(scheme: scheme, value: field.value) { fail(field.line, problem) }
                codes[scheme] = field.value
            case _ where Relation(rawValue: field.key) != nil:
                for target in field.value.split(separator: "|").map({ $0.trimmingWhitespace() }) where !target.isEmpty {
                    if !LexiconFileParser.isValidID(target) { fail(field.line, "'\(target)' is not an entity id") }
                    relations[Relation(rawValue: field.key)!, default: []].append(EntityID(target))
                }
            case "role":
                if let role = parseRole(field.value) { roles.append(role) } else {
                    fail(field.line, "a role is 'ROLE of ID from YYYY-MM-DD [to YYYY-MM-DD]', got '\(field.value)'")
                }
            case "valid":
                let parts = field.value.split(separator: "/").map { DayDate(iso: $0.trimmingWhitespace()) }
                if parts.count == 2, let from = parts[0], let to = parts[1], from <= to {
                    validFrom = from
                    validTo = to
                } else {
                    fail(field.line, "'valid' is YYYY-MM-DD/YYYY-MM-DD, got '\(field.value)'")
                }
            case "population":
                if let value = Int(field.value), value >= 0 { population = value } else {
                    fail(field.line, "'population' is a whole number of people, got '\(field.value)'")
                }
            case "note", "ambiguous": break
            default:
                fail(field.line, "unknown field '\(field.key)'")
            }
        }
        if type == nil && !errors.contains(where: { $0.message.hasPrefix("unknown type") }) { fail(record.line, "\(record.id): no 'type'") }
        if subtype == nil { fail(record.line, "\(record.id): no 'subtype'") }
        // Italian and English labels are required: every output and review page shows both.
        if labels[.italian] == nil || labels[.english] == nil { fail(record.line, "\(record.id): needs both label.it and label.en") }
        guard let type, let subtype, labels[.italian] != nil, labels[.english] != nil else { return (nil, errors) }
        let entity = Entity(id: EntityID(record.id), type: type, subtype: subtype, label: Labels(labels),
                            aliases: aliases, codes: codes, relations: relations, roles: roles,
                            validFrom: validFrom, validTo: validTo, population: population)
        return (entity, errors)
    }

    /// `name.it` → (`name`, italian, true); `name` → (`name`, nil, true); `name.fr` → (_, _, false).
    private func split(_ key: String) -> (String, Language?, Bool) {
        guard let dot = key.firstIndex(of: "."), !key.hasPrefix("code.") else { return (key, nil, true) }
        let base = String(key[..<dot]), suffix = String(key[key.index(after: dot)...])
        guard let language = Language(rawValue: suffix) else { return (base, nil, false) }
        return (base, language, true)
    }

    private func parseAliases(_ field: LexiconRecord.Field, base: String, language: Language?,
                              fail: (Int, String) -> Void) -> [Alias] {
        var aliases: [Alias] = []
        for item in field.value.split(separator: "|") {
            var text = item.trimmingWhitespace()
            var options: [String] = []
            if text.hasSuffix("]"), let open = text.lastIndex(of: "[") {
                options = text[text.index(after: open)..<text.index(before: text.endIndex)]
                    .split(separator: ",").map { $0.trimmingWhitespace() }
                text = text[..<open].trimmingWhitespace()
            }
            if text.contains("[") || text.contains("]") {
                // An option list cut short (`Foo [cap`) would otherwise become part of the name.
                fail(field.line, "unclosed or stray bracket in alias '\(item.trimmingWhitespace())': options are 'name [cap]'"); continue
            }
            if text.isEmpty { fail(field.line, "empty alias in '\(field.key)'"); continue }
            for option in options where !EntityBuilder.aliasOptions.contains(option) {
                fail(field.line, "unknown alias option '[\(option)]' on '\(text)': exact, fold, cap, asis, nocaps, word or alone")
            }
            let isCommonWord = options.contains("word")
            let caseRule = options.compactMap { Alias.CaseRule(rawValue: $0) }.last
                ?? (isCommonWord ? .capitalized : EntityBuilder.defaultCaseRule(text))
            let role: MentionRole
            switch base {
            case "acronym": role = .acronym
            case "adj", "prefix": role = .adjective
            case "cue": role = .cue
            // A distinctive surname (`surname`) is a short name that links without an earlier full mention.
            case "short", "surname": role = .short
            default: role = .name
            }
            var forms = [text]
            if base == "adj", let language, !options.contains("asis") {
                forms += LanguageData.of(language).inflect(text)
            }
            for form in forms {
                aliases.append(Alias(form: form, language: language, role: role, caseRule: caseRule,
                                     isPrefix: base == "prefix", needsAntecedent: base == "short",
                                     allowedInCapitals: !options.contains("nocaps"), isCommonWord: isCommonWord,
                                     standsAlone: options.contains("alone")))
            }
        }
        return aliases
    }

    /// The cue aliases the patterns of a `pattern.LANG` field expand to (`CuePattern`), one per phrase.
    private func parsePatterns(_ field: LexiconRecord.Field, language: Language?, fail: (Int, String) -> Void) -> [Alias] {
        guard let language else {
            fail(field.line, "a pattern needs its language: pattern.it, pattern.en…")
            return []
        }
        var aliases: [Alias] = []
        for item in field.value.split(separator: "|") {
            let source = item.trimmingWhitespace()
            if source.isEmpty { fail(field.line, "empty pattern in '\(field.key)'"); continue }
            do {
                for phrase in try CuePattern(source, language: LanguageData.of(language)).phrases {
                    aliases.append(Alias(form: phrase, language: language, role: .cue, caseRule: EntityBuilder.defaultCaseRule(phrase),
                                         isPrefix: false, needsAntecedent: false, allowedInCapitals: true))
                }
            } catch {
                fail(field.line, error.message)
            }
        }
        return aliases
    }

    /// Acronyms written in capitals keep their case; everything else matches in any case.
    static func defaultCaseRule(_ form: String) -> Alias.CaseRule {
        let letters = form.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.allSatisfy({ $0.properties.isUppercase }) ? .exact : .fold
    }

    private func parseRole(_ text: String) -> DatedRole? {
        let words = text.split(separator: " ").map(String.init)
        guard words.count == 5 || words.count == 7, words[1] == "of", words[3] == "from",
              LexiconFileParser.isValidID(words[2]), let from = DayDate(iso: words[4]) else { return nil }
        var to: DayDate?
        if words.count == 7 {
            guard words[5] == "to", let end = DayDate(iso: words[6]), from <= end else { return nil }
            to = end
        }
        return DatedRole(role: words[0], of: EntityID(words[2]), from: from, to: to)
    }
}

/// Checks the codes a lexicon may carry.
enum CodeValidator {
    static func problem(scheme: String, value: String) -> String? {
        let scalars = value.unicodeScalars
        func all(_ set: ClosedRange<Unicode.Scalar>) -> Bool { scalars.allSatisfy { set.contains($0) } }
        switch scheme {
        case "iso3166":
            return scalars.count == 2 && all("A"..."Z") ? nil : "invalid ISO 3166-1 alpha-2 code '\(value)'"
        case "iso3166-3":
            return scalars.count == 4 && all("A"..."Z") ? nil : "invalid ISO 3166-3 code '\(value)'"
        case "wikidata":
            return value.hasPrefix("Q") && scalars.count > 1 && value.dropFirst().unicodeScalars.allSatisfy({ ("0"..."9").contains($0) })
                ? nil : "invalid Wikidata id '\(value)' (Q followed by digits)"
        case "geonames":
            return !value.isEmpty && all("0"..."9") ? nil : "invalid GeoNames id '\(value)'"
        case "cameo":
            // CAMEO event codes: two to four digits (`06`, `061`, `0311`), the first 0, 1 or 2.
            return (2...4).contains(scalars.count) && all("0"..."9") && "012".unicodeScalars.contains(scalars.first!)
                ? nil : "invalid CAMEO event code '\(value)' (two to four digits, 01–20 at the root)"
        case "crs":
            // OECD DAC CRS purpose codes: five digits.
            return scalars.count == 5 && all("0"..."9") ? nil : "invalid OECD DAC CRS purpose code '\(value)' (five digits)"
        default:
            return "unknown code scheme '\(scheme)': iso3166, iso3166-3, wikidata, geonames, cameo, crs"
        }
    }
}
