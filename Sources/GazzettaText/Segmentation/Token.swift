/// A word, number or punctuation mark of a document, with its offsets and matching key.
public struct Token: Sendable, Hashable {
    /// What a token is.
    public enum Kind: UInt8, Sendable {
        /// Letters (a word, or a part of one split off by elision or clitic rules).
        case word
        /// Digits.
        case number
        /// Punctuation and symbols (`-`, `(`, `.`…).
        case punctuation
        /// An elided article or preposition split off a word (`dell’` of *dell’Asia*).
        case elision
        /// A clitic split off a word (`’s` of *China’s*).
        case clitic
    }

    /// What separates a token from the one before it.
    public enum Gap: UInt8, Sendable, Comparable {
        /// Nothing: the tokens touch (`sino` `-` `kazakha`).
        case none
        /// Spaces or tabs on one line.
        case space
        /// One line break (a hard-wrapped line).
        case line
        /// A blank line or more: a paragraph break.
        case paragraph

        /// Orders by how strong the break is: `none` < `space` < `line` < `paragraph`.
        public static func < (a: Gap, b: Gap) -> Bool { a.rawValue < b.rawValue }
    }

    /// Byte range in the document's UTF-8.
    public var byteStart: Int
    /// One past the token's last byte in the document's UTF-8.
    public var byteEnd: Int
    /// Code-point range in the document's text.
    public var start: Int
    /// One past the token's last code point.
    public var end: Int
    /// The matching key (see `MatchingKey`).
    public var key: String
    /// Whether it is a word, number, punctuation, elision or clitic.
    public var kind: Kind
    /// What separates this token from the previous one.
    public var gapBefore: Gap
    /// How the token's line is capitalised (a headline in Title Case or capitals says little about names).
    public var lineCase: LineCase = .normal
    /// Repairs made to read the token (see `Repair`).
    public var repairs: Repair = []

    /// How a line is capitalised.
    public enum LineCase: UInt8, Sendable {
        case normal
        /// Most words start with a capital: *La Sorprendente Proposta della Russia*.
        case title
        /// All words in capitals: *OBAMA VISITS CHINA*.
        case upper
    }

    /// What was done to the text to read a token.
    public struct Repair: OptionSet, Sendable, Hashable {
        /// The option bits.
        public let rawValue: UInt8
        /// Creates a set from its bits.
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// An elided article glued to its word by a lost apostrophe (*dellAsia*), split.
        public static let missingApostrophe = Repair(rawValue: 1)
        /// A word hyphenated across a line end (*Kaza-↵khstan*) or split by an invisible character, joined.
        public static let joined = Repair(rawValue: 2)
    }

    /// A token with `normal` line case and no repairs.
    public init(byteStart: Int, byteEnd: Int, start: Int, end: Int, key: String, kind: Kind, gapBefore: Gap) {
        self.byteStart = byteStart
        self.byteEnd = byteEnd
        self.start = start
        self.end = end
        self.key = key
        self.kind = kind
        self.gapBefore = gapBefore
    }
}
