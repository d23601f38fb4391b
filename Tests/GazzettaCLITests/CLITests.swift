import Foundation
import Testing
import GazzettaTestSupport

/// Runs the built `gazzetta` with `arguments` (and `input` on standard input); returns status, stdout, stderr.
/// Runs in the temporary folder, so that nothing is found through the current directory.
func gazzetta(_ arguments: [String], input: [UInt8]? = nil) throws -> (status: Int32, out: String, err: String) {
    let outcome = try Subprocess.run(Checkout.gazzettaBinary, arguments, input: input,
                                     directory: URL(fileURLWithPath: NSTemporaryDirectory()))
    return (outcome.status, outcome.out, outcome.err)
}

/// Writes `bytes` to a new temporary file named `name`.
func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
    let path = try temporaryFolder("cli").appendingPathComponent(name).path
    FileManager.default.createFile(atPath: path, contents: Data(bytes))
    return path
}

@Suite struct AnnotateCommandTests {
    @Test func annotatesAShippedArticleFromAnyFolderWithTheCheckoutsLexicons() throws {
        let article = Checkout.path("Corpus/it/russia-kazakhstan-csto.txt")
        let result = try gazzetta(["annotate", article])
        #expect(result.status == 0, "\(result.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "gazzetta.annotation/1")
        let mentions = try #require(json["mentions"] as? [[String: Any]])
        #expect(mentions.contains { $0["entity"] as? String == "country:KZ" })
        #expect((json["document"] as? [String: Any])?["lang"] as? String == "it")
    }

    @Test func benchmarkReportsALexiconsLoadTimeAndResidentMemory() throws {
        let lexicons = Checkout.path("Lexicons")
        let result = try gazzetta(["benchmark", "--mode", "load", "--lexicons", lexicons, "--repeat", "2"])
        #expect(result.status == 0, "\(result.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(["loaded", "rebuilt"].contains(json["outcome"] as? String))
        #expect((json["lexicon_aliases"] as? Int ?? 0) > 0)
        #expect((json["lexicon_load_seconds"] as? Double ?? 0) > 0)
        #if os(Linux)
        #expect((json["lexicon_resident_mb"] as? Double ?? -1) >= 0)
        #endif
        // Throughput modes need text.
        let noFiles = try gazzetta(["benchmark", "--mode", "annotate", "--lexicons", lexicons])
        #expect(noFiles.status != 0 && noFiles.err.contains("text files"))
    }

