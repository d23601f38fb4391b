/// English cooperation cues (keys): written by us from English grammar and the usage of news reporting.
let englishCooperationCues = CooperationCues(
    coordinators: ["and", "&"],
    between: ["between"],
    with: [["with"], ["together", "with"], ["alongside"]],
    joint: ["joint", "jointly", "bilateral", "trilateral", "common", "mutual", "together", "co-host", "co-hosted", "cooperation",
            "agreement", "agreements", "deal", "partnership", "alliance", "pact", "collaboration", "ties", "relations",
            "relationship"],
    articles: ["the", "a", "an", "its", "their"],
    prepositions: ["of", "to", "from", "in", "at", "on", "for", "with", "by", "across", "into", "through", "towards", "toward",
                   "against", "via", "over", "between", "among", "under", "without", "beyond", "near", "about", "than"],
    ownerPossessives: ["its", "his", "her"],
    beneficiary: ["for"],
    clauseOpeners: ["while", "but", "when", "then", "also"],
    timeWords: Set(["then", "time", "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades",
                "today", "yesterday", "spring", "summer", "autumn", "fall", "winter", "past", "last", "recent"]).union(englishMonthNames.joined()),
    tension: ["tension", "tensions", "friction", "dispute", "disputes", "rivalry", "crisis", "condemned", "condemns", "protest",
              "protested", "froze", "frozen", "freeze", "suspended", "suspension", "accused", "accuses", "threat", "threats",
              "threatened", "distrust"],
    conflict: ["war", "wars", "conflict", "conflicts", "clashes", "clash", "attack", "attacks", "attacked", "invasion",
               "invaded", "offensive", "bombing", "bombed", "strikes", "incursion", "hostilities", "fighting"],
    polarityExceptions: [["war", "game"], ["war", "games"], ["war", "gaming"], ["war", "simulation"], ["war", "simulations"],
                         ["simulated", "attack"], ["simulated", "attacks"]],
    negators: ["not", "never", "no", "neither", "nor", "cannot",
               // Cessation: *stopped buying Turkmen gas* buys none.
               "stopped", "stops", "stop", "ceased", "ceases", "halted", "halts"],
    negatorEndings: ["n't"],
    negationExceptions: [["not", "only"], ["not", "just"], ["not", "merely"], ["not", "least"], ["no", "less"], ["no", "fewer"]],
    mediation: ["mediation", "mediated", "mediates", "mediate", "mediating", "mediator", "brokered", "brokers", "broker", "brokering"],
    directed: [
        // A seller or supplier and its buyer: *sells drones to Ukraine*, *arms deliveries to Armenia*.
        DirectedCue(words: ["sells", "sold", "sell", "selling", "sale", "sales", "supplies", "supplied", "supply", "supplying",
                            "delivers", "delivered", "deliver", "delivering", "deliveries", "exports", "exported", "export",
                            "ships", "shipped"],
                    prepositions: ["to"]),
        // A buyer and its seller: *buys gas from Russia*, *buys Russian gas*.
        DirectedCue(words: ["buys", "bought", "buy", "buying", "purchases", "purchased", "purchase", "imports", "imported", "import"],
                    prepositions: ["from"], bare: true),
        // A sanctioning actor and its target: *imposed sanctions on Russia*, *sanctions against Iran*.
        DirectedCue(words: ["sanctions", "sanction", "imposed", "imposes", "impose", "imposing"], prepositions: ["on", "against"]),
    ]
)

/// English plurals by ending, for `~` words of sector cue patterns (*exercise* → *exercises*, *policy* →
/// *policies*); a plural that never occurs is harmless, since it only adds a form the matcher may meet.
let englishNounPlurals: [InflectionRule] = [
    InflectionRule("", ["s"]),
    InflectionRule("s", ["ses"]),
    InflectionRule("x", ["xes"]),
    InflectionRule("ch", ["ches"]),
    InflectionRule("sh", ["shes"]),
    InflectionRule("y", ["ies", "ys"]),
]
