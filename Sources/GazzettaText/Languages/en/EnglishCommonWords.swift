/// English common words that are also, capitalised or in capitals, names or acronyms of the field.
let englishCommonWords: Set<String> = [
    "turkey", "chad", "jordan", "georgia", "guinea", "niger", "chile", "union", "state", "states",
    "republic", "central", "council", "ministry", "commission", "forces", "army", "president", "minister",
    "court", "house", "senate", "south", "north", "east", "west", "gulf", "sea", "port", "bridge", "valley",
    "peace", "war", "road", "belt", "silk", "us", "un", "eu", "so", "mercury", "victoria", "nice", "reading",
    "bath", "mobile", "may", "march", "august", "will", "bill", "rose", "sky", "alliance", "league", "front",
]
