/// Prepositions after which a capital is read as a place (*a visit to Astana*, *in Moscow*).
let englishLocativePrepositions: Set<String> = [
    "in", "at", "to", "into", "near", "outside", "around", "via", "toward", "towards",
]

/// Words after which *to* brings a recipient (written by us from English usage): support, closeness and
/// hostility, what is given, sold or sent to someone.
let englishRecipientGovernors: Set<String> = [
    "support", "aid", "assistance", "closeness", "loyalty", "hostility", "loyal", "close", "closer", "hostile",
    "friendly", "offered", "offers", "granted", "grants", "sold", "sells", "delivered", "delivers", "supplied",
    "supplies", "message", "ultimatum", "appeal", "reply", "answer",
]
