/// Italian abbreviations that end in a period but do not end a sentence, as keys without the period.
let italianAbbreviations: Set<String> = [
    "cfr", "ecc", "art", "artt", "pag", "pagg", "p", "pp", "sig", "sigg", "sig.ra", "dott", "dott.ssa",
    "prof", "prof.ssa", "on", "avv", "ing", "gen", "col", "magg", "cap", "ten", "amm", "mons", "s", "ss",
    "vol", "voll", "n", "nn", "es", "fig", "tab", "cit", "op", "ca", "c.a", "etc", "rev", "sen", "ill",
    "min", "pres", "segr", "ambasc", "v", "vs", "ed", "trad", "cd", "c.d", "d.lgs", "d.l", "l", "u.s", "s.p.a",
]
