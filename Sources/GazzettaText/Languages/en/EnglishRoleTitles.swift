/// English titles of office, as keys, and the role each names in the lexicon's `role` fields.
let englishRoleTitles: [String: String] = [
    "president": "head-of-state",
    "head of state": "head-of-state",
    "prime minister": "head-of-government",
    "premier": "head-of-government",
    "defence minister": "defence-minister",
    "defense minister": "defence-minister",
    "minister of defence": "defence-minister",
    "minister of defense": "defence-minister",
    "minister of national defense": "defence-minister",
    "foreign minister": "foreign-minister",
    "minister of foreign affairs": "foreign-minister",
]

/// English words that join a title to a country: *President of Kazakhstan*.
let englishRoleConnectors: Set<String> = ["of", "the"]

/// English words that put a title in the past: *the former president*, *the then foreign minister*.
let englishFormerOfficeWords: Set<String> = ["former", "ex", "then", "onetime", "erstwhile", "late"]
