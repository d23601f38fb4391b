import Foundation
import Testing
import GazzettaAnnotator
import GazzettaExport
import GazzettaModel
import GazzettaText
import GazzettaTestSupport

/// Validates JSON files against `Schemas/annotation.schema.json` with Python's `jsonschema` (Draft 2020-12),
/// which `.ci/run` installs when missing. Returns the validator's report (empty when every file is valid).
func validateAgainstSchema(_ files: [URL]) throws -> (status: Int32, report: String) {
    let script = """
    import json, sys
    from jsonschema import Draft202012Validator
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    bad = 0
    for path in sys.argv[2:]:
        for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
            bad += 1
            print(f"{path}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    sys.exit(1 if bad else 0)
    """
    let outcome = try Subprocess.run(URL(fileURLWithPath: "/usr/bin/env"),
                                     ["python3", "-c", script, Checkout.path("Schemas/annotation.schema.json")] + files.map(\.path))
    return (outcome.status, outcome.out + outcome.err)
}

@Suite struct SchemaTests {
    /// Every kind of output — plain, HTML with source bytes, Latin-1 with notes, dated roles, metonyms,
    /// alternatives, new entities, typos, repairs — validates against the published schema.
    @Test func everyOutputValidatesAgainstTheSchema() throws {
        let folder = try temporaryFolder("schema")
        let compiled = try ShippedLexicon.compiled()
        var files: [URL] = []
        func write(_ document: AnnotatedDocument, _ name: String) throws {
            let url = folder.appendingPathComponent(name + ".json")
            try AnnotationJSON.encode(document, pretty: true).write(to: url, atomically: true, encoding: .utf8)
            files.append(url)
        }
        let corpus = Checkout.url("Corpus")
        let enumerator = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)!
        for case let url as URL in enumerator where ["txt", "html", "md"].contains(url.pathExtension) {
            let bytes = [UInt8](try Data(contentsOf: url))
            let decoded = try DocumentDecoder().decode(bytes, source: url.path, format: DocumentFormat(path: url.path))
            try write(try Annotator(compiled: compiled).annotate(decoded, bytes: bytes, id: url.lastPathComponent), url.lastPathComponent)
        }
        let dated = "04.07.2019\n\nIl Presidente kazakho e il Quadrilateral Cooperation and Coordination Mechanism (QCCM); "
            + "la Belt and Road Iniatitive; dellAsia Centrale; Pechino ha firmato; Georgia."
        try write(try annotated(dated), "dated")
        try write(try annotated(trickyText), "tricky")
        let latin1 = [UInt8]("La citt".utf8) + [0xE0] + [UInt8](" di Astana e la Cina".utf8)
        let decoded = try DocumentDecoder().decode(latin1, source: "latin1.txt", format: .text)
        try write(try Annotator(compiled: compiled).annotate(decoded, bytes: latin1, id: "latin1.txt"), "latin1")
        #expect(files.count >= 8)

        let (status, report) = try validateAgainstSchema(files)
        #expect(status == 0, "\(report)")

        // The validator is not a rubber stamp: a broken document fails.
        let broken = folder.appendingPathComponent("broken.json")
        try #"{"schema": "gazzetta.annotation/1", "document": {"id": "x"}, "text": "", "sentences": [], "mentions": [{"start": -1}], "entities": {}, "sectors": [], "cooperation": []}"#
            .write(to: broken, atomically: true, encoding: .utf8)
        let (brokenStatus, brokenReport) = try validateAgainstSchema([broken])
        #expect(brokenStatus != 0 && brokenReport.contains("broken.json"))
    }
}
