/// Italian titles of office, as keys, and the role each names in the lexicon's `role` fields.
let italianRoleTitles: [String: String] = [
    "presidente": "head-of-state",
    "capo dello stato": "head-of-state",
    "presidente della repubblica": "head-of-state",
    "primo ministro": "head-of-government",
    "premier": "head-of-government",
    "ministro della difesa": "defence-minister",
    "ministro della difesa nazionale": "defence-minister",
    "ministro degli esteri": "foreign-minister",
    "ministro degli affari esteri": "foreign-minister",
]

/// Italian words that join a title to a country: *Presidente del Kazakhstan*.
let italianRoleConnectors: Set<String> = ["del", "della", "dello", "dell'", "dei", "degli"]

/// Italian words that put a title in the past: *l'ex premier*, *l'allora presidente*, *il già ministro*.
let italianFormerOfficeWords: Set<String> = ["ex", "allora", "già", "defunto", "compianto"]
