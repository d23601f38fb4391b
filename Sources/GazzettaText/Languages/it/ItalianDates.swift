/// Italian month names (keys) with their usual abbreviations, January first.
let italianMonthNames: [[String]] = [
    ["gennaio", "gen"], ["febbraio", "feb"], ["marzo", "mar"], ["aprile", "apr"], ["maggio", "mag"],
    ["giugno", "giu"], ["luglio", "lug"], ["agosto", "ago"], ["settembre", "set", "sett"], ["ottobre", "ott"],
    ["novembre", "nov"], ["dicembre", "dic"],
]
