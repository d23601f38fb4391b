import GazzettaModel

/// A document after text analysis: its tokens, sentences and language.
public struct AnalyzedText: Sendable {
    /// The text analyzed; token and sentence offsets point into it.
    public let source: SourceText
    /// The language the text was analyzed in, given or identified.
    public let language: Language
    /// `detected` or `given`.
    public let languageSource: String
    /// Tokens in text order, repaired (`TokenRepairs`) when the analyzer was given the lexicon's words.
    public let tokens: [Token]
    /// Sentence spans in code points.
    public let sentences: [Range<Int>]

    /// The index of the sentence holding code point `offset` (binary search).
    ///
    /// - Complexity: O(log s) in the number of sentences.
    public func sentenceIndex(of offset: Int) -> Int {
        var low = 0, high = sentences.count - 1
        var found = 0
        while low <= high {
            let mid = (low + high) / 2
            if sentences[mid].lowerBound <= offset {
                found = mid
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        return found
    }
}

/// The text-analysis stage: word segmentation, language, elision splitting, token repairs, line cases,
/// sentence segmentation.
///
/// Holds ICU iterators: use one analyzer per thread.
public final class TextAnalyzer {
    /// One language's stages after word segmentation, prepared once: their tables come from its data.
    private struct LanguageStages {
        let splitter: ElisionSplitter
        let repairs: TokenRepairs?
        let lineCases: LineCaseClassifier
        let sentences: TokenSentenceSegmenter
    }

    private let words: WordSegmenter
    private let identifier = LanguageIdentifier()
    private let stages: [Language: LanguageStages]

    /// Opens ICU's word iterator; throws when ICU cannot. With `isKnownKey` (whether a matching key is a word
    /// of the lexicon) tokens are also repaired: missing apostrophes, words split by a hyphenation or an
    /// invisible character.
    public init(isKnownKey: (@Sendable (String) -> Bool)? = nil) throws(TextAnalysisError) {
        words = try WordSegmenter()
        stages = Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
            let data = LanguageData.of(language)
            return (language, LanguageStages(splitter: ElisionSplitter(data),
                                             repairs: isKnownKey.map { TokenRepairs(data, isKnown: $0) },
                                             lineCases: LineCaseClassifier(data), sentences: TokenSentenceSegmenter(data)))
        })
    }

    /// Analyzes `text`, in `language` when given, else in the language identified from its words.
    public func analyze(_ text: SourceText, language: Language? = nil) throws(TextAnalysisError) -> AnalyzedText {
        var apostrophes: [Int] = []
        let raw = try words.tokens(of: text, apostrophes: &apostrophes)
        let chosen = language ?? identifier.identify(raw).language
        let stage = stages[chosen]!
        var tokens = stage.splitter.split(raw, in: text, apostrophes: apostrophes)
        stage.lineCases.classify(&tokens, in: text)
        // Sentences are read before the repairs: a join across a line end must not move a sentence boundary.
        let sentences = stage.sentences.sentences(of: tokens, in: text)
        if let repairs = stage.repairs { tokens = repairs.repair(tokens, in: text) }
        return AnalyzedText(source: text, language: chosen, languageSource: language == nil ? "detected" : "given",
                            tokens: tokens, sentences: sentences)
    }
}
