import GazzettaLexicon
import GazzettaModel
import GazzettaText

/// Reads role phrases — *il Presidente kazakho*, *il Ministro della difesa kazakhi*, *the Chinese defence
/// minister*, *President of Kazakhstan* — as the person who held that role in that country on the
/// document's date, by the dated roles of the lexicon's persons. Without a date (a dateline gives day and month
/// only), the phrase is read as the one person the document names who held the role at some time (*il governo
/// di Nicolás Maduro … Il presidente venezuelano*). After a former-office word (*l'ex premier*) it is no holder.
struct RoleTitlePass: ResolutionPass {
    let name = "role-titles"
    /// Holders by `role|country id`, in lexicon order.
    private let holders: [String: [(person: Entity, role: DatedRole)]]
    /// Each language's titles by their first key, longest first.
    private let titlesByFirstKey: [Language: [String: [(keys: [String], role: String)]]]
    /// The longest title, in words.
    private let longestTitle: Int

    init(lexicon: Lexicon) {
        var holders: [String: [(person: Entity, role: DatedRole)]] = [:]
        for position in lexicon.entities.positions(having: .holdsRoles) {
            let entity = lexicon.entities[position]
            for role in entity.roles { holders[role.role + "|" + role.of.rawValue, default: []].append((entity, role)) }
        }
        self.holders = holders
        var titles: [Language: [String: [(keys: [String], role: String)]]] = [:]
        for language in Language.allCases {
            var byFirst: [String: [(keys: [String], role: String)]] = [:]
            for (keys, role) in LanguageData.of(language).roleTitleKeys {
                byFirst[keys[0], default: []].append((keys, role))
            }
            for key in byFirst.keys { byFirst[key]!.sort { ($0.keys.count, $0.keys.joined()) > ($1.keys.count, $1.keys.joined()) } }
            titles[language] = byFirst
        }
        titlesByFirstKey = titles
        longestTitle = titles.values.flatMap { $0.values.flatMap { $0.map(\.keys.count) } }.max() ?? 0
    }

    func apply(to state: inout ResolutionState) {
        state.mentions = titles(in: state.mentions, state.analyzed, date: state.date)
    }

    /// `mentions` with a `title` mention added for each role phrase whose holder on `date` (without a date,
    /// the one holder the document names) is known.
    func titles(in mentions: [Mention], _ analyzed: AnalyzedText, date: DayDate?) -> [Mention] {
        guard !holders.isEmpty else { return mentions }
        let data = LanguageData.of(analyzed.language)
        let titles = titlesByFirstKey[analyzed.language] ?? [:]
        let tokens = analyzed.tokens
        guard mentions.contains(where: { $0.entity.isKind(.country) }) else { return mentions }
        var startingAt: [Int: Int] = [:], endingAt: [Int: Int] = [:]
        for (index, mention) in mentions.enumerated() where mention.entity.isKind(.country) {
            startingAt[mention.start] = index
            endingAt[mention.end] = index
        }
        let coverage = TokenCoverage(mentions, tokens)
        let covered = coverage.covered
        // A title stands right before a country mention (*Presidente kazakho*, *Presidente del Kazakhstan*)
        // or right after one (*Kazakh President*): only those places are looked at.
        var starts = Set<Int>()
        for (mention, range) in zip(mentions, coverage.tokenRanges) where mention.entity.isKind(.country) && !range.isEmpty {
            for start in max(0, range.lowerBound - longestTitle - 2)..<range.lowerBound { starts.insert(start) }
            starts.insert(range.upperBound)
        }
        var added: [Mention] = []
        var consumed = 0
        for index in starts.sorted() where index >= consumed && index < tokens.count {
            guard !covered[index], let candidates = titles[tokens[index].key],
                  let title = candidates.first(where: { matches($0.keys, at: index, tokens, covered) }) else { continue }
            let end = index + title.keys.count
            guard !isFormerOffice(before: index, tokens, mentions, endingAt, data.formerOfficeWords),
                  let country = country(before: index, after: end, tokens, mentions, startingAt, endingAt, data.roleConnectors),
                  let (holder, note) = holder(of: title.role, country, on: date, namedIn: mentions) else { continue }
            let first = tokens[index], last = tokens[end - 1]
            let text = analyzed.source.slice(bytes: first.byteStart..<last.byteEnd)
            added.append(Mention(start: first.start, end: last.end, text: text, type: holder.type,
                                 entity: holder.id, form: title.keys.joined(separator: " "), role: .title,
                                 sentence: analyzed.sentenceIndex(of: first.start), notes: [note]))
            consumed = end
        }
        return Mention.merged(mentions, added)  // both in text order
    }

