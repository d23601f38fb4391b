import Foundation
import Testing
import GazzettaExport
import GazzettaInterchange
import GazzettaModel
import GazzettaTestSupport

/// Whether the test suite's Python has `module` (`.ci/run` installs spacy and seqeval from PyPI).
func pythonHas(_ module: String) -> Bool {
    (try? Subprocess.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import \(module)"]).status) == 0
}

/// Runs `script` with Python and `arguments`; returns standard output, recording standard error on failure.
func python(_ script: String, _ arguments: [String]) throws -> String {
    let outcome = try Subprocess.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script] + arguments)
    #expect(outcome.status == 0, "\(outcome.err)")
    return outcome.out
}

let inCI = ProcessInfo.processInfo.environment["CI"] != nil
let hasSpacy = pythonHas("spacy")
let hasSeqeval = pythonHas("seqeval")

/// The exports, read by the tools they are for.
@Suite struct PythonToolTests {
    /// Documents with multi-word, hyphenated and elided mentions and characters beyond the BMP.
    func documents() throws -> [AnnotatedDocument] {
        let article = try String(contentsOfFile: Checkout.path("Corpus/it/russia-kazakhstan-csto.txt"), encoding: .utf8)
        return [try annotated(trickyText), try annotated(article, id: "csto"),
                try annotated("La cooperazione sino-kazakha e dell’Asia Centrale con la Shanghai Cooperation Organisation.")]
    }

    /// `spacy convert -c ner` reads the CoNLL export (it failed with E177 when the id was the last column) and
    /// finds the same entities, with the same types.
    @Test(.enabled(if: hasSpacy || inCI, "needs Python's spacy (.ci/run installs it)"))
    func spacyConvertReadsTheCoNLLExport() throws {
        #expect(hasSpacy, "spacy is not installed")
        guard hasSpacy else { return }
        let folder = try temporaryFolder("spacy-convert")
        for (index, document) in try documents().enumerated() {
            let input = folder.appendingPathComponent("doc\(index).conll")
            try ExportFormat.conll.export(document).write(to: input, atomically: true, encoding: .utf8)
            let convert = try Subprocess.run(URL(fileURLWithPath: "/usr/bin/env"),
                                             ["python3", "-m", "spacy", "convert", input.path, folder.path, "-c", "ner", "-n", "0"])
            #expect(convert.status == 0, "\(convert.out)\(convert.err)")
            let ents = try python("""
            import sys, spacy
            from spacy.tokens import DocBin
            for doc in DocBin().from_disk(sys.argv[1]).get_docs(spacy.blank("xx").vocab):
                for e in doc.ents: print("".join(e.text.split()) + "\\t" + e.label_)
            """, [folder.appendingPathComponent("doc\(index).spacy").path])
            let expected = document.mentions.map { $0.text.filter { !$0.isWhitespace } + "\t" + $0.type.rawValue.uppercased() }
            #expect(ents.split(separator: "\n").map(String.init) == expected, "\(document.info.id)")
        }
    }

    /// seqeval, strict IOB2: every tag sequence is valid and holds exactly the mentions.
    @Test(.enabled(if: hasSeqeval || inCI, "needs Python's seqeval (.ci/run installs it)"))
    func seqevalReadsTheCoNLLTagsAsTheMentions() throws {
        #expect(hasSeqeval, "seqeval is not installed")
        guard hasSeqeval else { return }
        for document in try documents() {
            let file = try temporaryFolder("seqeval").appendingPathComponent("x.conll")
            try ExportFormat.conll.export(document).write(to: file, atomically: true, encoding: .utf8)
            let out = try python("""
            import sys
            from seqeval.metrics import f1_score
            from seqeval.scheme import IOB2, Entities
            sents, sent = [], []
            for line in open(sys.argv[1], encoding="utf-8"):
                cols = line.split()
                if not cols or cols[0] == "-DOCSTART-":
                    if sent: sents.append(sent); sent = []
                    continue
                sent.append(cols[-1])
            if sent: sents.append(sent)
            print(sum(len(entities) for entities in Entities(sents, IOB2, suffix=False).entities))
            print(f1_score(sents, sents, mode="strict", scheme=IOB2))
            """, [file.path])
            #expect(out.split(separator: "\n") == ["\(document.mentions.count)", "1.0"], "\(document.info.id)")
        }
    }

    /// The lexicon's patterns in a real spaCy pipeline (a blank Italian one: no model needed): the ruler
    /// finds the forms with their types and entity ids, keeps exact-case acronyms exact, and the span ruler
    /// takes the same patterns (`add_patterns` of the file's lines: its `from_disk` wants a folder).
    @Test(.enabled(if: hasSpacy || inCI, "needs Python's spacy (.ci/run installs it)"))
    func spacyRulersLoadTheLexiconPatterns() throws {
        #expect(hasSpacy, "spacy is not installed")
        guard hasSpacy else { return }
        let entities = [
            Entity(id: "country:KZ", type: .place, subtype: "country", label: Labels([.italian: "Kazakhstan", .english: "Kazakhstan"]),
                   aliases: [Alias(form: "Kazakhstan", language: nil, role: .name, caseRule: .fold),
                             Alias(form: "kazaka", language: .italian, role: .adjective, caseRule: .fold),
                             Alias(form: "kazakh", language: .english, role: .adjective, caseRule: .fold)]),
            Entity(id: "org:sco", type: .organisation, subtype: "intergovernmental", label: Labels([.italian: "SCO", .english: "SCO"]),
                   aliases: [Alias(form: "SCO", language: nil, role: .acronym, caseRule: .exact),
                             Alias(form: "Organizzazione per la cooperazione di Shanghai", language: .italian, role: .name, caseRule: .fold)]),
            Entity(id: "country:CN", type: .place, subtype: "country", label: Labels([.italian: "Cina", .english: "China"]),
                   aliases: [Alias(form: "sino", language: nil, role: .adjective, caseRule: .fold, isPrefix: true),
                             Alias(form: "Cina", language: .italian, role: .name, caseRule: .capitalized)]),
        ]
        let file = try temporaryFolder("patterns").appendingPathComponent("patterns.jsonl")
        let patterns = SpacyPatternsExporter().patterns(entities, language: .italian)
        #expect(!patterns.contains("\"sino\"") && !patterns.contains("kazakh\""), "prefixes and other languages' forms are left out")
        try patterns.write(to: file, atomically: true, encoding: .utf8)
        let out = try python("""
        import sys, spacy, srsly
        text = "La CINA, la cina e la Cina; l'Organizzazione per la cooperazione di Shanghai (SCO), non lo sco. Il KAZAKHSTAN e la politica kazaka."
        nlp = spacy.blank("it")
        nlp.add_pipe("entity_ruler").from_disk(sys.argv[1])
        for e in nlp(text).ents: print(e.text, e.label_, e.ent_id_, sep="|")
        spans = spacy.blank("it")
        spans.add_pipe("span_ruler").add_patterns(list(srsly.read_jsonl(sys.argv[1])))
        print(len(spans(text).spans["ruler"]))
        """, [file.path])
        #expect(out.split(separator: "\n").map(String.init) == [
            "Cina|PLACE|country:CN", "Organizzazione per la cooperazione di Shanghai|ORGANISATION|org:sco", "SCO|ORGANISATION|org:sco",
            "KAZAKHSTAN|PLACE|country:KZ", "kazaka|PLACE|country:KZ", "5",
        ])
    }
}
