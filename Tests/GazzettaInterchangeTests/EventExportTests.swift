import GazzettaInterchange
import GazzettaModel
import GazzettaTestSupport
import Testing

/// `gazzetta export --format events`: cooperation records as event rows.
struct EventExportTests {
    @Test func eventsExportOneRowPerPairInCSVAndJSONLines() throws {
        let document = try annotated("Il Kirghizistan rafforza la sicurezza delle frontiere con la Cina.", .italian)
        let csv = EventExporter().csv(document)
        #expect(csv.hasPrefix("date,source,target,cameo,sector,crs,polarity,sentence,document\r\n"))
        #expect(csv.contains("country:KG,country:CN,062,sector:border-security,15130,cooperation,"))
        #expect(EventExporter().jsonLines(document).split(separator: "\n").count == 1)
    }

    @Test func coordinatedActorsGiveOneRowPerPairInIDOrder() throws {
        let document = try annotated("Russia, Cina e Kazakhstan hanno firmato un accordo commerciale.", .italian)
        let rows = EventExporter().rows(document)
        #expect(rows.map { [$0[1], $0[2]] } == [["country:CN", "country:KZ"], ["country:CN", "country:RU"], ["country:KZ", "country:RU"]])
        #expect(rows.allSatisfy { $0[8] == "test" && $0[3] == "061" })
    }

    @Test func fieldsWithCommasOrQuotesAreQuoted() {
        #expect(EventExporter.csvField("a, b") == "\"a, b\"")
        #expect(EventExporter.csvField("say \"no\"") == "\"say \"\"no\"\"\"")
        #expect(EventExporter.csvField("plain") == "plain")
    }
}