    @Test func benchmarkStagesCutsThePipelineAfterEachStage() throws {
        let lexicons = Checkout.path("Lexicons")
        let articles = ["Corpus/it/russia-kazakhstan-csto.txt", "Corpus/en/turkmenistan-china-gas.txt"]
            .map { Checkout.path($0) }
        let result = try gazzetta(["benchmark", "--mode", "stages", "--lexicons", lexicons, "--repeat", "1"] + articles)
        #expect(result.status == 0, "\(result.err)")
        let lines = try result.out.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        // The resolution passes are cut one by one, in the pipeline's order, between matching and annotation.
        let passes = ["linking", "discovery", "metonymy", "acronyms", "role-titles", "roles-held", "shared-head", "sector-profile", "cooperation"]
        #expect(lines.map { $0["stage"] as? String } == ["icu", "tokens", "analysis", "matching"] + passes.map { "pass:" + $0 }
            + ["annotation", "json"])
        #expect(lines.allSatisfy { ($0["mb_per_s"] as? Double ?? 0) > 0 })
        let output = Dictionary(uniqueKeysWithValues: lines.map { ($0["stage"] as? String ?? "", $0["output"] as? Int ?? -1) })
        // Each cut did its stage's work: the annotation cut finds the mentions `annotate` writes, and the JSON
        // cut writes at least the texts themselves.
        var mentions = 0, bytes = 0
        for article in articles {
            let annotated = try gazzetta(["annotate", article, "--lexicons", lexicons])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(annotated.out.utf8)) as? [String: Any])
            mentions += (json["mentions"] as? [Any])?.count ?? 0
            bytes += try Data(contentsOf: URL(fileURLWithPath: article)).count
        }
        #expect(mentions > 0 && output["annotation"] == mentions)
        #expect(output["json"] ?? 0 > bytes)
        #expect(output["icu"] ?? 0 > 0 && output["tokens"] ?? 0 >= output["icu"] ?? 0)
        #expect(output["matching"] ?? 0 > 0)
    }

    @Test func twoRunsGiveByteIdenticalOutput() throws {
        let article = Checkout.path("Corpus/en/turkmenistan-china-gas.txt")
        let first = try gazzetta(["annotate", article]), second = try gazzetta(["annotate", article])
        #expect(first.status == 0 && !first.out.isEmpty)
        #expect(first.out == second.out)
    }

    @Test func readsStandardInputAndHonoursLang() throws {
        let result = try gazzetta(["annotate", "-", "--lang", "en"], input: Array("Kazakhstan and China signed.\n".utf8))
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("\"lang\":\"en\",\"langSource\":\"given\""))
        #expect(result.out.contains("\"entity\":\"country:CN\""))
    }

    @Test func badInputsGiveClearErrorsAndANonZeroExit() throws {
        let missing = try gazzetta(["annotate", "/no/such/file.txt"])
        #expect(missing.status != 0 && missing.err.contains("/no/such/file.txt: no such file"))

        let directory = try gazzetta(["annotate", Checkout.path("Corpus")])
        #expect(directory.status != 0 && directory.err.contains("is a directory"))

        let empty = try temporaryFile("empty.txt", [])
        let emptyResult = try gazzetta(["annotate", empty])
        #expect(emptyResult.status != 0 && emptyResult.err.contains("empty.txt: empty document"))

        // Broken UTF-8 (a valid "è" then a stray byte) is an error naming the byte; --lossy replaces it.
        let invalid = try temporaryFile("broken.txt", Array("Città è".utf8) + [0xE0] + Array(" di Astana".utf8))
        let invalidResult = try gazzetta(["annotate", invalid])
        #expect(invalidResult.status != 0 && invalidResult.err.contains("broken.txt: invalid UTF-8 at byte offset 9"))
        let lossy = try gazzetta(["annotate", invalid, "--lossy"])
        #expect(lossy.status == 0 && lossy.out.contains("Città è\u{FFFD} di Astana"))
        // A Latin-1 file is detected and decoded, with a note; --encoding utf-8 refuses it.
        let latin1 = try temporaryFile("latin1.txt", Array("La citt".utf8) + [0xE0] + Array(" di Astana e la Cina: cos".utf8) + [0xEC] + Array(" la cooperazione ".utf8) + [0xE8] + Array(" cresciuta.".utf8))
        let detected = try gazzetta(["annotate", latin1])
        #expect(detected.status == 0, "\(detected.err)")
        #expect(detected.out.contains("città di Astana") && detected.out.contains("\"notes\":[\"decoded from ISO-8859-1"))
        let strict = try gazzetta(["annotate", latin1, "--encoding", "utf-8"])
        #expect(strict.status != 0 && strict.err.contains("latin1.txt: invalid UTF-8 at byte offset 7"))

        let binaryFile = try temporaryFile("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        let binaryResult = try gazzetta(["annotate", binaryFile])
        #expect(binaryResult.status != 0 && binaryResult.err.contains("image.png: not a text file"))

        let badDate = try gazzetta(["annotate", "-", "--date", "4 July"], input: Array("Cina".utf8))
        #expect(badDate.status != 0 && badDate.err.contains("YYYY-MM-DD"))
    }

    @Test func aBrokenLexiconIsReportedWithFileAndLine() throws {
        let lexicon = try temporaryFile("broken.gaz", Array("@source: test\n[country:XX]\ntype = planet\n".utf8))
        let folder = URL(fileURLWithPath: lexicon).deletingLastPathComponent().path
        let result = try gazzetta(["annotate", "-", "--lexicons", folder], input: Array("Cina".utf8))
        #expect(result.status != 0)
        #expect(result.err.contains("broken.gaz:3: error: unknown type 'planet'"))
        let check = try gazzetta(["lexicon", "check", folder])
        #expect(check.status != 0 && check.err.contains("broken.gaz:3"))
    }
}

