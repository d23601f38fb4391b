/// A text whose code-point and UTF-16 offsets differ (flags, emoji, mathematical letters), with accents and a
/// typographic apostrophe, naming entities of the shipped lexicon.
public let trickyText = "🇰🇿🇨🇳 Città: la Cina e il Kazakhstan 😀 firmano; 𝐒𝐂𝐎 e la SCO, poi Mosca.\nL’Unione Sovietica è finita."
