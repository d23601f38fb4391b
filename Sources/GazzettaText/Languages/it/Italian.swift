import GazzettaModel

extension LanguageData {
    /// Italian: spaCy's `lang/it` is the model for what lives here.
    public static let italian = LanguageData(
        language: .italian,
        locale: "it",
        stopWords: italianStopWords,
        elisions: italianElisions,
        gluedElisions: italianGluedElisions,
        clitics: [],
        abbreviations: italianAbbreviations,
        adjectiveInflection: italianAdjectiveInflection,
        commonWords: italianCommonWords,
        roleTitles: italianRoleTitles,
        roleConnectors: italianRoleConnectors,
        monthNames: italianMonthNames,
        locativePrepositions: italianLocativePrepositions,
        cooperationCues: italianCooperationCues,
        nameCues: italianNameCues,
        recipientGovernors: italianRecipientGovernors,
        formerOfficeWords: italianFormerOfficeWords
    )
}
