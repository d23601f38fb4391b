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
        roleTitles: englishRoleTitles,
        roleConnectors: englishRoleConnectors,
        monthNames: englishMonthNames,
        locativePrepositions: englishLocativePrepositions,
        nounPlurals: englishNounPlurals,
        cooperationCues: englishCooperationCues,
        nameCues: englishNameCues
    )
}
