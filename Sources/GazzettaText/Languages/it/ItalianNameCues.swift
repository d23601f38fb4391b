/// Italian cues for names the lexicon lacks (see `NameCues`), as matching keys.
let italianNameCues: NameCues = {
    var cues = NameCues()
    cues.personTitles = [
        "presidente", "presidentessa", "vicepresidente", "premier", "ministro", "ministra", "viceministro",
        "sottosegretario", "sottosegretaria", "segretario", "segretaria", "ambasciatore", "ambasciatrice",
        "portavoce", "generale", "ammiraglio", "commodoro", "maresciallo", "colonnello", "comandante", "capitano",
        "senatore", "senatrice",
        "deputato", "deputata", "sindaco", "sindaca", "governatore", "governatrice", "direttore", "direttrice",
        "ricercatore", "ricercatrice", "analista", "professore", "professoressa", "docente", "esperto", "esperta",
        "giornalista", "inviato", "inviata", "consigliere", "consigliera", "cancelliere", "leader", "capo",
        "fondatore", "fondatrice", "allenatore", "tecnico", "attaccante", "centrocampista", "difensore", "portiere",
        "giocatore", "giocatrice", "dottor", "dottoressa", "dott", "prof", "avvocato", "giudice", "gen", "col", "amm", "sen", "on", "avv", "ing",
        "procuratore", "procuratrice", "sceicco", "emiro", "ayatollah", "imam", "monsignor", "cardinale", "papa",
        "re", "regina", "principe", "principessa", "fellow", "economista", "politologo", "politologa", "storico",
        "storica", "sociologo", "sociologa", "commissario", "commissaria", "delegato", "delegata", "ex",
    ]
    cues.quoteCues = ["secondo"]
    cues.reportingVerbs = [
        "dice", "afferma", "sostiene", "spiega", "osserva", "avverte", "ricorda", "aggiunge", "commenta", "ritiene",
        "scrive", "sottolinea", "replica", "ha detto", "ha dichiarato", "ha spiegato", "ha aggiunto", "ha affermato",
        "ha osservato", "ha ricordato", "ha sottolineato", "ha avvertito", "ha sostenuto", "ha scritto", "ha commentato",
        "ha replicato",
    ]
    cues.organisationHeads = [
        "ministero", "istituto", "fondazione", "banca", "partito", "consiglio", "commissione", "agenzia",
        "università", "universita", "centro", "fronte", "esercito", "brigata", "brigate", "unione", "comunità",
        "comunita", "organizzazione", "associazione", "federazione", "movimento", "società", "societa", "compagnia",
        "corpo", "autorità", "autorita", "tribunale", "corte", "ufficio", "dipartimento", "servizio", "gruppo",
        "consorzio", "accademia", "osservatorio", "lega", "alleanza", "coalizione", "sindacato", "confederazione",
        "ente", "milizia", "milizie", "battaglione", "reggimento", "divisione", "comando", "direzione", "guardia",
        "fondo", "cassa", "scuola", "politecnico", "laboratorio", "forza", "forze", "procura", "questura", "camera",
        "missione", "comitato",
    ]
    cues.lowercaseOrganisationHeads = [
        "partito", "movimento", "sindacato", "società", "societa", "azienda", "compagnia", "milizia", "gruppo",
        "colosso", "costruttore", "produttore", "operatore", "emittente",
    ]
    cues.clubHeads = ["real", "atlético", "atletico", "dinamo", "sporting", "olympique", "borussia", "inter", "fc", "ac", "ssc"]
    cues.clubTails = ["calcio", "fc"]
    cues.clubArticles = ["la", "il", "lo", "l'"]
    cues.placesWithArticle = ["pireo", "cairo", "aia", "avana", "mecca", "spezia", "aquila", "valletta", "canea"]
    // Not *presidente*: *il presidente della Lombardia* heads a region.
    cues.clubContextsBefore = ["tifosi", "tifoseria", "ultras", "allenatore", "attaccante", "portiere", "centrocampista", "difensore"]
    cues.clubNouns = ["squadra", "club"]
    cues.matchVerbs = ["battuto", "sconfitto", "superato", "travolto", "pareggiato", "perso", "vinto", "batte", "supera", "pareggia"]
    cues.matchConnectors = ["per", "con", "contro"]
    cues.eventHeads = ["giro", "coppa", "supercoppa", "giochi", "olimpiadi", "mondiali", "europei", "campionati", "trofeo", "torneo"]
    cues.placeHeads = [
        "stretto", "monte", "monti", "provincia", "distretto", "valle", "fiume", "lago", "isola", "isole", "golfo",
        "mar", "mare", "canale", "deserto", "altopiano", "penisola", "valico", "baia", "oblast",
        "governatorato", "contea", "prefettura", "municipalità", "villaggio", "campo", "porto", "base",
        "atollo", "arcipelago", "scogliera",
        // Facilities named with their designator (Corpus/README: *stadio Olimpico*, *carcere di Evin*,
        // *aeroporto di Malpensa*); not *centrale*, an adjective as often (*la banca centrale di Russia*).
        "aeroporto", "stadio", "carcere", "prigione", "diga", "raffineria",
    ]
    cues.placeHeadsMayBeLowercase = true
    cues.administrativeDesignators = [
        "provincia", "distretto", "regione", "oblast", "governatorato", "contea", "prefettura", "municipalità",
        "villaggio", "campo", "porto", "base",
    ]
    cues.placeHeadComplements = ["frontiera", "confine"]
    cues.unitDesignators = ["provincia", "distretto", "contea", "governatorato", "oblast", "prefettura"]
    cues.regionDesignators = ["regione", "provincia", "oblast", "governatorato"]
    cues.nameCoordinators = ["e"]
    cues.nameConnectors = ["di", "del", "della", "dello", "dei", "degli", "delle", "d'", "dell'", "per", "e", "sul", "sulla", "in"]
    cues.nameArticles = ["il", "lo", "la", "l'", "i", "gli", "le"]
    cues.nameParticles = ["al", "el", "bin", "ibn", "bint", "abu", "van", "von", "de", "di", "da", "del", "della", "der", "den", "du", "dos", "das", "le", "la", "ter", "zu", "ben", "d'"]
    cues.genericNameWords = [
        "armate", "armata", "speciali", "difesa", "esteri", "interno", "interni", "sicurezza", "nazionale", "centrale",
        "federale", "militare", "militari", "affari", "finanze", "economia", "giustizia", "salute", "sviluppo", "lavoro",
        "trasporti", "energia", "cultura", "istruzione", "ricerca", "agricoltura", "ambiente", "stato", "generale",
        "supremo", "suprema", "popolare", "repubblica", "governo", "presidenza", "ministri", "europeo", "europea",
        "islam",
    ]
    // Not *sistema*, *partenariato*, *accordo*, *formato*, *corridoio*, *rotta* or *unità*: bodies, initiatives and
    // units end so (*Corridoio economico Cina-Pakistan*, *formato Normandia*, *Unità di crisi*).
    cues.termHeads = [
        "zona", "zone", "codice", "linguaggio", "protocollo", "prodotto", "investimenti",
        "investimento", "veicolo", "veicoli", "missile", "missili", "arma", "armi", "gas", "intesa", "standard",
        "numero", "indirizzo", "tasso", "indice", "trattato", "piano", "strategia", "assistenza", "distruzione",
        "azione", "controllo", "linea", "test", "drone", "droni", "aereo", "aerei", "razzo", "razzi", "lanciatore",
        "dispositivo", "dispositivi", "esercitazione", "esercitazioni", "politica", "dottrina",
    ]
    cues.officeHeads = ["ministero", "dipartimento"]
    cues.bylineCues = ["di", "a", "cura", "testo", "foto", "intervista"]
    cues.neverNames = [
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "lunedi", "martedi",
        "mercoledi", "giovedi", "venerdi", "stato", "governo", "camera", "senato", "parlamento", "presidente",
        "repubblica", "dio", "chiesa", "papa", "corano", "bibbia",
    ]
    cues.capitalisedAdjectiveMakesName = true
    cues.organisationNamesInSentenceCase = true
    cues.compassAdjectives = [
        "occidentale", "orientale", "settentrionale", "meridionale", "centrale",
        "occidentali", "orientali", "settentrionali", "meridionali", "centrali",
    ]
    cues.designatorComplements = ["studi", "ricerche", "ricerca"]
    cues.sentenceCaseAdjectiveEndings = [
        "ale", "ali", "ile", "ili", "ano", "ana", "ani", "ane", "ico", "ica", "ici", "iche", "ista", "isti", "iste",
        "ese", "esi", "ario", "aria", "ari", "arie", "ivo", "iva", "ivi", "ive", "eo", "ea", "ei", "ee",
    ]
    return cues
}()
