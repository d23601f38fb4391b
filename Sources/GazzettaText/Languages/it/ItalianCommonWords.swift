/// Italian common words that are also, capitalised or in capitals, names or acronyms of the field.
let italianCommonWords: Set<String> = [
    "nato", "usa", "stato", "stati", "unione", "centrale", "repubblica", "paese", "paesi", "governo", "esercito",
    "consiglio", "ministero", "commissione", "forze", "armate", "presidente", "ministro", "corte", "camera",
    "senato", "sud", "nord", "est", "ovest", "oriente", "occidente", "golfo", "mar", "porto", "ponte", "valle",
    "come", "dove", "sole", "luna", "pace", "guerra", "via", "seta", "ue", "ora", "era", "regno",
    "città", "capo", "alleanza", "lega", "fronte", "fede", "patria", "georgia", "giordano", "chad",
]
