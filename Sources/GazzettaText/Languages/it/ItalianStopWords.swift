/// Frequent Italian function words, as keys.
let italianStopWords: Set<String> = [
    "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "di", "a", "da", "in", "con", "su", "per", "tra",
    "fra", "del", "dello", "della", "dei", "degli", "delle", "al", "allo", "alla", "ai", "agli", "alle",
    "dal", "dallo", "dalla", "dai", "dagli", "dalle", "nel", "nello", "nella", "nei", "negli", "nelle",
    "sul", "sullo", "sulla", "sui", "sugli", "sulle", "e", "ed", "o", "od", "ma", "che", "non", "come",
    "anche", "più", "è", "sono", "ha", "hanno", "era", "erano", "essere", "stato", "stata", "stati", "state",
    "questo", "questa", "questi", "queste", "quello", "quella", "quelli", "quelle", "cui", "quale", "quali",
    "si", "ci", "ne", "se", "sia", "già", "ancora", "dove", "quando", "mentre", "perché", "poiché", "però",
    "nonché", "tuttavia", "inoltre", "proprio", "propria", "proprie", "propri", "loro", "suo", "sua", "suoi",
    "sue", "nostro", "nostra", "tutto", "tutti", "tutta", "tutte", "molto", "poco", "verso", "presso",
    "dopo", "prima", "durante", "secondo", "contro", "senza", "sotto", "sopra", "oltre", "entrambi", "così",
]
