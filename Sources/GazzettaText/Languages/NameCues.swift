/// The words that give away a name the lexicon lacks, for one language (as matching keys): titles before a
/// person, designators inside an organisation's or a place's name, club words, and the small words names
/// are built with. The unknown-name pass reads them; it never tests for a language.
public struct NameCues: Sendable {
    /// Titles and roles before a person's name (*ministro*, *portavoce*, *spokesman*, *senior fellow*: the
    /// last word of a title is enough).
    public var personTitles: Set<String> = []
    /// Words that introduce a quoted person (*secondo*): evidence only before a full name of two words or more.
    public var quoteCues: Set<String> = []
    /// Reporting verbs, as keys or two keys joined by a space (*said*, *ha detto*): a name of two words or more
    /// right before one, inside its sentence (*…, Senait Berhane said*), or right after one that follows a comma
    /// or a quote (*…," said Senait Berhane*), is a person's.
    public var reportingVerbs: Set<String> = []
    /// First words of an organisation's name (*Ministero*, *Istituto*, *Ministry*, *Bank*).
    public var organisationHeads: Set<String> = []
    /// Last words of an organisation's name (*Foundation*, *Party*, *Army*).
    public var organisationTails: Set<String> = []
    /// Lowercase words right before a name that make it an organisation's, outside its span (*il partito
    /// VMRO-DPMNE*, *la società Liguria Cargo Service*).
    public var lowercaseOrganisationHeads: Set<String> = []
    /// Lowercase words right after a name that make it an organisation's, outside its span (*the Georgian Dream
    /// party*, *the Awami League movement*).
    public var lowercaseOrganisationTails: Set<String> = []
    /// Words that make a sports club of the name after them (*Real*, *Atlético*, *Dinamo*).
    public var clubHeads: Set<String> = []
    /// Last words of a club's name (*United*, *City*, *Rovers*).
    public var clubTails: Set<String> = []
    /// Articles that make a club of a city named right after them (Italian *la Roma*, *il Napoli*).
    public var clubArticles: Set<String> = []
    /// Places whose name takes the article in the language, as keys (Italian *il Pireo*, *il Cairo*, *l'Avana*):
    /// the article before them makes no club of the city.
    public var placesWithArticle: Set<String> = []
    /// Lowercase words only a sports club's name stands right before (*Partizan fans*, *Lazio supporters*,
    /// *Fenerbahçe coach*): the name is the club's.
    public var clubContextsAfter: Set<String> = []
    /// Lowercase words only a sports club's name follows, after a connector (*i tifosi della Lazio*,
    /// *l'allenatore del Partizan*).
    public var clubContextsBefore: Set<String> = []
    /// Nouns that, heading an apposition right after a name, make it a club's (*Red Star Belgrade, the city's
    /// other club, …*); not before a connector (*a team of researchers*).
    public var clubNouns: Set<String> = []
    /// Verbs of a match's result (*battuto*, *beat*): a name right before or after one, in a sentence that gives
    /// the score (*Il Napoli ha battuto la Lazio per 2-1*, *Partizan beat Vojvodina 2-0*), is a club's.
    public var matchVerbs: Set<String> = []
    /// Words that may stand between a match verb and the side it names, or between a side and the score
    /// (*pareggiato con*, *per 2-1*, *lost to*, *won by*).
    public var matchConnectors: Set<String> = []
    /// Last words of an event's or competition's name (*European Athletics Championships*, *Africa Cup of
    /// Nations*): no mention, and no place inside it is one.
    public var eventTails: Set<String> = []
    /// First words of an event's or competition's name (*Giro d'Italia*, *Coppa d'Africa*), capitalised.
    public var eventHeads: Set<String> = []
    /// Words before a place's name (*stretto*, *monte*, *distretto*, *Strait*, *Mount*); the span includes them.
    public var placeHeads: Set<String> = []
    /// Last words of a place's name (*District*, *Valley*, *River*).
    public var placeTails: Set<String> = []
    /// Whether a place designator may be written in lowercase before the name (Italian *distretto di
    /// Maungdaw*, *fiume Naf*); English names carry theirs capitalised (*Strait of Hormuz*, *Mount Kazbek*).
    public var placeHeadsMayBeLowercase = false
    /// Place designators that leave a place the lexicon knows alone (*provincia di Kandahar* is Kandahar):
    /// administrative words, not parts of a name.
    public var administrativeDesignators: Set<String> = []
    /// Place designators that introduce a name also in lowercase where the language otherwise capitalises
    /// them (English *the province of Zabul*, *the district of Bajaur*).
    public var lowercasePlaceHeads: Set<String> = []
    /// Words that may stand between a place designator and its name, after a connector (Italian *valico di
    /// frontiera di Torkham*): they say what kind of place it is and stay inside the span.
    public var placeHeadComplements: Set<String> = []
    /// Lowercase designators after a place's capitalised name, one or two words (*the Kurram district*, *the
    /// Torkham border crossing*); the span includes them.
    public var lowercasePlaceTails: Set<String> = []
    /// Administrative designators of a unit that is often named after its main city (*provincia di Kandahar*,
    /// *Kabul province*): a city the lexicon knows inside makes another place, the unit, with the city kept as
    /// an alternative; a region or country the lexicon knows is left alone (it is the unit already).
    public var unitDesignators: Set<String> = []
    /// Designators of a country's first-level region, before (with a connector) or after its name (*regione di
    /// Kayes*, *the Kayes Region*, *Herat province*): beside a city the lexicon knows whose region bears its
    /// name, they make the name the region's.
    public var regionDesignators: Set<String> = []
    /// Small words inside an organisation's or place's name (*di*, *della*, *of*, *for*, *and*).
    public var nameConnectors: Set<String> = []
    /// Articles that may follow a connector inside a name (Italian *Istituto per la Democrazia*, *Movimento per
    /// l'Autonomia*); never a name's word on their own.
    public var nameArticles: Set<String> = []
    /// The connectors that coordinate (*and*, *e*): between two places the lexicon names (*Ministry of Energy
    /// of Kazakhstan and China*) they end the name, the second place being the sentence's, not the name's.
    public var nameCoordinators: Set<String> = []
    /// Connectors after an organisation's last word that carry on its name with a place, its realm (*Bank of
    /// England*, *Development Bank of Kazakhstan*, *University of Central Asia*).
    public var realmConnectors: Set<String> = []
    /// Connectors after an organisation's last word that carry on its name with a city, its seat, only when
    /// the name already names a place of another country (*Arab Gulf States Institute in Washington*,
    /// *American University in Cairo*); otherwise the city is where it is (*the Brookings Institution in
    /// Washington*).
    public var seatConnectors: Set<String> = []
    /// Particles inside personal names (*al*, *bin*, *von*, *de*).
    public var nameParticles: Set<String> = []
    /// Words that name an office generically, not one body (*Difesa*, *Esteri*, *Armed*, *Defence*): a
    /// designator with only these after it (*Ministero della Difesa*, *Forze Armate*, *Armed Forces*) names
    /// some country's body, which the text's adjective or the lexicon must settle.
    public var genericNameWords: Set<String> = []
    /// Designators that name one body even with only generic office words after them (*Ministry of Economy*,
    /// *Ministero delle Finanze*): a ministry is a body whatever its country, unlike *Armed Forces*.
    public var officeHeads: Set<String> = []
    /// Words that open a byline (*Di*, *By*, *a cura di*): the author named after them on their own line is
    /// the writer, not an actor of the text.
    public var bylineCues: Set<String> = []
    /// Capitalised words that are never a name on their own: weekdays, and words capitalised by habit.
    public var neverNames: Set<String> = []
    /// Whether the language writes an organisation's name in sentence case, only its first word capitalised
    /// (Italian *Banca europea per la ricostruzione e lo sviluppo*, *Partito progressista serbo*): then a
    /// designator's lowercase words are its name's when the name ends on a country adjective, a capitalised
    /// word or an acronym spelling it (see `sentenceCaseAdjectiveEndings`).
    public var organisationNamesInSentenceCase = false
    /// Endings of the lowercase adjectives that may follow a designator in a sentence-case name (*progressista*,
    /// *nazionale*): a designator followed by any other lowercase word (*la Commissione chiede…*) names nothing.
    public var sentenceCaseAdjectiveEndings: [String] = []
    /// Lowercase compass adjectives that carry on a sentence-case name right after a capitalised place in it
    /// (Italian *Autorità di sistema portuale del Mar Ligure occidentale*); English writes them capitalised,
    /// before the place.
    public var compassAdjectives: Set<String> = []
    /// Lowercase nouns that may stand right after a designator in a sentence-case name, saying what the body
    /// does (Italian *Centro studi per il Mediterraneo*, *Ufficio ricerche*).
    public var designatorComplements: Set<String> = []
    /// Whether the language writes its country adjectives in lowercase (Italian *italiane*): then a
    /// capitalised one after a capitalised word is part of a name (*Poste Italiane*), not an adjective.
    public var capitalisedAdjectiveMakesName = false
    /// Nouns that end a technical or policy term, not a body's name: an acronym defined after such a term
    /// (*Exclusive Economic Zone (EEZ)*, *Message Authentication Code (MAC)*, *Memorandum of Understanding
    /// (MoU)*) makes no organisation unless a designator is among its words.
    public var termHeads: Set<String> = []

    /// No cues: a language whose data has none finds no unknown names.
    public init() {}
}
