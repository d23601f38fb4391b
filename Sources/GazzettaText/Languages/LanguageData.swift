import GazzettaModel
import Synchronization

/// What Gazzetta knows about one language, as data: each language keeps its lists in its own folder
/// (`Languages/it/`, `Languages/en/`), and the algorithms read them from here, never testing for a language.
public struct LanguageData: Sendable {
    /// The language.
    public let language: Language
    /// The ICU locale for break iterators.
    public let locale: String
    /// Frequent function words (matching keys), for language identification and lexicon linting.
    public let stopWords: Set<String>
    /// Elided articles and prepositions, as keys ending in `'` (`dell'`, `l'`): split off the word they cling to.
    public let elisions: Set<String>
    /// Elided articles and prepositions as they look when an export lost the apostrophe (`dell` of *dellAsia*),
    /// longest first: split off a capitalised known word they are glued to.
    public let gluedElisions: [String]
    /// Clitic endings split off a word, as keys (`'s` of *China's*).
    public let clitics: [String]
    /// Abbreviations (keys, without their final period) that do not end a sentence (`cfr`, `ecc`).
    public let abbreviations: Set<String>
    /// Rules that inflect a masculine-singular adjective into its other forms; longest suffix first.
    public let adjectiveInflection: [InflectionRule]
    /// Common words (keys) that are also names somewhere (*stato*, *unione*, *nato*, *turkey*): an alias
    /// that folds to one of them needs a case rule, or it would match the common word.
    public let commonWords: Set<String>
    /// Role titles (keys joined by spaces) and the role they name (`ministro della difesa` → `defence-minister`),
    /// for reading *il Ministro della difesa kazakho* as the person who held the role.
    public let roleTitles: [String: String]
    /// Words (keys) that join a title to the country it is held in (*Presidente del Kazakhstan*, *President of*).
    public let roleConnectors: Set<String>
    /// Words (keys) that make the title after them a former office (*l'ex premier*, *the former foreign
    /// minister*, *l'allora presidente*): such a title is not read as a holder.
    public let formerOfficeWords: Set<String>
    /// Month names (keys), January first, each with its abbreviations, for reading dates.
    public let monthNames: [[String]]
    /// Prepositions (keys) that put the next place name in a locative reading (*a Pechino*, *in Moscow*):
    /// there a capital is a place, not the government seated in it.
    public let locativePrepositions: Set<String>
    /// Words (keys) after which one of those prepositions brings a recipient, not a place (*il sostegno a
    /// Mosca*, *legato a Mosca*, *support to Moscow*, *sold to Beijing*): a capital after them stands for its
    /// government again.
    public let recipientGovernors: Set<String>
    /// The words that give away names the lexicon lacks (titles, designators, particles).
    public let nameCues: NameCues
    /// Rules that give a noun its plural (English *exercise* → *exercises*), longest suffix first: with the
    /// adjective rules, what a `~` word of a sector cue pattern expands to.
    public let nounPlurals: [InflectionRule]
    /// The words that tie actors together in a cooperation record (coordinators, *tra*, *con*, *joint*) and
    /// the words that set its polarity.
    public let cooperationCues: CooperationCues
    /// Phrases (keys) whose last words are a sector cue elsewhere but name no sector in them: a utility's
    /// price is no trade policy (*gas tariffs*, *electricity tariffs*), a chief of intelligence is a person
    /// (*capo dell'intelligence*). The other cues inside (*gas*) stay.
    public let notCuePhrases: [[String]]
    /// Phrases (keys) whose first words are a sector cue elsewhere but name no sector in them: an intelligence
    /// chief or service is a person or a body, not intelligence sharing (*intelligence chief*, *intelligence
    /// militare*).
    public let notCueHeadPhrases: [[String]]

