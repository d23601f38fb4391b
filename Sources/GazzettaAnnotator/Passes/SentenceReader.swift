import GazzettaModel
import GazzettaText

/// Reads one sentence's tokens for the cooperation rules: which actors the words tie together, the
/// polarity, the year.
struct SentenceReader {
    let analyzed: AnalyzedText
    /// The sentence's index.
    let sentence: Int
    /// Its span in code points.
    let range: Range<Int>
    /// Its tokens.
    let tokens: Range<Int>
    let cues: CooperationCues
    /// Which tokens of the document lie inside a name (a mention other than a sector cue): a joint word inside a name (*Meccanismo … di
    /// Cooperazione*) ties nothing.
    let covered: [Bool]
    /// The sentence's sector cues: their tokens, by mention index.
    let sectorCues: [(mention: Int, tokens: Range<Int>)]

    /// How far (in tokens) a joint word may stand from the actors it ties.
    static let jointReach = 2
    /// How far a sector cue may stand from a compound (*Sino-Mongolian trade*, *la relazione sino-kazakha*).
    static let compoundReach = 4
    /// How far a sector cue may stand from the tied actors to be a sector of their record.
    static let sectorReach = 12

    init(analyzed: AnalyzedText, sentence: Int, cues: CooperationCues, covered: [Bool], sectorCues: [(mention: Int, tokens: Range<Int>)]) {
        self.analyzed = analyzed
        self.sentence = sentence
        self.range = analyzed.sentences[sentence]
        self.cues = cues
        self.covered = covered
        self.sectorCues = sectorCues
        let all = analyzed.tokens
        var low = 0, high = all.count
        while low < high {
            let mid = (low + high) / 2
            if all[mid].start < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < all.count && all[end].start < range.upperBound { end += 1 }
        tokens = low..<end
    }

    /// Actors the text ties, with their roles, and the tie.
    struct TiedActors {
        var actors: [(actor: CooperationPass.ActorMention, role: CooperationRole?)]
        var tie: CooperationTie
        /// The tokens whose sector cues alone are the record's (a directed tie's object: *vende droni
        /// all'Ucraina*); `nil`: the cues near the actors.
        var sectorWindow: Range<Int>? = nil
    }

    private func key(_ index: Int) -> String { analyzed.tokens[index].key }

    /// Whether token `index` ends a clause outright, so that no cue, actor or beneficiary of a record
    /// reaches across it: a semicolon, a full stop inside the sentence, an em dash, or an en dash
    /// or hyphen set off by spaces on both sides (an aside: *Russia – says Kyiv – …*); a dash touching its
    /// words (*Kazakhstan–China*) joins a compound instead. A colon does not: it mostly opens what the
    /// clause before it agreed on (*hanno firmato tre intese: antiterrorismo, energia…*), and taking it as a
    /// break lost two of the main set's records.
    private func isClauseBreak(_ index: Int) -> Bool {
        let word = key(index)
        if word == ";" || word == "—" { return true }
        if word == ".", index + 1 < tokens.upperBound { return true }
        guard word == "–" || word == "-", index > tokens.lowerBound, index + 1 < tokens.upperBound else { return false }
        let all = analyzed.tokens
        return all[index - 1].end < all[index].start && all[index].end < all[index + 1].start
    }

    /// The tokens of the clause holding token `index`, between the clause breaks around it.
    func clause(of index: Int) -> Range<Int> {
        var low = index
        while low > tokens.lowerBound && !isClauseBreak(low - 1) { low -= 1 }
        var high = index
        while high < tokens.upperBound && !isClauseBreak(high) { high += 1 }
        return low..<max(high, low)
    }
    private static let dashes: Set<String> = ["-", "–", "—", "/"]

    /// How two neighbouring actor mentions are joined: by a hyphen or dash alone (`compound`), by
    /// coordinators, commas and articles (`coordinated`, with the coordinator's token), or not at all.
    private enum Link { case compound(Int), coordinated(Int?), none }

    private func link(_ a: CooperationPass.ActorMention, _ b: CooperationPass.ActorMention) -> Link {
        let between = a.tokens.upperBound..<b.tokens.lowerBound
        if between.count == 1, SentenceReader.dashes.contains(key(between.lowerBound)) { return .compound(between.lowerBound) }
        var coordinator: Int?
        for index in between {
            let word = key(index)
            if cues.coordinators.contains(word) { coordinator = coordinator ?? index; continue }
            if word == "," || cues.articles.contains(word) { continue }
            return .none
        }
        return between.isEmpty ? .none : (coordinator == nil && !between.allSatisfy({ key($0) == "," }) ? .none : .coordinated(coordinator))
    }

    /// The tied actor sets of the sentence, in text order: coordination groups that a rule accepts, then
    /// *con/with* pairs.
    func ties(_ actors: [CooperationPass.ActorMention]) -> [TiedActors] {
        var groups: [[Int]] = [[0]]
        var groupTie: [Int?] = [nil]  // a compound's hyphen or a coordinator, per group
        var compound: [Bool] = [true]
        for index in actors.indices.dropFirst() {
            switch link(actors[index - 1], actors[index]) {
            case .compound(let dash):
                groups[groups.count - 1].append(index)
                if groupTie[groups.count - 1] == nil { groupTie[groups.count - 1] = dash }
            case .coordinated(let word):
                groups[groups.count - 1].append(index)
                compound[groups.count - 1] = false
                if let word { groupTie[groups.count - 1] = word }
            case .none:
                groups.append([index])
                groupTie.append(nil)
                compound.append(true)
            }
        }
        var result: [TiedActors] = []
        for (number, group) in groups.enumerated() where group.count >= 2 {
            guard let tieToken = groupTie[number] else { continue }
            let span = actors[group[0]].tokens.lowerBound..<actors[group[group.count - 1]].tokens.upperBound
            guard let (kind, at) = rule(for: span, tieToken: tieToken, compound: compound[number]) else { continue }
            let token = analyzed.tokens[at]
            var tied = group.map { (actors[$0], CooperationRole?.none) }
            if kind == .between, let mediator = mediator(actors, opener: at, parties: group) {
                tied.insert((actors[mediator], .mediator), at: 0)
            }
            result.append(TiedActors(actors: tied, tie: CooperationTie(kind: kind, start: token.start, end: token.end)))
        }
        result += withPairs(actors, groups)
        result += directedPairs(actors, groups)
        return result
    }

    /// How far after a directed word its partner may stand (*imposed fourteen packages of sanctions on Russia*).
    static let directedReach = 6
    /// How far after the directed word a partner with no preposition may stand (*compra gas russo*).
    static let bareReach = 3
    /// How far after the partner the object's sector cue may stand (*impone alla Russia sanzioni economiche*).
    static let directedCueReach = 3

    /// One actor acting on another (`CooperationCues.directed`): a seller and its buyer, a buyer and its
    /// seller, a sanctioning actor and its target. The initiator is the last actor before the word in its
    /// clause that opens it (its subject, with the actors coordinated with it); the partner is the first actor
    /// after the word, within `directedReach`, right after one of the cue's prepositions (*vende … all'Ucraina*,
    /// *sanctions on Iran*), or, for a cue that allows it, within `bareReach` with no preposition nor
    /// punctuation before it (*compra gas russo*, *buys Russian gas*). The record's sectors are the cues from
    /// the word to just after the partner, and without one there is no tie.
    private func directedPairs(_ actors: [CooperationPass.ActorMention], _ groups: [[Int]]) -> [TiedActors] {
        var result: [TiedActors] = []
        for index in tokens where !covered[index] {
            guard let cue = cues.directed.first(where: { $0.words.contains(key(index)) }) else { continue }
            let within = clause(of: index)
            let start = max(clauseStart(before: index), within.lowerBound)
            guard let initiator = actors.lastIndex(where: { $0.tokens.upperBound <= index && $0.tokens.lowerBound >= start
                      && opensClause($0.tokens.lowerBound) }),
                  let partner = actors.firstIndex(where: { $0.tokens.lowerBound > index }),
                  actors[partner].tokens.lowerBound <= index + SentenceReader.directedReach,
                  actors[partner].tokens.upperBound <= within.upperBound else { continue }
            let before = tokenBefore(actors[partner].tokens.lowerBound)
            let introduced = before.map { $0 > index && cue.prepositions.contains(key($0)) } ?? false
            let bare = cue.bare && actors[partner].tokens.lowerBound <= index + SentenceReader.bareReach
                && !(index + 1..<actors[partner].tokens.lowerBound).contains { i in
                    let token = analyzed.tokens[i]
                    return token.kind == .punctuation || token.kind == .elision || cues.prepositions.contains(token.key)
                }
            guard introduced || bare else { continue }
            let window = index..<min(within.upperBound, actors[partner].tokens.upperBound + SentenceReader.directedCueReach)
            guard sectorCues.contains(where: { $0.tokens.overlaps(window) && !isOwned($0.tokens) }) else { continue }
            let initiators = (groups.first { $0.contains(initiator) } ?? [initiator]).filter { actors[$0].tokens.upperBound <= index }
            let partners = (groups.first { $0.contains(partner) } ?? [partner]).filter { actors[$0].tokens.lowerBound > index
                && actors[$0].tokens.upperBound <= within.upperBound }
            let token = analyzed.tokens[index]
            result.append(TiedActors(actors: initiators.map { (actors[$0], .initiator) } + partners.map { (actors[$0], .partner) },
                                     tie: CooperationTie(kind: .directed, start: token.start, end: token.end), sectorWindow: window))
        }
        return result
    }

    /// How many tokens before *tra/between* a mediation word may stand (*brokered a deal between*).
    static let mediationReach = 3

    /// The actor that mediates the pair *tra/between* token `opener` introduces, when a mediation word stands
    /// just before it in its clause (*la Turchia ha mediato tra*, *Qatar's mediation between*, *brokered a deal
    /// between*): an actor between that word and the opener (*la mediazione del Qatar tra*), else the nearest
    /// actor before the word in its clause when it is no complement and no comma parts them (*Secondo la
    /// Russia, la mediazione tra…* reports, it does not mediate); never one of the parties.
    private func mediator(_ actors: [CooperationPass.ActorMention], opener: Int, parties: [Int]) -> Int? {
        let within = clause(of: opener)
        let earliest = max(within.lowerBound, opener - SentenceReader.mediationReach)
        guard let word = (earliest..<opener).reversed().first(where: { !covered[$0] && cues.mediation.contains(key($0)) }) else { return nil }
        let candidates = actors.indices.filter { !parties.contains($0) }
        if let inside = candidates.first(where: { actors[$0].tokens.lowerBound > word && actors[$0].tokens.upperBound <= opener }) { return inside }
        let start = clauseStart(before: word)
        guard let before = candidates.last(where: { actors[$0].tokens.upperBound <= word && actors[$0].tokens.lowerBound >= max(start, within.lowerBound) }),
              !isComplement(actors[before].tokens.lowerBound),
              !(actors[before].tokens.upperBound..<word).contains(where: { key($0) == "," }) else { return nil }
        return before
    }

    /// Which rule accepts a group over tokens `span`, and the token that shows it: a compound next to a cue
    /// or joint word; a pair after *tra/between*; a coordination opening its clause; a coordination next to
    /// a joint word.
    private func rule(for span: Range<Int>, tieToken: Int, compound: Bool) -> (CooperationTie.Kind, Int)? {
        let within = clause(of: span.lowerBound)
        if compound {
            let near = max(within.lowerBound, span.lowerBound - SentenceReader.compoundReach + 1)..<min(within.upperBound, span.upperBound + SentenceReader.compoundReach)
            let cueNear = sectorCues.contains { $0.tokens.overlaps(near) }
            return cueNear || near.contains(where: isJointWord) ? (.compound, tieToken) : nil
        }
        if let opener = tokenBefore(span.lowerBound), cues.between.contains(key(opener)) { return (.between, opener) }
        if opensClause(span.lowerBound) { return (.subject, tieToken) }
        let reach = SentenceReader.jointReach
        let near = max(within.lowerBound, span.lowerBound - reach - 1)..<min(within.upperBound, span.upperBound + reach + 1)
        if let joint = near.first(where: isJointWord) { return (.joint, joint) }
        return nil
    }

    /// A joint word of the language standing outside every mention.
    private func isJointWord(_ index: Int) -> Bool { !covered[index] && cues.joint.contains(key(index)) }

    /// *X … con Y*, *X … with Y*, where the phrase follows a sector cue or the sentence has a joint word: the
    /// nearest actor before it in its clause that is no complement (*the frontier with Afghanistan*, *per il
    /// Tagikistan*) initiates, the actor (or coordinated group) right after it, articles skipped, is the
    /// partner. An actor of an earlier clause (*… for loans, and his government keeps ties with Moscow*)
    /// is not the subject of the phrase: no initiator, no pair. Without one, the sentence's subject initiates
    /// a later clause that is only its cue (`sentenceSubject`), and an actor after *per/for* a phrase right
    /// after a joint word or cue (`beneficiary`).
    private func withPairs(_ actors: [CooperationPass.ActorMention], _ groups: [[Int]]) -> [TiedActors] {
        var result: [TiedActors] = []
        var cursor = tokens.lowerBound
        while cursor < tokens.upperBound {
            guard let phrase = cues.with.first(where: { matches($0, at: cursor) }) else { cursor += 1; continue }
            defer { cursor += phrase.count }
            let within = clause(of: cursor)
            let afterCue = sectorCues.contains { $0.tokens.lowerBound >= within.lowerBound && $0.tokens.upperBound <= cursor && cursor - $0.tokens.upperBound < 3 }
            var next = cursor + phrase.count
            while next < tokens.upperBound && cues.articles.contains(key(next)) { next += 1 }
            let clause = clauseStart(before: cursor)
            guard next < within.upperBound, let partner = actors.firstIndex(where: { $0.tokens.lowerBound == next }) else { continue }
            let partners = groups.first { $0.contains(partner) } ?? [partner]
            let partnerEnd = actors[partners.last!].tokens.upperBound
            let shares = afterCue || within.contains(where: isJointWord) || objectCue(after: partnerEnd, in: within)
            guard let initiator = shares ? actors.lastIndex(where: { $0.tokens.upperBound <= cursor && $0.tokens.lowerBound >= clause
                      && !isComplement($0.tokens.lowerBound) })
                      ?? sentenceSubject(actors, ifClause: clause, opensOnCueBefore: cursor) ?? beneficiary(actors, from: clause, before: cursor)
                      ?? frontedSubject(actors, phrase: cursor, partnerEnd: partnerEnd, in: within)
                      : frontedSubject(actors, phrase: cursor, partnerEnd: partnerEnd, in: within)
            else { continue }
            result.append(TiedActors(actors: [(actors[initiator], .initiator)] + partners.map { (actors[$0], .partner) },
                                     tie: CooperationTie(kind: .with, start: analyzed.tokens[cursor].start,
                                                         end: analyzed.tokens[cursor + phrase.count - 1].end)))
        }
        return result
    }

    /// How many words besides articles may stand between a *with* partner and the cue of what they share
    /// (*is building with Azerbaijan a new gas pipeline*).
    static let objectCueGap = 1

    /// Whether a sector cue follows the *con/with* partner ending at token `end` as the object the two share
    /// (*costruisce con l'Azerbaigian un gasdotto*, *is building with Azerbaijan a gas pipeline*): articles
    /// and up to `objectCueGap` other words between, no punctuation, preposition or coordinator.
    private func objectCue(after end: Int, in within: Range<Int>) -> Bool {
        guard let cue = sectorCues.filter({ $0.tokens.lowerBound >= end && $0.tokens.upperBound <= within.upperBound })
            .min(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }), !isOwned(cue.tokens) else { return false }
        var others = 0
        for index in end..<cue.tokens.lowerBound {
            let token = analyzed.tokens[index]
            if cues.articles.contains(token.key) { continue }
            guard token.kind == .word, !covered[index], !cues.prepositions.contains(token.key), !cues.coordinators.contains(token.key)
            else { return false }
            others += 1
        }
        return others <= SentenceReader.objectCueGap
    }

