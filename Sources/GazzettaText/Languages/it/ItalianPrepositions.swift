/// Prepositions after which a capital is read as a place (*la visita ad Astana*, *a Mosca*, *in Kazakhstan*).
let italianLocativePrepositions: Set<String> = [
    "a", "ad", "in", "verso", "presso", "nella", "nel", "sulla", "sul", "all'", "nell'", "sull'",
]

/// Words after which *a/ad* brings a recipient (written by us from Italian usage): support, closeness and
/// hostility, what is given, sold, asked or answered to someone.
let italianRecipientGovernors: Set<String> = [
    "sostegno", "appoggio", "aiuto", "aiuti", "supporto", "vicinanza", "solidarietà", "fedeltà", "ostilità",
    "legato", "legata", "legati", "legate", "fedele", "fedeli", "ostile", "ostili", "favorevole", "favorevoli",
    "offerto", "offerta", "offerti", "offerte", "offre", "offrono", "concesso", "concessa", "concessi", "concesse",
    "concede", "concedono", "chiesto", "chiede", "chiedono", "risposto", "risponde", "rispondono",
    "venduto", "venduta", "venduti", "vendute", "vende", "vendono", "consegnato", "consegnata", "consegnati",
    "consegnate", "consegna", "fornito", "fornita", "forniti", "fornite", "fornisce", "forniscono",
    "sanzioni", "critiche", "ultimatum", "messaggio", "richiesta", "telefonata",
]
