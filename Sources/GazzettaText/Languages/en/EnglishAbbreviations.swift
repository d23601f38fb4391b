/// English abbreviations that end in a period but do not end a sentence, as keys without the period.
let englishAbbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "maj", "capt", "sgt", "adm", "sen", "rep",
    "gov", "pres", "amb", "rev", "hon", "jr", "sr", "no", "nos", "vol", "fig", "cf", "vs", "etc", "e.g",
    "i.e", "approx", "dept", "est", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "p", "pp", "u.s", "u.n", "u.k",
]