    /// The subject after a *con/with* phrase that opens its clause and ends on a comma (*Con la Turchia,
    /// invece, Astana ha scelto la coproduzione*, *With Turkey, Astana chose co-production*): the first actor
    /// after the comma, when it opens its clause and a sector cue follows it in the clause.
    private func frontedSubject(_ actors: [CooperationPass.ActorMention], phrase: Int, partnerEnd: Int, in within: Range<Int>) -> Int? {
        if phrase > within.lowerBound {
            let before = analyzed.tokens[phrase - 1]
            guard before.kind == .punctuation || cues.coordinators.contains(before.key) || cues.clauseOpeners.contains(before.key)
            else { return nil }
        }
        guard partnerEnd < within.upperBound, key(partnerEnd) == ",",
              let subject = actors.firstIndex(where: { $0.tokens.lowerBound > partnerEnd }),
              actors[subject].tokens.upperBound <= within.upperBound, opensClause(actors[subject].tokens.lowerBound),
              sectorCues.contains(where: { $0.tokens.lowerBound >= actors[subject].tokens.upperBound && $0.tokens.upperBound <= within.upperBound })
        else { return nil }
        return subject
    }

    /// The actor opening the sentence, when the later clause `clause..<phrase` holds nothing but its sector
    /// cue, joint words and articles before the *con/with* phrase (*Astana bought trucks, and energy
    /// cooperation with Beijing grew*): the cue is that clause's subject, and the sentence's subject holds it.
    /// A clause with a subject of its own (*…, and the ministry keeps energy ties with Tehran*) has none.
    private func sentenceSubject(_ actors: [CooperationPass.ActorMention], ifClause clause: Int, opensOnCueBefore phrase: Int) -> Int? {
        guard clause > tokens.lowerBound, let first = actors.first, first.tokens.upperBound <= clause,
              wordBeforePhrase(first.tokens.lowerBound) == nil,
              self.clause(of: first.tokens.lowerBound).contains(phrase) else { return nil }
        var index = clause
        if cues.coordinators.contains(key(index)) || cues.clauseOpeners.contains(key(index)) { index += 1 }
        var sawCue = false
        while index < phrase {
            if let cue = sectorCues.first(where: { $0.tokens.contains(index) }) {
                sawCue = true
                index = cue.tokens.upperBound
            } else if cues.articles.contains(key(index)) || isJointWord(index) {
                index += 1
            } else {
                return nil
            }
        }
        return sawCue ? 0 : nil
    }

