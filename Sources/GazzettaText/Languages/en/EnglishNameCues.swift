/// English cues for names the lexicon lacks (see `NameCues`), as matching keys.
let englishNameCues: NameCues = {
    var cues = NameCues()
    cues.personTitles = [
        "president", "vice-president", "premier", "minister", "secretary", "ambassador", "envoy", "spokesman",
        "spokeswoman", "spokesperson", "general", "admiral", "colonel", "commander", "captain", "lieutenant",
        "sergeant", "senator", "congressman", "congresswoman", "representative", "mayor", "governor", "director",
        "researcher", "analyst", "professor", "lecturer", "expert", "journalist", "correspondent", "adviser",
        "advisor", "chancellor", "leader", "chief", "founder", "chairman", "chairwoman", "chair", "ceo", "coach",
        "striker", "midfielder", "defender", "goalkeeper", "player", "dr", "mr", "mrs", "ms", "prof", "judge",
        "justice", "prosecutor", "sheikh", "emir", "ayatollah", "imam", "cardinal", "pope", "king", "queen",
        "prince", "princess", "fellow", "economist", "historian", "scholar", "commissioner", "delegate", "former",
        "deputy", "head", "commodore", "brigadier", "marshal", "gen", "lt", "col", "maj", "adm", "capt", "sgt",
        "brig", "cdr", "amb", "sen", "gov", "rep",
    ]
    cues.quoteCues = ["according"]
    cues.reportingVerbs = [
        "said", "says", "told", "added", "warned", "argued", "noted", "wrote", "explained", "insisted", "stressed",
        "recalled", "replied", "suggested", "cautioned", "acknowledged", "admitted", "predicted",
    ]
    cues.organisationHeads = [
        "ministry", "department", "institute", "foundation", "bank", "council", "commission", "agency", "university",
        "centre", "center", "centres", "centers", "union", "organization", "organisation", "association", "federation", "movement",
        "society", "authority", "tribunal", "court", "office", "bureau", "service", "academy", "observatory", "league",
        "alliance", "coalition", "committee", "militia", "battalion", "regiment", "division", "command", "directorate",
        "fund", "school", "college", "laboratory", "corps", "board", "chamber", "mission",
    ]
    cues.organisationTails = [
        "foundation", "institute", "institution", "party", "army", "bank", "council", "commission", "agency",
        "corporation", "company", "group", "university", "centre", "center", "front", "brigade", "brigades",
        "movement", "forces", "force", "association", "alliance", "coalition", "committee", "fund", "authority",
        "airlines", "airways", "inc", "ltd", "plc", "network", "society", "league", "union", "ministry", "service",
        "services", "guard", "corps", "battalion", "trust", "endowment", "initiative", "office", "industries",
        "project", "chamber", "forum",
        // Companies' last words, quoted as written in any language (*Piaggio Aerospace*, *Stac Electronics*);
        // not *Systems*, which ends headings too (*Many Operating Systems*).
        "aerospace", "technologies", "holdings", "motors", "electronics", "dynamics", "shipbuilding",
    ]
    // A company's lowercase kind before its name (*the drone maker Anduril*, *the company Edgewing*).
    cues.lowercaseOrganisationHeads = [
        "militia", "firm", "company", "conglomerate", "shipbuilder", "manufacturer", "carmaker", "automaker", "maker",
        "contractor", "insurer", "lender", "broadcaster", "operator",
    ]
    cues.lowercaseOrganisationTails = ["party", "movement", "militia"]
    cues.clubHeads = ["real", "atlético", "atletico", "dynamo", "dinamo", "sporting", "olympique", "borussia", "inter", "fc", "ac"]
    cues.clubTails = ["united", "rovers", "athletic", "hotspur", "wanderers", "fc", "albion"]
    // Not *captain*, *manager* or *chairman*: an army, a firm and a bank have them too.
    cues.clubContextsAfter = ["fans", "supporters", "ultras", "coach", "striker", "strikers", "midfielder", "goalkeeper", "defender", "winger"]
    // Not *team* or *side*: negotiators and parties have them too.
    cues.clubNouns = ["club"]
    cues.matchVerbs = ["beat", "beats", "defeated", "defeats", "drew", "draws", "lost", "loses", "edged", "thrashed", "routed", "won"]
    cues.matchConnectors = ["by", "to", "with", "against"]
    cues.eventTails = ["championships", "championship", "cup", "games", "olympics", "trophy", "tournament", "marathon", "regatta"]
    cues.placeHeads = [
        "strait", "straits", "mount", "mountains", "province", "district", "valley", "river", "lake", "island",
        "islands", "gulf", "sea", "canal", "desert", "plateau", "peninsula", "pass", "bay", "cape", "oblast",
        "governorate", "county", "prefecture", "port", "camp",
    ]
    cues.placeTails = [
        "district", "province", "valley", "river", "mountains", "mountain", "desert", "island", "islands", "sea",
        "strait", "pass", "bay", "gulf", "region", "governorate", "oblast", "county", "prefecture", "plateau",
        "peninsula", "lake", "canal", "corridor", "crossing", "camp", "port", "basin", "delta", "highlands",
        "shoal", "reef", "atoll", "archipelago",
        // Facilities named with their designator (*Evin Prison*, *Olympic Stadium*, *Malpensa Airport*).
        "airport", "stadium", "prison", "dam", "refinery",
    ]
    cues.administrativeDesignators = [
        "province", "district", "region", "oblast", "governorate", "county", "prefecture", "port", "camp",
    ]
    cues.lowercasePlaceHeads = ["province", "district", "county", "governorate", "oblast", "prefecture"]
    // Bare *crossing* is left out: after a name it is as often the verb (*Ali Khan crossing into…*).
    cues.lowercasePlaceTails = ["district", "province", "valley", "border crossing", "governorate", "terminal", "container terminal"]
    cues.unitDesignators = ["province", "district", "county", "governorate", "oblast", "prefecture"]
    cues.regionDesignators = ["region", "province", "oblast", "governorate"]
    cues.nameConnectors = ["of", "for", "and", "the", "on", "de", "in"]
    cues.nameCoordinators = ["and"]
    cues.nameArticles = ["the"]
    cues.realmConnectors = ["of"]
    cues.seatConnectors = ["in"]
    cues.nameParticles = ["al", "el", "bin", "ibn", "bint", "abu", "van", "von", "de", "di", "da", "del", "della", "der", "den", "du", "dos", "das", "le", "la", "ter", "zu", "ben"]
    cues.genericNameWords = [
        "armed", "special", "air", "naval", "ground", "land", "security", "defence", "defense", "border", "rocket",
        "strategic", "central", "national", "federal", "joint", "military", "foreign", "interior", "home", "affairs",
        "finance", "economy", "justice", "health", "development", "labour", "labor", "transport", "energy", "culture",
        "education", "research", "agriculture", "environment", "state", "general", "supreme", "staff", "chiefs",
        "european", "international", "world", "global", "regional", "public", "people's", "popular", "republic",
        // A faith's name is a word of a body's name (*Support Group for Islam and Muslims*), never a person's.
        "islam",
    ]
    // Not *system*, *partnership*, *agreement*, *format*, *corridor*, *route* or *unit*: bodies and initiatives of the
    // lexicon end so (*Central American Integration System*, *Normandy Format*, *China-Pakistan Economic Corridor*),
    // and so do armed and police units (*Counter-Terrorism Unit*).
    cues.termHeads = [
        "zone", "zones", "code", "language", "protocol", "product", "investment", "investments",
        "vehicle", "vehicles", "missile", "missiles", "weapon", "weapons", "gas", "understanding", "interface",
        "standard", "number", "address", "identifier", "manager", "rate", "index", "treaty", "plan", "strategy",
        "assistance", "destruction", "action", "control", "line", "test", "drone", "drones", "aircraft", "rocket",
        "rockets", "launcher", "device", "devices", "sharing", "exercise", "exercises", "policy", "doctrine",
    ]
    cues.officeHeads = ["ministry", "department"]
    cues.bylineCues = ["by", "text", "photo", "interview"]
    cues.neverNames = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "state", "government",
        "parliament", "president", "republic", "god", "church", "koran", "quran", "bible", "i",
    ]
    return cues
}()
