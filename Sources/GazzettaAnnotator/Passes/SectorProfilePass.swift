import GazzettaModel

/// The document's sector profile: which sectors its cues name, how strongly (share of all cues) and where
/// (the evidence sentences), strongest first.
struct SectorProfilePass: ResolutionPass {
    let name = "sector-profile"

    func apply(to state: inout ResolutionState) {
        state.sectors = SectorProfilePass.profile(state.mentions)
    }

    /// Sectors by cue count, strongest first (ties by id).
    static func profile(_ mentions: [Mention]) -> [SectorProfileEntry] {
        var counts: [EntityID: Int] = [:]
        var sentences: [EntityID: Set<Int>] = [:]
        // By index: a `for mention in` loop copies every mention, all its strings retained.
        for index in mentions.indices where mentions[index].type == .sector {
            counts[mentions[index].entity, default: 0] += 1
            sentences[mentions[index].entity, default: []].insert(mentions[index].sentence)
        }
        let total = Double(counts.values.reduce(0, +))
        return counts.keys.sorted { (counts[$0]!, $1) > (counts[$1]!, $0) }.map { sector in
            // Weights carry the three decimals the wire format writes, so a document read back equals itself.
            SectorProfileEntry(sector: sector, mentions: counts[sector]!, weight: (Double(counts[sector]!) / total * 1000).rounded() / 1000,
                               sentences: sentences[sector]!.sorted())
        }
    }
}