    /// The actor served by the clause (*per il Tagikistan la collaborazione con la Cina*, *for Dushanbe, joint
    /// drills with Moscow*): the nearest before `phrase` in the clause that follows a beneficiary preposition,
    /// when the *con/with* phrase comes right after a joint word or a sector cue; *for Dushanbe, the frontier
    /// with Kabul* names no shared field and ties nobody.
    private func beneficiary(_ actors: [CooperationPass.ActorMention], from clause: Int, before phrase: Int) -> Int? {
        guard phrase > tokens.lowerBound, isJointWord(phrase - 1) || sectorCues.contains(where: { $0.tokens.contains(phrase - 1) }) else { return nil }
        return actors.lastIndex { actor in
            guard actor.tokens.upperBound <= phrase, actor.tokens.lowerBound >= clause,
                  let before = wordBeforePhrase(actor.tokens.lowerBound) else { return false }
            return cues.beneficiary.contains(key(before))
        }
    }

    /// The first token of the clause holding token `index`: after the nearest semicolon or colon before it,
    /// or the coordinator or clause opener that follows a comma (*…, and*, *…, while*, *…, e*, *…, mentre*);
    /// the sentence's first token when there is none.
    private func clauseStart(before index: Int) -> Int {
        var cursor = index - 1
        while cursor > tokens.lowerBound {
            let word = key(cursor)
            if isClauseBreak(cursor) { return cursor + 1 }
            if isClauseBreak(cursor - 1) { return cursor }
            if key(cursor - 1) == ",", cues.coordinators.contains(word) || cues.clauseOpeners.contains(word) { return cursor }
            cursor -= 1
        }
        return tokens.lowerBound
    }

