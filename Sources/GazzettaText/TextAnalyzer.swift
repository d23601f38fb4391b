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

    /// Opens ICU's word iterator; throws when ICU cannot.
    public init() throws(TextAnalysisError) {
        words = try WordSegmenter()
    }

    /// Analyzes `text`, in `language` when given, else in the language identified from its words.
    public func analyze(_ text: SourceText, language: Language? = nil) throws(TextAnalysisError) -> AnalyzedText {
        let raw = try words.tokens(of: text)
        let chosen = language ?? identifier.identify(raw).language
        let data = LanguageData.of(chosen)
        var tokens = ElisionSplitter(data).split(raw, in: text)
        LineCaseClassifier(data).classify(&tokens, in: text)
        let sentences = TokenSentenceSegmenter(data).sentences(of: tokens, in: text)
        return AnalyzedText(source: text, language: chosen, languageSource: language == nil ? "detected" : "given",
                            tokens: tokens, sentences: sentences)
    }
}
