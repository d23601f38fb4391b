/// Italian cooperation cues (keys): written by us from Italian grammar and the usage of news reporting.
let italianCooperationCues = CooperationCues(
    coordinators: ["e", "ed"],
    between: ["tra", "fra"],
    with: [["con"], ["col"], ["insieme", "a"], ["insieme", "al"], ["insieme", "alla"], ["insieme", "all'"], ["assieme", "a"],
           ["accanto", "a"], ["accanto", "al"], ["accanto", "alla"], ["accanto", "all'"]],
    joint: ["congiunto", "congiunta", "congiunti", "congiunte", "bilaterale", "bilaterali", "trilaterale", "trilaterali",
            "comune", "comuni", "reciproco", "reciproca", "reciproci", "reciproche", "insieme", "coprodotto", "cooperazione",
            "intesa", "accordo", "accordi", "partenariato", "alleanza", "collaborazione", "rapporto", "rapporti", "relazione", "relazioni",
            "legami"],
    articles: ["il", "lo", "la", "i", "gli", "le", "l'", "un", "una", "uno", "un'"],
    prepositions: ["di", "del", "della", "dei", "degli", "delle", "dello", "dell'", "d'", "a", "al", "alla", "ai", "agli", "alle", "allo",
                   "all'", "ad", "da", "dal", "dalla", "dai", "dagli", "dalle", "dallo", "dall'", "in", "nel", "nella", "nei", "negli",
                   "nelle", "nello", "nell'", "su", "sul", "sulla", "sui", "sugli", "sulle", "sull'", "per", "tra", "fra", "con", "col",
                   "verso", "contro", "presso", "attraverso", "senza", "oltre", "lungo"],
    ownerPossessives: ["suo", "sua", "suoi", "sue"],
    beneficiary: ["per"],
    clauseOpeners: ["mentre", "ma", "però", "quando", "poi", "anche"],
    tension: ["tensione", "tensioni", "attrito", "attriti", "disputa", "dispute", "contenzioso", "contenziosi", "crisi",
              "condanna", "condannato", "condannata", "protesta", "proteste", "rivalità", "diffidenza", "congelato",
              "congelata", "sospeso", "sospesa", "sospensione", "accusa", "accuse", "minaccia", "minacce"],
    conflict: ["guerra", "guerre", "conflitto", "conflitti", "scontri", "scontro", "attacco", "attacchi", "invasione",
               "offensiva", "bombardamento", "bombardamenti", "incursione", "ostilità", "combattimenti"],
    polarityExceptions: [["gioco", "di", "guerra"], ["giochi", "di", "guerra"], ["simulazione", "di", "guerra"],
                         ["simulazioni", "di", "guerra"], ["simulazione", "di", "attacco"], ["simulazioni", "di", "attacco"]],
    negators: ["non", "mai", "né", "nessun", "nessuna", "nessuno",
               // Cessation: *ha smesso di comprare gas* compra niente.
               "smesso", "smette", "smettono", "cessato", "cessa", "cessano"],
    negationExceptions: [["non", "solo"], ["non", "soltanto"], ["non", "appena"], ["non", "meno"], ["più", "che", "mai"], ["mai", "come"],
                         ["come", "mai"]],
    mediation: ["mediazione", "mediazioni", "mediato", "mediata", "media", "mediano", "mediare", "mediatore", "mediatrice", "mediando"],
    directed: [
        // A seller or supplier and its buyer: *vende droni all'Ucraina*, *le forniture di armi al Kazakhstan*.
        DirectedCue(words: ["vende", "vendono", "venduto", "venduta", "venduti", "vendute", "vendere", "vendita", "vendite",
                            "fornisce", "forniscono", "fornito", "fornita", "forniti", "fornite", "fornire", "fornitura", "forniture",
                            "esporta", "esportano", "esportato", "esportare", "consegna", "consegnano", "consegnato", "consegnare"],
                    prepositions: ["a", "ad", "al", "alla", "ai", "agli", "alle", "allo", "all'"]),
        // A buyer and its seller: *compra gas dalla Russia*, *compra gas russo*.
        DirectedCue(words: ["compra", "comprano", "comprato", "comprare", "acquista", "acquistano", "acquistato", "acquistare",
                            "importa", "importano", "importato", "importare"],
                    prepositions: ["da", "dal", "dalla", "dai", "dagli", "dalle", "dallo", "dall'"], bare: true),
        // A sanctioning actor and its target: *impone alla Russia sanzioni*, *sanzioni contro l'Iran*.
        DirectedCue(words: ["sanzioni", "sanzione", "impone", "impongono", "imposto", "imporre", "sanziona", "sanzionano"],
                    prepositions: ["a", "ad", "al", "alla", "ai", "agli", "alle", "allo", "all'", "contro"]),
    ],
    adjectivesFollowTheirNoun: true
)