    /// The sector cues a tie's record names: those within `sectorReach` tokens of its actors, else the nearest;
    /// never a cue after a possessive of one owner (*its energy infrastructure*, *la sua energia*), which names
    /// one actor's own field, not a shared one.
    func sectors(near tied: TiedActors, actorTokens: [Range<Int>]) -> [Int] {
        let lower = actorTokens.map(\.lowerBound).min()!, upper = actorTokens.map(\.upperBound).max()!
        func distance(_ cue: Range<Int>) -> Int {
            cue.upperBound <= lower ? lower - cue.upperBound : cue.lowerBound >= upper ? cue.lowerBound - upper : 0
        }
        if let window = tied.sectorWindow {
            return sectorCues.filter { $0.tokens.overlaps(window) && !isOwned($0.tokens) }.map(\.mention)
        }
        let clauses = actorTokens.map { clause(of: $0.lowerBound) }
        let shared = sectorCues.filter { cue in
            !isOwned(cue.tokens) && clauses.contains { $0.lowerBound <= cue.tokens.lowerBound && cue.tokens.upperBound <= $0.upperBound }
        }
        let near = shared.filter { distance($0.tokens) <= SentenceReader.sectorReach }.map(\.mention)
        if !near.isEmpty { return coordinated(with: near, among: shared) }
        return coordinated(with: shared.min { distance($0.tokens) < distance($1.tokens) }.map { [$0.mention] } ?? [], among: shared)
    }

