import GazzettaModel

/// A document after text analysis: its tokens, sentences and language.
public struct AnalyzedText: Sendable {
    /// The text analyzed; token and sentence offsets point into it.
    public let source: SourceText
    /// The language the text was analyzed in, given or identified.
    public let language: Language
    /// `detected` or `given`.
    public let languageSource: String
    /// Tokens in text order; mutable so the annotator can apply `TokenRepairs`.
    public var tokens: [Token]
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

/// The text-analysis stage: word segmentation, language, elision splitting, sentence segmentation.
///
/// Holds ICU iterators: use one analyzer per thread.
public final class TextAnalyzer {
    private let words: WordSegmenter
    private let identifier = LanguageIdentifier()
    /// Each language's stages, prepared once: their tables are built from the language's data.
    private let stages: [Language: (ElisionSplitter, LineCaseClassifier, TokenSentenceSegmenter)] =
        Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
            let data = LanguageData.of(language)
            return (language, (ElisionSplitter(data), LineCaseClassifier(data), TokenSentenceSegmenter(data)))
        })

    /// Opens ICU's word iterator; throws when ICU cannot.
    public init() throws(TextAnalysisError) {
        words = try WordSegmenter()
    }

    /// Analyzes `text`, in `language` when given, else in the language identified from its words.
    public func analyze(_ text: SourceText, language: Language? = nil) throws(TextAnalysisError) -> AnalyzedText {
        var apostrophes: [Int] = []
        let raw = try words.tokens(of: text, apostrophes: &apostrophes)
        let chosen = language ?? identifier.identify(raw).language
        let (splitter, lineCases, sentenceSegmenter) = stages[chosen]!
        var tokens = splitter.split(raw, in: text, apostrophes: apostrophes)
        lineCases.classify(&tokens, in: text)
        let sentences = sentenceSegmenter.sentences(of: tokens, in: text)
        return AnalyzedText(source: text, language: chosen, languageSource: language == nil ? "detected" : "given",
                            tokens: tokens, sentences: sentences)
    }
}
