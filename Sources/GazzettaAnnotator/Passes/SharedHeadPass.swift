import GazzettaLexicon
import GazzettaModel
import GazzettaText

/// Reads a country adjective coordinated with a state's armed forces as the armed forces of its own state,
/// by the head the two share: *le Forze Armate cinesi e kazakhe* names China's and Kazakhstan's forces, and so
/// does *Chinese and Kazakh armed forces*. The adjective's mention becomes an actor, the other state's armed
/// forces (`military:CC`, when the lexicon has them), its country kept as an alternative (`shared-head`).
///
/// Which side the adjective stands on is the language's word order (`CooperationCues.adjectivesFollowTheirNoun`):
/// an English adjective after *and* belongs to the next noun (*the Russian Armed Forces and Chinese officials*).
struct SharedHeadPass: ResolutionPass {
    let name = "shared-head"
    let lexicon: Lexicon

    /// - Complexity: O(m log t): each mention looks at the next one and finds the token between by bisection.
    func apply(to state: inout ResolutionState) {
        let cues = LanguageData.of(state.analyzed.language).cooperationCues
        guard !cues.coordinators.isEmpty, state.mentions.count >= 2 else { return }
        for index in 0..<(state.mentions.count - 1) {
            let (forces, adjective) = cues.adjectivesFollowTheirNoun ? (index, index + 1) : (index + 1, index)
            // The type checks first: few mentions are armed forces, and only those pairs need the tokens.
            guard isArmedForce(state.mentions[forces]), isCountryAdjective(state.mentions[adjective]),
                  isCoordinated(state.mentions[index], state.mentions[index + 1], state.analyzed, cues.coordinators) else { continue }
            retarget(adjective, sharingTheHeadOf: forces, &state)
        }
    }

    private func isArmedForce(_ mention: Mention) -> Bool {
        mention.type == .actor && mention.role == .name && mention.entity.isKind(.military)
    }

    private func isCountryAdjective(_ mention: Mention) -> Bool {
        mention.type == .place && mention.role == .adjective && mention.entity.isKind(.country)
    }

    /// Whether one coordinator (*e*, *and*) and nothing else stands between `first` and `second`, in one sentence.
    private func isCoordinated(_ first: Mention, _ second: Mention, _ analyzed: AnalyzedText, _ coordinators: Set<String>) -> Bool {
        guard first.sentence == second.sentence else { return false }
        let tokens = analyzed.tokens
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].start < first.end { low = middle + 1 } else { high = middle }
        }
        guard low + 1 < tokens.count, tokens[low + 1].start == second.start else { return false }
        return coordinators.contains(tokens[low].key)
    }

    private func retarget(_ adjective: Int, sharingTheHeadOf forces: Int, _ state: inout ResolutionState) {
        let head = state.mentions[forces], word = state.mentions[adjective]
        let forcesOfWord = EntityID(.military, String(word.entity.slug))
        guard word.entity != head.entity.country, let position = lexicon.locate(forcesOfWord) else { return }
        state.mentions[adjective].alternatives.insert(Alternative(entity: word.entity, reason: .sharedHead), at: 0)
        state.mentions[adjective].type = .actor
        state.mentions[adjective].entity = EntityID(forcesOfWord, lexiconPosition: position)
    }
}