    /// How many words besides coordinators, commas and articles may stand between two coordinated cues
    /// (*più commercio e nuovi collegamenti stradali*).
    static let coordinatedCueGap = 2

    /// The cues `chosen` (mention indices) and every cue of `shared` coordinated with one of them, in a chain:
    /// a coordinator between the two, with commas, articles and up to `coordinatedCueGap` other words
    /// (*hanno promesso più commercio e nuovi collegamenti stradali*, *trade and new roads*); the record of one
    /// is the record of all.
    private func coordinated(with chosen: [Int], among shared: [(mention: Int, tokens: Range<Int>)]) -> [Int] {
        guard !chosen.isEmpty else { return [] }
        let ordered = shared.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var taken = Set(chosen)
        func joined(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
            guard a.upperBound <= b.lowerBound else { return false }
            var coordinator = false, others = 0
            for index in a.upperBound..<b.lowerBound {
                let word = key(index)
                if cues.coordinators.contains(word) { coordinator = true } else if word == "," || cues.articles.contains(word) { continue }
                else if analyzed.tokens[index].kind == .word && !covered[index] { others += 1 } else { return false }
            }
            return coordinator && others <= SentenceReader.coordinatedCueGap
        }
        var changed = true
        while changed {
            changed = false
            for pair in zip(ordered, ordered.dropFirst()) where taken.contains(pair.0.mention) != taken.contains(pair.1.mention) {
                if joined(pair.0.tokens, pair.1.tokens) {
                    taken.insert(pair.0.mention)
                    taken.insert(pair.1.mention)
                    changed = true
                }
            }
        }
        return chosen + ordered.map(\.mention).filter { taken.contains($0) && !chosen.contains($0) }
    }

