/// Italian articles, articulated prepositions and other words that elide before a vowel, as matching keys.
/// *dell’Asia* is split into *dell’* and *Asia*.
let italianElisions: Set<String> = [
    "l'", "un'", "d'",
    "dell'", "all'", "dall'", "nell'", "sull'", "coll'", "pell'",
    "quest'", "quell'", "sant'", "c'", "n'", "s'", "m'", "t'", "v'",
    "tutt'", "senz'", "dov'", "com'", "anch'", "nessun'", "buon'", "grand'", "bell'", "mezz'",
]

/// The elisions that, glued to a capitalised word by a lost apostrophe (*dellAsia centrale*, *lUnione
/// europea*), are split off it when the rest is a known form.
let italianGluedElisions: [String] = ["dell", "dall", "all", "nell", "sull", "l", "d", "un"]
