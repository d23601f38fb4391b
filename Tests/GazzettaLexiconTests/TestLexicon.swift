/// A small lexicon written for the tests, in the shipped format.
enum TestLexicon {
    static let text = """
    @lexicon: test
    @source: written for Gazzetta's tests

    [country:KZ]
    type = place
    subtype = country
    label.it = Kazakhstan
    label.en = Kazakhstan
    name.it = Kazakhstan | Kazakistan
    name.en = Kazakhstan
    adj.it = kazakho
    adj.en = Kazakh
    prefix.it = kazako

    [country:CN]
    type = place
    subtype = country
    label.it = Cina
    label.en = China
    name.it = Cina | Repubblica Popolare Cinese
    name.en = China | People's Republic of China
    adj.it = cinese
    adj.en = Chinese
    prefix.it = sino
    prefix.en = Sino

    [country:US]
    type = place
    subtype = country
    label.it = Stati Uniti
    label.en = United States
    name.it = Stati Uniti | USA
    name.en = United States | U.S.

    [city:shanghai]
    type = place
    subtype = city
    label.it = Shanghai
    label.en = Shanghai
    name = Shanghai

    [org:sco]
    type = organisation
    subtype = intergovernmental
    label.it = Organizzazione per la cooperazione di Shanghai
    label.en = Shanghai Cooperation Organisation
    name.en = Shanghai Cooperation Organization | Shanghai Cooperation Organisation
    acronym = SCO

    [org:nato]
    type = organisation
    subtype = intergovernmental
    label.it = NATO
    label.en = NATO
    acronym = NATO

    [org:eu]
    type = organisation
    subtype = intergovernmental
    label.it = Unione europea
    label.en = European Union
    name.it = Unione europea | Unione [cap]
    name.en = European Union

    [person:nursultan-nazarbayev]
    type = actor
    subtype = person
    label.it = Nursultan Nazarbayev
    label.en = Nursultan Nazarbayev
    name = Nursultan Nazarbayev | Nursultan Nazarbaev
    short = Nazarbayev | Nazarbaev
    role = head-of-state of country:KZ from 1991-12-16 to 2019-03-20
    """
}
