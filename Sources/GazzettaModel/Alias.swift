/// A surface form that names an entity, in one language or in any.
public struct Alias: Hashable, Sendable, Codable {
    /// How text may differ in case from `form` and still match.
    public enum CaseRule: String, Hashable, Sendable, Codable {
        /// Exactly the case written (acronyms: `NATO` must not match *nato*).
        case exact
        /// Any case.
        case fold
        /// The first letter must be a capital (aliases that are also common words: *Unione*).
        case capitalized = "cap"
    }

    /// The form as written in the lexicon (or generated from it by inflection).
    public var form: String
    /// The language of the form; `nil` for any language (personal names, acronyms used in both).
    public var language: Language?
    /// The role a mention of this form plays.
    public var role: MentionRole
    /// The case rule of this form.
    public var caseRule: CaseRule
    /// Whether the form only matches right before a hyphen (*sino* in *sino-kazakha*).
    public var isPrefix: Bool
    /// Whether the form only links after a full mention of the entity in the same document (surnames).
    public var needsAntecedent: Bool
    /// Whether the form may match in a line written all in capitals (`USA [nocaps]`: in *LA RUSSIA USA IL
    /// GAS* it is the verb).
    public var allowedInCapitals: Bool
    /// Whether the lexicon marks the form as also a frequent common word (`Reading [word]`): it then matches
    /// only with a capital that proves something — not on a headline line, not as a sentence's first word.
    public var isCommonWord: Bool
    /// Whether the form matches only standing alone, not inside a longer run of capitalised words
    /// (`Carnegie [alone]`: not in *Carnegie Endowment*, *Andrew Carnegie*); `[word]` forms do too.
    public var standsAlone: Bool

    /// An alias; by default not a prefix, linking without an antecedent, and allowed on all-capitals lines.
    public init(form: String, language: Language?, role: MentionRole, caseRule: CaseRule,
                isPrefix: Bool = false, needsAntecedent: Bool = false, allowedInCapitals: Bool = true,
                isCommonWord: Bool = false, standsAlone: Bool = false) {
        self.form = form
        self.language = language
        self.role = role
        self.caseRule = caseRule
        self.isPrefix = isPrefix
        self.needsAntecedent = needsAntecedent
        self.allowedInCapitals = allowedInCapitals
        self.isCommonWord = isCommonWord
        self.standsAlone = standsAlone || isCommonWord
    }
}
