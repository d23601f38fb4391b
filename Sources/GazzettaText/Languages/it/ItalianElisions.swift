/// Italian articles, articulated prepositions and other words that elide before a vowel, as matching keys.
/// *dell’Asia* is split into *dell’* and *Asia*.
let italianElisions: Set<String> = [
    "l'", "un'", "d'",
    "dell'", "all'", "dall'", "nell'", "sull'", "coll'", "pell'",
    "quest'", "quell'", "sant'", "c'", "n'", "s'", "m'", "t'", "v'",
    "tutt'", "senz'", "dov'", "com'", "anch'", "nessun'", "buon'", "grand'", "bell'", "mezz'",
]
