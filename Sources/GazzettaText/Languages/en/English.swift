import GazzettaModel

extension LanguageData {
    /// English.
    public static let english = LanguageData(
        language: .english,
        locale: "en",
        stopWords: englishStopWords,
        elisions: [],
        clitics: ["'s"],
        abbreviations: englishAbbreviations,
        adjectiveInflection: [],
        commonWords: englishCommonWords,
        monthNames: englishMonthNames,
        locativePrepositions: englishLocativePrepositions
    )
}