    /// Language data; `gluedElisions`, `adjectiveInflection` and `nounPlurals` are re-sorted longest first.
    public init(language: Language, locale: String, stopWords: Set<String>, elisions: Set<String>,
                gluedElisions: [String] = [], clitics: [String], abbreviations: Set<String>, adjectiveInflection: [InflectionRule],
                commonWords: Set<String>, roleTitles: [String: String], roleConnectors: Set<String>,
                monthNames: [[String]], locativePrepositions: Set<String>, nounPlurals: [InflectionRule] = [],
                cooperationCues: CooperationCues = CooperationCues(), nameCues: NameCues = NameCues(),
                notCuePhrases: [[String]] = [], notCueHeadPhrases: [[String]] = [], recipientGovernors: Set<String> = [],
                formerOfficeWords: Set<String> = []) {
        self.language = language
        self.locale = locale
        self.stopWords = stopWords
        self.elisions = elisions
        self.gluedElisions = gluedElisions.sorted { $0.count > $1.count }
        self.clitics = clitics
        self.abbreviations = abbreviations
        self.adjectiveInflection = adjectiveInflection.sorted { $0.suffix.count > $1.suffix.count }
        self.commonWords = commonWords
        self.roleTitles = roleTitles
        self.roleConnectors = roleConnectors
        self.monthNames = monthNames
        self.locativePrepositions = locativePrepositions
        self.nounPlurals = nounPlurals.sorted { $0.suffix.count > $1.suffix.count }
        self.cooperationCues = cooperationCues
        self.nameCues = nameCues
        self.notCuePhrases = notCuePhrases
        self.notCueHeadPhrases = notCueHeadPhrases
        self.recipientGovernors = recipientGovernors
        self.formerOfficeWords = formerOfficeWords
    }

    /// `roleTitles` with each title split into its keys (*ministro della difesa* → three keys).
    public var roleTitleKeys: [(keys: [String], role: String)] {
        roleTitles.map { (phrase, role) in (phrase.split(separator: " ").map(String.init), role) }
    }

    /// Every registered language's function words, as keys (long forms mix languages: *Quadrilateral … and
    /// …*). Like the two tables below, read once: register languages before building annotators.
    public static let allStopWords: Set<String> = Language.allCases.reduce(into: []) { $0.formUnion(of($1).stopWords) }

    /// Every language's last words of an organisation's name, as keys: names are quoted across languages
    /// (*Clingendael Institute* in an Italian text).
    public static let allOrganisationTails: Set<String> = Language.allCases.reduce(into: []) {
        $0.formUnion(of($1).nameCues.organisationTails)
    }

    /// Every language's common words, as keys (aliases match in texts of any language).
    public static let allCommonWords: Set<String> = Language.allCases.reduce(into: []) { $0.formUnion(of($1).commonWords) }

    /// Keys an alias may not take without a case rule: common words and function words of any language.
    public static let wordsNeedingCaseRule: Set<String> = allCommonWords.union(allStopWords)

    /// The data of `language` (a registered language always has data).
    public static func of(_ language: Language) -> LanguageData {
        guard let data = registry.withLock({ $0[language] }) else {
            preconditionFailure("language \(language) is registered without data")
        }
        return data
    }

    /// Registers a language: its code becomes a `Language`, and its data what every stage reads for it.
    /// This is the one registry entry a new language needs beside its data folder.
    public static func register(_ data: LanguageData) {
        // The data first, then the code: a stage listing the registered languages never meets one without data.
        registry.withLock { $0[data.language] = data }
        Language.register(code: data.language.rawValue)
    }

    /// The languages' data, by language: Italian and English from the start.
    private static let registry = Mutex<[Language: LanguageData]>([.italian: .italian, .english: .english])

    /// The other forms of adjective `form` by the first (longest) rule whose suffix it ends with.
    public func inflect(_ form: String) -> [String] {
        guard let rule = adjectiveInflection.first(where: { form.hasSuffix($0.suffix) && form.count > $0.suffix.count })
        else { return [] }
        let stem = form.dropLast(rule.suffix.count)
        return rule.replacements.map { stem + $0 }
    }

    /// The forms a `~` word of a sector cue pattern stands for: the word, its adjective forms and its plural,
    /// each once, in that order.
    public func inflectedForms(_ word: String) -> [String] {
        var forms = [word]
        for form in inflect(word) where !forms.contains(form) { forms.append(form) }
        if let rule = nounPlurals.first(where: { word.hasSuffix($0.suffix) && word.count > $0.suffix.count }) {
            let stem = word.dropLast(rule.suffix.count)
            for ending in rule.replacements where !forms.contains(stem + ending) { forms.append(stem + ending) }
        }
        return forms
    }
}

/// Replace `suffix` with each of `replacements`: `o` → `a`, `i`, `e`.
public struct InflectionRule: Sendable, Hashable {
    /// The ending replaced (`o`).
    public let suffix: String
    /// The endings put in its place, one form each (`a`, `i`, `e`).
    public let replacements: [String]

    /// A rule replacing `suffix` with each of `replacements`.
    public init(_ suffix: String, _ replacements: [String]) {
        self.suffix = suffix
        self.replacements = replacements
    }
}
