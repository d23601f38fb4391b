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
        notCueHeadPhrases: englishNotCueHeadPhrases,
        recipientGovernors: englishRecipientGovernors,
        formerOfficeWords: englishFormerOfficeWords
    )
}

/// Tariffs that are prices, not trade policy: a utility's or a pipeline's rates; military intelligence, a
/// service (written by us).
let englishNotCuePhrases: [[String]] = ["gas", "electricity", "power", "energy", "water", "heating", "utility", "transit"]
    .flatMap { carrier in [[carrier, "tariff"], [carrier, "tariffs"]] }
    + [["military", "intelligence"]]

/// Intelligence as a service, its people and its chiefs, not as a field of cooperation (written by us).
let englishNotCueHeadPhrases: [[String]] = [
    "chief", "chiefs", "service", "services", "agency", "agencies", "officer", "officers", "official", "officials", "community",
].map { ["intelligence", $0] }
