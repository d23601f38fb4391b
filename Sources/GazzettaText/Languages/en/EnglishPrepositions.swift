/// Prepositions after which a capital is read as a place (*a visit to Astana*, *in Moscow*).
let englishLocativePrepositions: Set<String> = [
    "in", "at", "to", "into", "near", "outside", "around", "via", "toward", "towards",
]