    /// Whether the cue over `cue` follows a possessive of one owner.
    private func isOwned(_ cue: Range<Int>) -> Bool {
        cue.lowerBound > tokens.lowerBound && cues.ownerPossessives.contains(key(cue.lowerBound - 1))
    }

    private func matches(_ phrase: [String], at index: Int) -> Bool {
        guard index + phrase.count <= tokens.upperBound else { return false }
        return phrase.indices.allSatisfy { key(index + $0) == phrase[$0] }
    }

    /// The token before `index` in the sentence, articles skipped.
    private func tokenBefore(_ index: Int) -> Int? {
        var cursor = index - 1
        while cursor >= tokens.lowerBound && cues.articles.contains(key(cursor)) { cursor -= 1 }
        return cursor >= tokens.lowerBound ? cursor : nil
    }

    /// Whether a group starting at token `index` is the subject of its clause: after the sentence's start,
    /// punctuation, a number, a coordinator or a clause opener (*mentre*, *while*), up to two other words
    /// between (*dieci navi russe e cinesi*); never after a preposition (*da Russia e Cina*, *across
    /// Uzbekistan and Kazakhstan*) unless the words between say when (*Da anni Cina e Kazakhstan…*, *In recent
    /// years China and…*, *A marzo…*): a fronted adverbial of time.
    private func opensClause(_ index: Int) -> Bool {
        switch wordBeforePhrase(index) {
        case nil: return true
        case let before?:
            let token = analyzed.tokens[before]
            if token.kind == .punctuation || token.kind == .number { return true }
            if cues.prepositions.contains(token.key) || token.kind == .elision {
                return ((before + 1)..<index).contains { cues.timeWords.contains(analyzed.tokens[$0].key) }
            }
            return cues.coordinators.contains(token.key) || cues.clauseOpeners.contains(token.key)
        }
    }