@Suite struct WebPageTests {
    @Test func annotatesTheReadableTextOfAPageWithSourceByteRanges() throws {
        let page = """
        <html><head><title>x</title><script>var Russia = "Mosca";</script></head>
        <body><nav>Russia</nav><h1>Il Kazakhstan e la Cina</h1><p>Secondo Pechino &amp; Astana&#8230;</p></body></html>
        """
        let path = try temporaryFile("page.html", Array(page.utf8))
        let result = try gazzetta(["annotate", path])
        #expect(result.status == 0, "\(result.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(json["text"] as? String == "Il Kazakhstan e la Cina\n\nSecondo Pechino & Astana…")
        let mentions = try #require(json["mentions"] as? [[String: Any]])
        #expect(!mentions.contains { $0["entity"] as? String == "country:RU" })
        let bytes = Array(page.utf8)
        for mention in mentions {
            let source = try #require(mention["sourceBytes"] as? [String: Int])
            let slice = String(decoding: bytes[source["start"]!..<source["end"]!], as: UTF8.self)
            #expect(slice == mention["text"] as? String)
        }
        #expect((json["document"] as? [String: Any])?["format"] as? String == "html")
    }
}

@Suite struct StreamingTests {
    @Test func aMalformedLineInTheMiddleGetsAnErrorObjectAndTheStreamGoesOn() throws {
        let input = """
        {"id": "a", "text": "La Cina e il Kazakhstan hanno firmato.", "lang": "it"}
        {"id": "b", "text": 
        {"id": "c", "text": "Moscow and Beijing agreed on border security.", "date": "2019-07-04"}
        {"id": "d", "lang": "fr", "text": "x"}

        """
        let result = try gazzetta(["annotate", "--jsonl"], input: Array(input.utf8))
        #expect(result.status == 0, "\(result.err)")
        let lines = result.out.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.count == 4)
        #expect((lines[0]?["document"] as? [String: Any])?["id"] as? String == "a")
        #expect(lines[1]?["line"] as? Int == 2 && (lines[1]?["error"] as? String)?.contains("not a JSON object") == true)
        #expect((lines[2]?["document"] as? [String: Any])?["date"] as? String == "2019-07-04")
        #expect((lines[2]?["mentions"] as? [[String: Any]])?.contains { $0["entity"] as? String == "city:moscow" } == true)
        #expect(lines[3]?["id"] as? String == "d" && (lines[3]?["error"] as? String)?.contains("unknown lang 'fr'") == true)
    }
}

@Suite struct JSONLinesRulesTests {
    @Test func textIsKeptExactlyAndEveryFieldFollowsOneRule() throws {
        // Line 1: a raw U+FEFF right after the escape \n must stay, or every later offset shifts by one.
        let input = "{\"id\": \"bom\", \"text\": \"Mosca\\n\u{FEFF} Astana e Pechino.\", \"lang\": \"it\"}\n"
            + "{\"id\": 7, \"text\": \"Moscow and Beijing agreed.\", \"lang\": \"auto\"}\n"
            + "{\"id\": {\"a\": 1}, \"text\": \"Cina\"}\n"
            + "   \n"
            + "{\"id\": \"n\", \"text\": \"Cina\", \"lang\": 5}\n"
            + "{\"id\": 2.5, \"text\": \"Cina\"}\n"
        let result = try gazzetta(["annotate", "--jsonl"], input: Array(input.utf8))
        #expect(result.status == 0, "\(result.err)")
        let lines = try result.out.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        // One answer per non-blank line; the blank line 4 gets none but is counted.
        #expect(lines.count == 5)
        let astana = (lines[0]["mentions"] as? [[String: Any]])?.first { $0["text"] as? String == "Astana" }
        #expect(astana?["start"] as? Int == 8, "\(lines[0])")
        #expect((lines[1]["document"] as? [String: Any])?["id"] as? String == "7")
        #expect((lines[1]["document"] as? [String: Any])?["lang"] as? String == "en")
        #expect(lines[2]["line"] as? Int == 3 && (lines[2]["error"] as? String)?.contains("\"id\" must be a string or an integer") == true)
        #expect(lines[3]["line"] as? Int == 5 && lines[3]["id"] as? String == "n"
            && (lines[3]["error"] as? String)?.contains("\"lang\" must be a string") == true)
        #expect(lines[4]["line"] as? Int == 6 && (lines[4]["error"] as? String)?.contains("\"id\"") == true)
    }
}

