import GazzettaModel

extension Mention {
    /// The sector ids each sentence's cues name, by sentence index: the grouping that cooperation records
    /// and the entity–sector co-occurrence of a corpus summary are both built on.
    ///
    /// - Complexity: O(m) in the number of mentions.
    public static func sectorsBySentence(_ mentions: [Mention]) -> [Int: Set<EntityID>] {
        var sectors: [Int: Set<EntityID>] = [:]
        for index in mentions.indices where mentions[index].type == .sector {
            sectors[mentions[index].sentence, default: []].insert(mentions[index].entity)
        }
        return sectors
    }
}

extension AnnotatedDocument {
    /// How many sentences name each actor or place together with each sector, keyed `entity|sector`.
    public var sectorCooccurrence: [String: Int] {
        let sectors = Mention.sectorsBySentence(mentions)
        guard !sectors.isEmpty else { return [:] }
        var named: [Int: Set<EntityID>] = [:]
        for index in mentions.indices where mentions[index].type == .actor || mentions[index].type == .place {
            guard sectors[mentions[index].sentence] != nil else { continue }
            named[mentions[index].sentence, default: []].insert(mentions[index].entity)
        }
        var counts: [String: Int] = [:]
        for (sentence, entities) in named {
            for entity in entities { for sector in sectors[sentence]! { counts[entity.rawValue + "|" + sector.rawValue, default: 0] += 1 } }
        }
        return counts
    }
}
