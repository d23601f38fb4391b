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
        notCuePhrases: italianNotCuePhrases,
        notCueHeadPhrases: italianNotCueHeadPhrases,
        recipientGovernors: italianRecipientGovernors,
        formerOfficeWords: italianFormerOfficeWords
    )
}

/// Intelligence as a service, its people and its chiefs, not as a field of cooperation (written by us).
let italianNotCuePhrases: [[String]] =
    ["servizi", "servizio", "agenzia", "agenzie", "ufficiale", "ufficiali", "funzionari"].map { [$0, "di", "intelligence"] }
    + ["capo", "capi", "vertici", "direttore"].map { [$0, "dell'", "intelligence"] }

/// The same, where the cue comes first (*intelligence militare*).
let italianNotCueHeadPhrases: [[String]] = [["intelligence", "militare"], ["intelligence", "militari"]]