    /// Whether the noun phrase holding token `index` follows a preposition (*of the old Soviet frontier*,
    /// *per il Tagikistan*).
    private func isComplement(_ index: Int) -> Bool {
        guard let before = wordBeforePhrase(index) else { return false }
        let token = analyzed.tokens[before]
        return token.kind == .elision || cues.prepositions.contains(token.key)
    }

    /// The token before the noun phrase holding token `index`: articles and up to two other words skipped,
    /// stopping at punctuation, a number, a preposition, a coordinator or a clause opener; `nil` at the
    /// sentence's start.
    private func wordBeforePhrase(_ index: Int) -> Int? {
        var cursor = index - 1
        var skipped = 0
        while cursor >= tokens.lowerBound {
            let token = analyzed.tokens[cursor]
            if cues.articles.contains(token.key) { cursor -= 1; continue }
            let stops = token.kind != .word || cues.prepositions.contains(token.key) || cues.coordinators.contains(token.key)
                || cues.clauseOpeners.contains(token.key)
            if stops || skipped == 2 { return cursor }
            skipped += 1
            cursor -= 1
        }
        return nil
    }

    /// Whether a negator (*non*, *mai*, *not*, *never*, *no*, *n't*) stands between a tie's actors and the
    /// sector cue `cue` (a mention index), or just before the actors and the word that ties them (*no
    /// agreement between X and Y*), in the actors' clause: the sentence says the cooperation did not happen.
    /// A negator opening a phrase that negates nothing (*non solo*, *not only*) does not count.
    func negates(_ tied: TiedActors, cue: Int) -> Bool {
        guard let cueTokens = sectorCues.first(where: { $0.mention == cue })?.tokens,
              let first = tied.actors.map(\.actor.tokens.lowerBound).min() else { return false }
        let last = tied.actors.map(\.actor.tokens.upperBound).max()!
        let all = analyzed.tokens
        var low = min(first, cueTokens.lowerBound)
        if let tieToken = tokens.first(where: { all[$0].start == tied.tie.start }) { low = min(low, tieToken) }
        let within = clause(of: first)
        let window = max(within.lowerBound, low - SentenceReader.negationReach)..<min(within.upperBound, max(last, cueTokens.upperBound))
        return window.contains { index in
            cues.isNegator(key(index)) && !covered[index] && !isInside(cues.negationExceptions, index)
        }
    }

    /// How many tokens before a tie's actors and tying word a negator still negates it (*no agreement between*).
    static let negationReach = 2

    /// Sanctions on the sanctions sector; else conflict, tension or cooperation by the sentence's words.
    func polarity(sector: EntityID) -> CooperationPolarity {
        if sector == "sector:sanctions" { return .sanctions }
        if tokens.contains(where: { cues.conflict.contains(key($0)) && !isInside(cues.polarityExceptions, $0) }) { return .conflict }
        if tokens.contains(where: { cues.tension.contains(key($0)) && !isInside(cues.polarityExceptions, $0) }) { return .tension }
        return .cooperation
    }

    /// Whether token `index` is a word of one of `phrases` as the sentence writes it (*guerra* of *giochi di
    /// guerra*).
    private func isInside(_ phrases: [[String]], _ index: Int) -> Bool {
        phrases.contains { phrase in
            phrase.indices.contains { offset in
                phrase[offset] == key(index) && index - offset >= tokens.lowerBound && matches(phrase, at: index - offset)
            }
        }
    }

    /// The first year (1900–2099) the sentence states.
    func year() -> String? {
        for index in tokens {
            let token = analyzed.tokens[index]
            if token.kind == .number, token.key.utf8.count == 4, let year = Int(token.key), (1900...2099).contains(year) { return token.key }
        }
        return nil
    }
}
