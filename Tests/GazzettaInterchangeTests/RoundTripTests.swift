import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import GazzettaAnnotator
import GazzettaEvaluation
import GazzettaExport
import GazzettaInterchange
import GazzettaModel
import GazzettaTestSupport
import GazzettaText

@Suite struct RoundTripTests {
    @Test func bratRoundTripKeepsSpansAndIds() throws {
        let document = try annotated(trickyText)
        #expect(document.mentions.count >= 6)
        let ann = try ExportFormat.brat.export(document)
        #expect(ann.contains("\tplace "))
        #expect(ann.contains("Reference T1 Gazzetta:"))
        let back = try BratImporter().mentions(ann: ann, text: document.text, source: "x.ann")
        #expect(back.map { [$0.start, $0.end] } == document.mentions.map { [$0.start, $0.end] })
        #expect(back.map(\.role) == document.mentions.map(\.role))
        #expect(back.map(\.entity) == document.mentions.map(\.entity.rawValue))
        #expect(back.map(\.text) == document.mentions.map(\.text))
    }

    @Test func labelStudioRoundTripCountsCodePointsAsLabelStudioDoes() throws {
        let document = try annotated(trickyText)
        let exported = try ExportFormat.labelstudio.export(document, modelVersion: "lexicon-1")
        let tasks = try JSONSerialization.jsonObject(with: Data(exported.utf8)) as! [[String: Any]]
        let prediction = (tasks[0]["predictions"] as! [[String: Any]])[0]
        #expect(prediction["model_version"] as? String == "lexicon-1")
        // Label Studio counts code points ("Should calculate offsets by code points in text"): the two flags
        // before the first word are 4 code points (8 UTF-16 units), and the offsets are the mention's own.
        let results = prediction["result"] as! [[String: Any]]
        let labels = results.filter { $0["type"] as? String == "labels" }
        #expect(labels.count == document.mentions.count)
        for (result, mention) in zip(labels, document.mentions) {
            let value = result["value"] as! [String: Any]
            #expect(value["start"] as? Int == mention.start && value["end"] as? Int == mention.end)
            #expect(slice(trickyText, value["start"] as! Int, value["end"] as! Int) == value["text"] as? String)
        }
        // Each region's entity and role are per-region results sharing its id.
        let first = results.filter { $0["id"] as? String == "m1" }
        #expect(first.compactMap { $0["type"] as? String } == ["labels", "textarea", "choices"])
        #expect(((first[1]["value"] as! [String: Any])["text"] as? [String]) == [document.mentions[0].entity.rawValue])
        let back = try LabelStudioImporter().tasks(Data(exported.utf8), source: "ls.json")
        #expect(back.count == 1)
        #expect(back[0].mentions.map { [$0.start, $0.end] } == document.mentions.map { [$0.start, $0.end] })
        #expect(back[0].mentions.map(\.entity) == document.mentions.map(\.entity.rawValue))
        #expect(back[0].mentions.map(\.role) == document.mentions.map(\.role))
    }

