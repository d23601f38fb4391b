import GazzettaText

/// The cue lists of `NameCues` a matching key belongs to, as bits.
///
/// The unknown-name rules ask a dozen questions of each token (*is it a designator? a connector? a function
/// word?*); asked of `Set<String>`s, each question hashed the key again, and that hashing was most of the
/// discovery pass's time. A document's tokens are looked up once in a `CueWords` table instead, and every
/// question is then a bit test.
struct CueWord: OptionSet, Sendable, Hashable {
    let rawValue: UInt64

    static let personTitles = CueWord(rawValue: 1 << 0)
    static let quoteCues = CueWord(rawValue: 1 << 1)
    static let organisationHeads = CueWord(rawValue: 1 << 2)
    static let organisationTails = CueWord(rawValue: 1 << 3)
    static let lowercaseOrganisationHeads = CueWord(rawValue: 1 << 4)
    static let lowercaseOrganisationTails = CueWord(rawValue: 1 << 5)
    static let clubHeads = CueWord(rawValue: 1 << 6)
    static let clubTails = CueWord(rawValue: 1 << 7)
    static let clubArticles = CueWord(rawValue: 1 << 8)
    static let placeHeads = CueWord(rawValue: 1 << 9)
    static let placeTails = CueWord(rawValue: 1 << 10)
    static let administrativeDesignators = CueWord(rawValue: 1 << 11)
    static let lowercasePlaceHeads = CueWord(rawValue: 1 << 12)
    static let placeHeadComplements = CueWord(rawValue: 1 << 13)
    static let unitDesignators = CueWord(rawValue: 1 << 14)
    static let nameConnectors = CueWord(rawValue: 1 << 15)
    static let nameArticles = CueWord(rawValue: 1 << 16)
    static let nameCoordinators = CueWord(rawValue: 1 << 17)
    static let realmConnectors = CueWord(rawValue: 1 << 18)
    static let seatConnectors = CueWord(rawValue: 1 << 19)
    static let nameParticles = CueWord(rawValue: 1 << 20)
    static let genericNameWords = CueWord(rawValue: 1 << 21)
    static let officeHeads = CueWord(rawValue: 1 << 22)
    static let bylineCues = CueWord(rawValue: 1 << 23)
    static let neverNames = CueWord(rawValue: 1 << 24)
    /// A function word of any language (`LanguageData.allStopWords`).
    static let stopWords = CueWord(rawValue: 1 << 25)
    /// Never a personal name's word (`NameShapes.notNameParts(_:)`).
    static let notNameParts = CueWord(rawValue: 1 << 26)
    /// A first-level region's designator (`NameCues.regionDesignators`).
    static let regionDesignators = CueWord(rawValue: 1 << 27)
    static let clubContextsAfter = CueWord(rawValue: 1 << 28)
    static let clubContextsBefore = CueWord(rawValue: 1 << 29)
    static let eventTails = CueWord(rawValue: 1 << 30)
    static let eventHeads = CueWord(rawValue: 1 << 31)
    static let clubNouns = CueWord(rawValue: 1 << 32)
    static let matchVerbs = CueWord(rawValue: 1 << 33)
    static let matchConnectors = CueWord(rawValue: 1 << 34)
    static let compassAdjectives = CueWord(rawValue: 1 << 35)
    static let designatorComplements = CueWord(rawValue: 1 << 36)
    static let placesWithArticle = CueWord(rawValue: 1 << 37)
}

/// One language's cue words with the lists each belongs to: built once per language, read once per token.
/// The words are a `KeyTable` (a byte hash and one probe, not SipHash), their lists an array beside it.
struct CueWords: Sendable {
    private let keys: KeyTable
    private let lists: [CueWord]
    /// The first UTF-8 bytes the words begin with, as 256 bits: a punctuation mark or a number (most tokens
    /// that are no word) is answered by one bit test, without hashing.
    private let firstBytes: (UInt64, UInt64, UInt64, UInt64)

    /// The table of `cues`, every language's function words and the keys never in a personal name.
    init(_ cues: NameCues, stopWords: Set<String>, notNameParts: Set<String>) {
        let lists: [(Set<String>, CueWord)] = [
            (cues.personTitles, .personTitles), (cues.quoteCues, .quoteCues),
            (cues.organisationHeads, .organisationHeads), (cues.organisationTails, .organisationTails),
            (cues.lowercaseOrganisationHeads, .lowercaseOrganisationHeads),
            (cues.lowercaseOrganisationTails, .lowercaseOrganisationTails),
            (cues.clubHeads, .clubHeads), (cues.clubTails, .clubTails), (cues.clubArticles, .clubArticles),
            (cues.placeHeads, .placeHeads), (cues.placeTails, .placeTails),
            (cues.administrativeDesignators, .administrativeDesignators),
            (cues.lowercasePlaceHeads, .lowercasePlaceHeads), (cues.placeHeadComplements, .placeHeadComplements),
            (cues.unitDesignators, .unitDesignators), (cues.nameConnectors, .nameConnectors),
            (cues.nameArticles, .nameArticles), (cues.nameCoordinators, .nameCoordinators),
            (cues.realmConnectors, .realmConnectors), (cues.seatConnectors, .seatConnectors),
            (cues.nameParticles, .nameParticles), (cues.genericNameWords, .genericNameWords),
            (cues.officeHeads, .officeHeads), (cues.bylineCues, .bylineCues), (cues.neverNames, .neverNames),
            (cues.regionDesignators, .regionDesignators), (stopWords, .stopWords), (notNameParts, .notNameParts),
            (cues.clubContextsAfter, .clubContextsAfter), (cues.clubContextsBefore, .clubContextsBefore),
            (cues.eventTails, .eventTails), (cues.eventHeads, .eventHeads),
            (cues.clubNouns, .clubNouns), (cues.matchVerbs, .matchVerbs), (cues.matchConnectors, .matchConnectors),
            (cues.compassAdjectives, .compassAdjectives), (cues.designatorComplements, .designatorComplements),
            (cues.placesWithArticle, .placesWithArticle),
        ]
        var table: [String: CueWord] = [:]
        for (keys, bit) in lists {
            for key in keys { table[key, default: []].insert(bit) }
        }
        let words = table.keys.sorted()
        keys = KeyTable(words)
        self.lists = words.map { table[$0]! }
        var bits: [UInt64] = [0, 0, 0, 0]
        for word in words {
            guard let first = word.utf8.first else { continue }
            bits[Int(first >> 6)] |= 1 << UInt64(first & 63)
        }
        firstBytes = (bits[0], bits[1], bits[2], bits[3])
    }

    /// Whether some word begins with `byte`.
    @inline(__always)
    private func mayBeginWith(_ byte: UInt8) -> Bool {
        let word: UInt64
        switch byte >> 6 {
        case 0: word = firstBytes.0
        case 1: word = firstBytes.1
        case 2: word = firstBytes.2
        default: word = firstBytes.3
        }
        return word & (1 << UInt64(byte & 63)) != 0
    }

    /// The lists `key` belongs to; empty for a word that is no cue.
    ///
    /// - Complexity: O(k) in the key's length, expected: one hash of its bytes.
    subscript(key: String) -> CueWord {
        if let first = key.utf8.first, !mayBeginWith(first) { return [] }
        return keys.index(of: key).map { lists[Int($0)] } ?? []
    }
}