@Suite struct ReviewAndInterchangeCommandTests {
    @Test func batchThenEvalDiffReviewExportAndImport() throws {
        let out = try temporaryFolder("cli").path
        let corpus = Checkout.path("Corpus")
        let batch = try gazzetta(["batch", corpus + "/it", corpus + "/en", "--out", out, "--quiet"])
        #expect(batch.status == 0, "\(batch.err)")

        let eval = try gazzetta(["eval", "--gold", corpus + "/it", "--gold", corpus + "/en", "--pred", out, "--json"])
        #expect(eval.status == 0, "\(eval.err)")
        let scores = try #require(try JSONSerialization.jsonObject(with: Data(eval.out.utf8)) as? [String: Any])
        let strict = ((scores["all"] as? [String: Any])?["strict"] as? [String: Any])
        #expect((strict?["f1"] as? Double ?? 0) > 0.85)
        #expect((strict?["tp"] as? Int ?? 0) > 250)
        let table = try gazzetta(["eval", "--gold", corpus + "/it", "--gold", corpus + "/en", "--pred", out])
        #expect(table.out.contains("linking accuracy") && table.out.contains("organisation"))

        let same = try gazzetta(["diff", out, out])
        #expect(same.out.hasSuffix("0 added, 0 removed, 0 changed\n"))
        // A run with a smaller lexicon: what it lost shows as removed.
        let small = out + "-lexicon"
        try FileManager.default.createDirectory(atPath: small, withIntermediateDirectories: true)
        try "@source: test\n[country:KZ]\ntype = place\nsubtype = country\nlabel.it = Kazakhstan\nlabel.en = Kazakhstan\nname = Kazakhstan\n"
            .write(toFile: small + "/kz.gaz", atomically: true, encoding: .utf8)
        let narrow = try gazzetta(["batch", corpus + "/it", corpus + "/en", "--out", out + "-narrow", "--quiet", "--lexicons", small])
        #expect(narrow.status == 0, "\(narrow.err)")
        let changes = try gazzetta(["diff", out, out + "-narrow", "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(changes.out.utf8)) as? [String: Any])
        // (Acronyms the text defines still link, as new entities: a few additions.)
        #expect((report["removed"] as? Int ?? 0) > 200 && (report["added"] as? Int ?? 0) < 20)

        let review = try gazzetta(["review", out, "--out", out + "/review"])
        #expect(review.status == 0, "\(review.err)")
        let index = try String(contentsOfFile: out + "/review/index.html", encoding: .utf8)
        #expect(index.contains("it/russia-kazakhstan-csto.txt.json.html"))

        let annotation = out + "/it/russia-kazakhstan-csto.txt.json"
        let brat = try gazzetta(["export", annotation, "--format", "brat", "--out", out + "/x.ann"])
        #expect(brat.status == 0, "\(brat.err)")
        let imported = try gazzetta(["import", "brat", out + "/x.ann", "--lang", "it", "--out", out + "/x.gold.json"])
        #expect(imported.status == 0, "\(imported.err)")
        let roundTrip = try gazzetta(["eval", "--gold", out + "/x.gold.json", "--pred", annotation, "--json"])
        let perfect = try #require(try JSONSerialization.jsonObject(with: Data(roundTrip.out.utf8)) as? [String: Any])
        #expect(((perfect["all"] as? [String: Any])?["strict"] as? [String: Any])?["f1"] as? Double == 1.0)

        let conll = try gazzetta(["export", annotation, "--format", "conll"])
        #expect(conll.out.contains("\nKazakhstan B-PLACE\n"))
    }
}

@Suite struct EvalCommandTests {
    /// A gold folder of two Italian articles; predictions are a copy of gold files, so paired ones score perfectly.
    private func folders() throws -> (gold: String, pred: String) {
        let root = try temporaryFolder("cli-eval")
        let gold = root.appendingPathComponent("gold"), pred = root.appendingPathComponent("pred")
        for folder in [gold, pred] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        for name in ["russia-kazakhstan-csto", "cina-tagikistan-frontiera"] {
            try FileManager.default.copyItem(at: Checkout.url("Corpus/it/\(name).gold.json"),
                                             to: gold.appendingPathComponent("\(name).gold.json"))
        }
        return (gold.path, pred.path)
    }

    @Test func aGoldDocumentWithNoPredictionCountsAsMisses() throws {
        let (gold, pred) = try folders()
        try FileManager.default.copyItem(atPath: Checkout.path("Corpus/it/russia-kazakhstan-csto.gold.json"),
                                         toPath: pred + "/russia-kazakhstan-csto.json")
        let result = try gazzetta(["eval", "--gold", gold, "--pred", pred, "--json"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err.contains("no prediction for it/cina-tagikistan-frontiera"))
        let scores = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let strict = try #require((scores["all"] as? [String: Any])?["strict"] as? [String: Any])
        // Precision stays perfect (nothing predicted is wrong); recall loses the unpaired article's mentions.
        #expect(strict["precision"] as? Double == 1.0)
        #expect((strict["recall"] as? Double ?? 1) < 0.75)
        #expect((strict["fn"] as? Int ?? 0) > 10)
    }

    @Test func noPairedDocumentIsAnError() throws {
        let (gold, pred) = try folders()
        try FileManager.default.copyItem(atPath: Checkout.path("Corpus/en/turkmenistan-china-gas.gold.json"),
                                         toPath: pred + "/turkmenistan-china-gas.json")
        let result = try gazzetta(["eval", "--gold", gold, "--pred", pred])
        #expect(result.status != 0)
        #expect(result.err.contains("no gold document has a prediction"), "\(result.err)")
    }
}

@Suite struct InputReadingTests {
    static let article = "Mosca e Pechino hanno firmato un accordo ad Astana."

    /// Runs `script` in bash with `$G` the built binary, in a fresh temporary folder.
    private func bash(_ script: String) throws -> Subprocess.Outcome {
        let folder = try temporaryFolder("cli-input")
        return try Subprocess.run(URL(fileURLWithPath: "/bin/bash"), ["-c", "G='\(Checkout.gazzettaBinary.path)'; " + script],
                                  directory: folder)
    }

    private func mentions(_ json: String) throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return (object["mentions"] as? [[String: Any]] ?? []).compactMap { $0["entity"] as? String }
    }

    @Test func devStdinAFIFOAndAProcessSubstitutionAreRead() throws {
        for script in ["printf '\(Self.article)' | \"$G\" annotate /dev/stdin --lang it",
                       "mkfifo doc.txt; (printf '\(Self.article)' > doc.txt &); \"$G\" annotate doc.txt --lang it",
                       "\"$G\" annotate <(printf '\(Self.article)') --lang it"] {
            let outcome = try bash(script)
            #expect(outcome.status == 0, "\(script): \(outcome.err)")
            #expect(try mentions(outcome.out).contains("city:moscow"), "\(script)")
        }
    }

    @Test func maxBytesRefusesLargerInputPlainly() throws {
        let path = try temporaryFile("big.txt", Array(Self.article.utf8))
        let refused = try gazzetta(["annotate", path, "--max-bytes", "20"])
        #expect(refused.status != 0)
        #expect(refused.err.contains("too large (51 bytes, the limit is 20; raise it with --max-bytes)"), "\(refused.err)")
        let streamed = try gazzetta(["annotate", "-", "--max-bytes", "20"], input: Array(Self.article.utf8))
        #expect(streamed.status != 0 && streamed.err.contains("more than 20 bytes"), "\(streamed.err)")
        #expect(try gazzetta(["annotate", path, "--max-bytes", "51", "--lang", "it"]).status == 0)
    }

    @Test func utf16InputIsDecodedAndAWrongEncodingIsRefused() throws {
        let utf16LE = Self.article.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let path = try temporaryFile("wide.txt", utf16LE)
        let given = try gazzetta(["annotate", path, "--encoding", "UTF-16LE", "--lang", "it"])
        #expect(given.status == 0, "\(given.err)")
        #expect(try mentions(given.out).contains("city:moscow"))
        let marked = try temporaryFile("marked.txt", [0xFF, 0xFE] + utf16LE)
        let detected = try gazzetta(["annotate", marked, "--lang", "it"])
        #expect(detected.status == 0, "\(detected.err)")
        #expect(try mentions(detected.out).contains("city:moscow"))
        // UTF-8 read as UTF-32: an error, not a page of U+FFFD.
        let utf8 = try temporaryFile("narrow.txt", Array((Self.article + "!").utf8))
        let wrong = try gazzetta(["annotate", utf8, "--encoding", "utf-32"])
        #expect(wrong.status != 0 && wrong.err.contains("not valid UTF-32"), "\(wrong.err)")
    }
}