    /// The shape Label Studio exports (JSON export of a project): its own task id, a reviewer's annotation
    /// (a cancelled one before it is skipped), regions with `origin`, the entity typed into the per-region
    /// text area, a region the reviewer added by hand with no entity, after an emoji.
    @Test func aLabelStudioProjectExportReadsBack() throws {
        let text = "🐱 La Cina e il Kazakhstan; Mosca."
        let export = #"""
        [{"id": 41, "annotations": [
            {"id": 3, "completed_by": 1, "was_cancelled": true, "result": []},
            {"id": 4, "completed_by": 1, "was_cancelled": false, "ground_truth": false, "lead_time": 12.5,
             "created_at": "2024-05-02T10:00:00.000000Z", "updated_at": "2024-05-02T10:01:00.000000Z",
             "result": [
              {"value": {"start": 5, "end": 9, "text": "Cina", "labels": ["place"]}, "id": "a1", "from_name": "label", "to_name": "text", "type": "labels", "origin": "prediction"},
              {"value": {"start": 5, "end": 9, "text": ["country:CN"]}, "id": "a1", "from_name": "entity", "to_name": "text", "type": "textarea", "origin": "prediction"},
              {"value": {"start": 5, "end": 9, "choices": ["name"]}, "id": "a1", "from_name": "role", "to_name": "text", "type": "choices", "origin": "prediction"},
              {"value": {"start": 27, "end": 32, "text": "Mosca", "labels": ["place"]}, "id": "Xy9_kP", "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual"}
             ]}],
          "drafts": [], "predictions": [1], "data": {"text": "\#(text)"}, "meta": {}, "created_at": "2024-05-02T09:00:00.000000Z",
          "inner_id": 1, "total_annotations": 1, "cancelled_annotations": 1, "project": 2}]
        """#
        let tasks = try LabelStudioImporter().tasks(Data(export.utf8), source: "project.json")
        #expect(tasks.map(\.id) == ["task-41"])
        #expect(tasks[0].mentions.map(\.text) == ["Cina", "Mosca"])
        #expect(tasks[0].mentions.map(\.entity) == ["country:CN", "unlinked:place"])
        #expect(tasks[0].mentions.map(\.role) == [.name, nil])
        for mention in tasks[0].mentions { #expect(slice(text, mention.start, mention.end) == mention.text) }
    }

    /// The labelling config names the controls the results use, lists every type as a label and every role
    /// as a choice, and is well-formed XML; the copy shipped in Schemas/ is the one the code writes.
    @Test func theLabellingConfigMatchesTheResults() throws {
        let config = LabelStudioExporter.labelingConfig
        #expect(try String(contentsOf: Checkout.url("Schemas/labelstudio-config.xml"), encoding: .utf8) == config)
        let xml = try XMLDocument(xmlString: config)
        func attribute(_ path: String, _ name: String) throws -> [String] {
            try xml.nodes(forXPath: path).compactMap { ($0 as? XMLElement)?.attribute(forName: name)?.stringValue }
        }
        #expect(try attribute("/View/Labels", "name") == ["label"] && attribute("/View/Labels", "toName") == ["text"])
        #expect(try attribute("/View/Text", "name") == ["text"] && attribute("/View/Text", "value") == ["$text"])
        #expect(try attribute("/View/Labels/Label", "value") == EntityType.allCases.map(\.rawValue))
        #expect(try attribute("//TextArea", "name") == ["entity"] && attribute("//TextArea", "perRegion") == ["true"])
        #expect(try attribute("//Choices/Choice", "value") == MentionRole.allCases.map(\.rawValue))
        let document = try annotated(trickyText)
        let tasks = try JSONSerialization.jsonObject(with: Data(ExportFormat.labelstudio.export(document).utf8)) as! [[String: Any]]
        let results = ((tasks[0]["predictions"] as! [[String: Any]])[0]["result"] as! [[String: Any]])
        #expect(Set(results.compactMap { $0["from_name"] as? String }) == ["label", "entity", "role"])
        #expect(Set(results.compactMap { $0["to_name"] as? String }) == ["text"])
    }

    @Test func ourJSONReadsBackAsItWasWritten() throws {
        let document = try annotated(trickyText)
        let json = AnnotationJSON.encode(document, pretty: false)
        let back = try AnnotationReader.read(Data(json.utf8), source: "x.json")
        #expect(AnnotationJSON.encode(back, pretty: false) == json)
    }

    @Test func otherFormatsCarrySpansAndIds() throws {
        let document = try annotated(trickyText)
        let spacy = try JSONSerialization.jsonObject(with: Data(ExportFormat.spacy.export(document).utf8)) as! [String: Any]
        let ents = spacy["ents"] as! [[String: Any]]
        #expect(ents.map { $0["kb_id"] as! String } == document.mentions.map(\.entity.rawValue))
        #expect(ents.first?["label"] as? String == document.mentions.first?.type.rawValue.uppercased())

        let w3c = try JSONSerialization.jsonObject(with: Data(ExportFormat.w3c.export(document).utf8)) as! [String: Any]
        #expect(w3c["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
        let items = (w3c["first"] as! [String: Any])["items"] as! [[String: Any]]
        let selectors = (items[0]["target"] as! [String: Any])["selector"] as! [[String: Any]]
        #expect(selectors[0]["start"] as? Int == document.mentions[0].start)
        #expect(selectors[1]["exact"] as? String == document.mentions[0].text)

        let conll = try ExportFormat.conll.export(document)
        let lines = conll.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(lines.first == ["-DOCSTART-", "-X-", "O", "O"])
        #expect(lines.contains(["Kazakhstan", "B-PLACE"]))
        #expect(lines.contains(["Unione", "B-PLACE"]) && lines.contains(["Sovietica", "I-PLACE"]))
        #expect(lines.contains(["firmano", "O"]))
        let withIDs = try ExportFormat.conll.export(document, conllEntityColumn: true).split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(withIDs.contains(["Kazakhstan", "country:KZ", "B-PLACE"]) && withIDs.contains(["firmano", "_", "O"]))
    }
}

@Suite struct EvalAndDiffTests {
    typealias Item = Evaluation.Item

    /// A case computed by hand: 3 gold, 3 predicted; one exact hit, one wrong entity on the right span,
    /// one overlapping span with the right entity, one miss, one extra.
    @Test func scoresAHandComputedCase() {
        let gold = [Item(start: 0, end: 4, text: "Cina", type: .place, entity: "country:CN"),
                    Item(start: 10, end: 16, text: "Astana", type: .place, entity: "city:astana"),
                    Item(start: 20, end: 30, text: "SCO summit", type: .organisation, entity: "org:sco")]
        let predicted = [Item(start: 0, end: 4, text: "Cina", type: .place, entity: "country:CN"),
                         Item(start: 10, end: 16, text: "Astana", type: .place, entity: "region:astana"),
                         Item(start: 20, end: 23, text: "SCO", type: .organisation, entity: "org:sco")]
        let evaluation = Evaluation(gold: gold, predicted: predicted)
        // Strict: 1 tp (Cina); place fp 1 (region:astana), fn 1 (city:astana); organisation fp 1, fn 1.
        #expect(evaluation.strictTotal.truePositives == 1)
        #expect(evaluation.strictTotal.falsePositives == 2 && evaluation.strictTotal.falseNegatives == 2)
        #expect(abs(evaluation.strictTotal.precision - 1.0 / 3.0) < 1e-9)
        // Lenient: SCO overlaps with the same entity: 2 tp.
        #expect(evaluation.lenientTotal.truePositives == 2 && evaluation.lenientTotal.falseNegatives == 1)
        // Linking: two gold spans found exactly (Cina, Astana), one linked right.
        #expect(evaluation.spanMatches == 2 && evaluation.correctLinks == 1 && evaluation.linkingAccuracy == 0.5)
    }

    @Test func diffFindsAddedRemovedAndChanged() throws {
        let before = try annotated("La Cina e il Kazakhstan; Astana decide.")
        var after = before
        after.mentions.removeFirst()
        after.mentions[0].entity = "country:XX"
        after.mentions.append(Mention(start: 0, end: 2, text: "La", type: .place, entity: "place:la", form: "La", role: .name, sentence: 0))
        let diff = AnnotationDiff(before: before.mentions, after: after.mentions)
        #expect(diff.added.map(\.entity) == ["place:la"])
        #expect(diff.removed.map(\.entity) == ["country:CN"])
        #expect(diff.changed.map(\.after.entity) == ["country:XX"])
    }
}

@Suite struct CoNLLTests {
    @Test func aMentionInsideARepairedWordStillGetsABTag() throws {
        let document = try annotated("La sicurezza dellAsia Centrale.")
        let lines = try ExportFormat.conll.export(document, conllEntityColumn: true).split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(lines.contains(["dell", "_", "O"]))
        #expect(lines.contains(["Asia", "region:central-asia", "B-PLACE"]))
        #expect(lines.contains(["Centrale", "region:central-asia", "I-PLACE"]))
    }
}

/// The wire format is read by one model (`AnnotationWire`): every Corpus output reads back equal to the
/// document that was written, lexicon version included.
@Suite struct WireModelTests {
    @Test func everyCorpusOutputReadsBackEqualToWhatWasWritten() throws {
        let corpus = Checkout.url("Corpus")
        let compiled = try ShippedLexicon.compiled()
        let enumerator = try #require(FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil))
        var count = 0
        for case let url as URL in enumerator where ["txt", "html", "md"].contains(url.pathExtension) {
            let bytes = try [UInt8](Data(contentsOf: url))
            let decoded = try DocumentDecoder().decode(bytes, source: url.path, format: DocumentFormat(path: url.path))
            let document = try Annotator(compiled: compiled).annotate(decoded, bytes: bytes, id: url.lastPathComponent)
            let back = try AnnotationReader.read(Data(AnnotationJSON.utf8(document, pretty: false)), source: url.path)
            // Everything the format carries comes back; entities carry no aliases on the wire.
            var written = document
            for id in written.entities.keys { written.entities[id]!.aliases = [] }
            let name = url.lastPathComponent
            #expect(back.info == written.info, "\(name)")
            #expect(back.text == written.text && back.sentences == written.sentences, "\(name)")
            #expect(back.mentions == written.mentions, "\(name)")
            #expect(back.entities == written.entities, "\(name)")
            #expect(back.sectors == written.sectors && back.cooperation == written.cooperation, "\(name)")
            #expect(back == written, "\(name) reads back different")
            #expect(back.info.lexicon == compiled.lexicon.version && !compiled.lexicon.version.isEmpty)
            count += 1
        }
        #expect(count >= 15)
    }

    @Test func goldFilesReadThroughTheSameModelAndBadFilesSayWhereInPlainWords() throws {
        let gold = try GoldDocument.read(Checkout.path("Corpus/it/russia-kazakhstan-csto.gold.json"))
        #expect(gold.document.id == "it/russia-kazakhstan-csto" && !gold.mentions.isEmpty)
        let broken = #"{"schema": "gazzetta.annotation/1", "document": {"id": "x", "lang": "it"}, "text": "Cina", "mentions": [{"start": 0, "end": 4, "text": "Cina", "type": "place"}]}"#
        do {
            _ = try AnnotationReader.read(Data(broken.utf8), source: "broken.json")
            Issue.record("a mention without an entity was read")
        } catch {
            #expect(error.description == "broken.json: missing \"entity\" in mentions[0]")
        }
    }
}
