/// Frequent English function words, as keys.
let englishStopWords: Set<String> = [
    "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "and", "or", "but",
    "not", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "its",
    "this", "that", "these", "those", "which", "who", "whom", "whose", "what", "when", "where", "while",
    "than", "then", "also", "both", "more", "most", "such", "their", "they", "them", "there", "his", "her",
    "he", "she", "we", "our", "us", "will", "would", "can", "could", "should", "may", "might", "over",
    "under", "after", "before", "between", "since", "through", "against", "without", "about", "all",
    "any", "each", "other", "only", "same", "so", "very", "if", "because", "however", "yet", "still",
]
