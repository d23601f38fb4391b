import Testing
import GazzettaModel
import GazzettaLexicon
import GazzettaTestSupport

/// The sector taxonomy's standard codes (issue 17): every `code.cameo` is a CAMEO event code of the
/// cooperation families the taxonomy uses, every `code.crs` an OECD DAC CRS purpose code, as checked against
/// the sources named in `Lexicons/ATTRIBUTION.md`. The tables below are the codes with their names in those
/// lists; a code typed wrong in `sectors.gaz`, or one moved without checking, fails here.
@Suite struct SectorCodeTests {
    /// CAMEO event codes (codebook 1.1b3) the taxonomy may use, with their names.
    static let cameo: [String: String] = [
        "060": "Engage in material cooperation", "061": "Cooperate economically", "062": "Cooperate militarily",
        "063": "Engage in judicial cooperation", "064": "Share intelligence or information",
        "071": "Provide economic aid", "072": "Provide military aid", "073": "Provide humanitarian aid",
        "074": "Provide military protection or peacekeeping", "163": "Impose embargo, boycott, or sanctions",
    ]

    /// OECD DAC CRS purpose codes, with their names in the DAC 5-digit list.
    static let crs: [String: String] = [
        "11110": "Education policy and administrative management", "12110": "Health policy and administrative management",
        "15130": "Legal and judicial development",
        "15190": "Facilitation of orderly, safe, regular and responsible migration and mobility",
        "15210": "Security system management and reform", "15220": "Civilian peace-building, conflict prevention and resolution",
        "15230": "Participation in international peacekeeping operations", "16061": "Culture and recreation",
        "16063": "Narcotics control", "21010": "Transport policy and administrative management", "21020": "Road transport",
        "23110": "Energy policy and administrative management",
        "23510": "Nuclear energy electric power plants and nuclear safety",
        "23630": "Electric power transmission and distribution (centralised grids)",
        "24010": "Financial policy and administrative management", "24030": "Formal sector financial intermediaries",
        "32262": "Oil and gas (upstream)", "33110": "Trade policy and administrative management", "33120": "Trade facilitation",
        "33130": "Regional trade agreements (RTAs)", "72010": "Material relief assistance and services",
    ]

    private func sectors() throws -> [Entity] {
        try LexiconLoader().load(directory: Checkout.path("Lexicons")).entities.filter { $0.type == .sector }
    }

    @Test func everySectorHasAKnownCameoCodeAndAnyCrsCodeIsAPurposeCode() throws {
        let all = try sectors()
        #expect(all.count >= 30)
        for sector in all {
            let cameo = try #require(sector.codes["cameo"], "\(sector.id) has no CAMEO code")
            #expect(SectorCodeTests.cameo[cameo] != nil, "\(sector.id): CAMEO \(cameo) is not a code of the taxonomy's families")
            if let crs = sector.codes["crs"] {
                #expect(SectorCodeTests.crs[crs] != nil, "\(sector.id): CRS \(crs) is not a checked purpose code")
            }
        }
    }

    @Test func militarySectorsHaveNoCrsCodeAndTheCorrectedOnesHaveTheirs() throws {
        let byID = Dictionary(uniqueKeysWithValues: try sectors().map { ($0.id, $0) })
        // Military aid is not official development assistance: no purpose code.
        for id in ["sector:joint-exercises", "sector:arms-transfers", "sector:defence-industry", "sector:military-technical"] {
            #expect(byID[EntityID(id)]?.codes["crs"] == nil, "\(id)")
        }
        // Border management is named in 15130's description; 15210 is the governance of the security system.
        #expect(byID["sector:border-security"]?.codes["crs"] == "15130")
        // 32262's description includes oil and gas pipelines.
        #expect(byID["sector:pipelines"]?.codes["crs"] == "32262")
        #expect(byID["sector:sanctions"]?.codes["cameo"] == "163")
    }
}
