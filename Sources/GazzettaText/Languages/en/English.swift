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
        nameCues: englishNameCues,
        notCuePhrases: englishNotCuePhrases,
        recipientGovernors: englishRecipientGovernors,
        formerOfficeWords: englishFormerOfficeWords
    )
}

/// Tariffs that are prices, not trade policy: a utility's or a pipeline's rates (written by us).
let englishNotCuePhrases: [[String]] = ["gas", "electricity", "power", "energy", "water", "heating", "utility", "transit"]
    .flatMap { carrier in [[carrier, "tariff"], [carrier, "tariffs"]] }