    /// Who a title of `role` in `country` stands for, and the note saying why: the holder on `date`; without
    /// a date, the one person among the document's name mentions who held the role at some time (two such, and
    /// the title is left unread). With a date and no holder on it, nobody: the office is read on the date.
    private func holder(of role: String, _ country: EntityID, on date: DayDate?,
                        namedIn mentions: [Mention]) -> (Entity, MentionNote)? {
        guard let candidates = holders[role + "|" + country.rawValue] else { return nil }
        if let date {
            return candidates.first(where: { $0.role.isHeld(on: date) }).map { ($0.person, .heldRole(role: role, of: country, on: date)) }
        }
        var named: Entity?
        for mention in mentions where mention.role == .name && mention.entity.isKind(.person) {
            guard let candidate = candidates.first(where: { $0.person.id == mention.entity }) else { continue }
            if let named, named.id != candidate.person.id { return nil }
            named = candidate.person
        }
        return named.map { ($0, .heldRoleByNamedPerson(role: role, of: country)) }
    }

    /// Whether a word that puts an office in the past stands right before the title at `start`, or before the
    /// country adjective right before it (*l'ex premier*, *the former Chinese president*).
    private func isFormerOffice(before start: Int, _ tokens: [Token], _ mentions: [Mention], _ endingAt: [Int: Int],
                                _ words: Set<String>) -> Bool {
        guard start > 0, !words.isEmpty else { return false }
        var before = start - 1
        if let adjective = endingAt[tokens[before].end], mentions[adjective].role == .adjective {
            while before > 0 && tokens[before].start > mentions[adjective].start { before -= 1 }
            guard before > 0 else { return false }
            before -= 1
        }
        return words.contains(tokens[before].key)
    }

    private func matches(_ keys: [String], at index: Int, _ tokens: [Token], _ covered: [Bool]) -> Bool {
        guard index + keys.count <= tokens.count else { return false }
        for (offset, key) in keys.enumerated() where tokens[index + offset].key != key || covered[index + offset] {
            return false
        }
        return true
    }

    /// The country a title at `start..<end` is held in: a country adjective right after it (*kazakho*) or
    /// right before it (*Chinese*), or a country name after a connector (*del Kazakhstan*, *of Kazakhstan*).
    /// (`startingAt` and `endingAt` index the country mentions by their first and last code point.)
    private func country(before start: Int, after end: Int, _ tokens: [Token], _ mentions: [Mention], _ startingAt: [Int: Int],
                         _ endingAt: [Int: Int], _ connectors: Set<String>) -> EntityID? {
        if end < tokens.count, let after = startingAt[tokens[end].start], mentions[after].role == .adjective {
            return mentions[after].entity
        }
        if start > 0, let before = endingAt[tokens[start - 1].end], mentions[before].role == .adjective {
            return mentions[before].entity
        }
        var cursor = end
        while cursor < tokens.count && cursor < end + 2 && connectors.contains(tokens[cursor].key) { cursor += 1 }
        if cursor > end, cursor < tokens.count, let named = startingAt[tokens[cursor].start] { return mentions[named].entity }
        return nil
    }
}
