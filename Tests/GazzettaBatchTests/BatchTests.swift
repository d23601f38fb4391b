import Foundation
import Testing
@testable import GazzettaBatch
import GazzettaLexicon
import GazzettaTestSupport

/// Every file under `folder` (relative path → contents).
func snapshot(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let root = folder.standardizedFileURL.path
    for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)! {
        var isDirectory: ObjCBool = false
        FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        if isDirectory.boolValue { continue }
        files[String(url.standardizedFileURL.path.dropFirst(root.count))] = try Data(contentsOf: url)
    }
    return files
}

@Suite(.serialized) struct BatchTests {
    func run(_ input: URL, _ output: URL, jobs: Int) async throws -> BatchResult {
        let documents = try BatchInputs.expand([input.path])
        let runner = BatchRunner(compiled: try ShippedLexicon.compiled(), options: BatchOptions(outputDirectory: output.path, jobs: jobs, maximumBytes: 200_000))
        return try await runner.run(documents)
    }

    @Test func badDocumentsAreRecordedAndSkippedAndTheRestIsWritten() async throws {
        let input = try temporaryFolder("in")
        let bad = try CorpusGenerator.write(60, to: input)
        let output = try temporaryFolder("out")
        let result = try await run(input, output, jobs: 2)
        #expect(result.records.count == 60 + 5)
        #expect(result.failed == bad)
        let errors = try String(contentsOf: output.appendingPathComponent("errors.jsonl"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(errors.count == bad)
        #expect(errors.contains { $0.contains("broken.txt: invalid UTF-8 at byte offset 9") })
        #expect(errors.contains { $0.contains("image.txt: not a text file") })
        #expect(errors.contains { $0.contains("empty.txt: empty document") })
        #expect(errors.contains { $0.contains("huge.txt: too large") })
        // The Latin-1 file is detected and annotated, its encoding recorded.
        let corpus = try String(contentsOf: output.appendingPathComponent("corpus.jsonl"), encoding: .utf8)
        #expect(corpus.split(separator: "\n").count == 65)
        #expect(corpus.contains("\"path\":\"\(input.path)/bad/latin1.txt\",\"id\":\"bad/latin1.txt\",\"lang\":\"it\""))
        #expect(corpus.contains("\"encoding\":\"ISO-8859-1\""))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("it/batch-0/doc-0000.txt.json").path))
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("summary.json"))) as! [String: Any]
        #expect(summary["annotated"] as? Int == 61 && summary["failed"] as? Int == 4)
        let top = (summary["entities"] as! [[String: Any]]).first
        #expect(top?["entity"] as? String == "country:CN")
        #expect((summary["cooccurrence"] as! [[String: Any]]).contains { $0["entity"] as? String == "country:KZ" && $0["sector"] as? String == "sector:counter-terrorism" })
    }

    @Test func outputsAreByteIdenticalWhateverTheNumberOfWorkers() async throws {
        let input = try temporaryFolder("in")
        try CorpusGenerator.write(120, to: input)
        let one = try temporaryFolder("one"), four = try temporaryFolder("four")
        _ = try await run(input, one, jobs: 1)
        _ = try await run(input, four, jobs: 4)
        let a = try snapshot(one), b = try snapshot(four)
        // 120 documents and the Latin-1 one, then corpus.jsonl, errors.jsonl, summary.json, the journal and the
        // (empty) lock file.
        #expect(a.count == 121 + 5)
        #expect(Set(a.keys).symmetricDifference(b.keys).isEmpty, "\(Set(a.keys).symmetricDifference(b.keys).sorted())")
        for key in a.keys { #expect(a[key] == b[key], "\(key) differs between --jobs 1 and --jobs 4") }
    }

    @Test func aReRunSkipsUnchangedDocumentsAndRedoesChangedOnes() async throws {
        let input = try temporaryFolder("in")
        try CorpusGenerator.write(20, to: input)
        let output = try temporaryFolder("out")
        let first = try await run(input, output, jobs: 2)
        #expect(first.annotated == 21 && first.reused == 0)
        let changed = input.appendingPathComponent("it/batch-0/doc-0000.txt")
        try Data("La Cina e il Kazakhstan firmano.\n".utf8).write(to: changed)
        let second = try await run(input, output, jobs: 2)
        #expect(second.annotated == 1 && second.reused == 20)
        let json = try String(contentsOf: output.appendingPathComponent("it/batch-0/doc-0000.txt.json"), encoding: .utf8)
        #expect(json.contains("La Cina e il Kazakhstan firmano."))
    }

    @Test func aRunReusingEveryDocumentWritesTheSameSummaryWithItsDiscoveredNames() async throws {
        let input = try temporaryFolder("in")
        try FileManager.default.createDirectory(at: input.appendingPathComponent("it"), withIntermediateDirectories: true)
        try Data("Secondo Laura Neri, ricercatrice, il Ministero delle Risorse Idriche ha firmato con la Cina.\n".utf8)
            .write(to: input.appendingPathComponent("it/neri.txt"))
        let output = try temporaryFolder("out")
        let first = try await run(input, output, jobs: 1)
        #expect(first.annotated == 1 && first.reused == 0)
        let summaryURL = output.appendingPathComponent("summary.json")
        let before = try Data(contentsOf: summaryURL)
        let listed = try JSONSerialization.jsonObject(with: before) as! [String: Any]
        let names = (listed["discovered"] as! [[String: Any]]).compactMap { $0["entity"] as? String }
        #expect(names.contains("new:person:laura-neri") && names.contains("new:org:ministero-delle-risorse-idriche"))
        // The second run reads every record back from the journal: the summary must not lose what they named.
        let second = try await run(input, output, jobs: 1)
        #expect(second.annotated == 0 && second.reused == 1)
        #expect(try Data(contentsOf: summaryURL) == before, "summary.json differs after a run that reused every document")
    }

    @Test func otherOptionsRedoTheDocuments() async throws {
        let input = try temporaryFolder("in")
        try CorpusGenerator.write(10, to: input)
        let output = try temporaryFolder("out")
        let documents = try BatchInputs.expand([input.path])
        _ = try await BatchRunner(compiled: ShippedLexicon.compiled(), options: BatchOptions(outputDirectory: output.path, maximumBytes: 200_000)).run(documents)
        let english = try await BatchRunner(compiled: ShippedLexicon.compiled(),
                                            options: BatchOptions(outputDirectory: output.path, maximumBytes: 200_000, language: .english)).run(documents)
        #expect(english.reused == 0 && english.annotated == 11)
        let json = try String(contentsOf: output.appendingPathComponent("it/batch-0/doc-0000.txt.json"), encoding: .utf8)
        #expect(json.contains("\"lang\":\"en\",\"langSource\":\"given\""))
    }

    @Test func aDocumentCannotTakeTheSummarysName() throws {
        let folder = try temporaryFolder("reserved")
        let file = folder.appendingPathComponent("summary")
        try Data("Cina".utf8).write(to: file)
        #expect(try BatchInputs.expand([file.path]).map(\.output) == ["summary.document.json"])
    }

    @Test func outputPathsCannotLeaveTheOutputFolder() throws {
        #expect(BatchInputs.safe("../../etc/passwd") == "etc/passwd")
        #expect(BatchInputs.safe("/abs/./x.txt") == "abs/x.txt")
        // A symbolic link inside the output folder does not carry outputs elsewhere.
        let output = try temporaryFolder("out"), elsewhere = try temporaryFolder("elsewhere")
        try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("it"), withDestinationURL: elsewhere)
        let runner = BatchRunner(compiled: try ShippedLexicon.compiled(), options: BatchOptions(outputDirectory: output.path))
        #expect(throws: BatchError.self) { try runner.outputURL("it/x.txt.json", in: output.standardizedFileURL) }
        #expect(try runner.outputURL("en/x.txt.json", in: output.standardizedFileURL).path.hasPrefix(output.standardizedFileURL.path))
    }

    /// Kill -9 part-way, run again: the outputs equal those of an uninterrupted run.
    @Test func aKilledRunResumesToTheSameOutputs() async throws {
        let input = try temporaryFolder("in")
        try CorpusGenerator.write(400, to: input)
        let reference = try temporaryFolder("reference"), resumed = try temporaryFolder("resumed")
        let lexicons = Checkout.path("Lexicons")
        func batch(_ output: URL) throws -> Process {
            let process = Process()
            process.executableURL = Checkout.gazzettaBinary
            process.arguments = ["batch", input.path, "--out", output.path, "--jobs", "1", "--quiet", "--max-bytes", "200000", "--lexicons", lexicons]
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            return process
        }
        let full = try batch(reference)
        full.waitUntilExit()
        #expect(full.terminationStatus == 3) // the bad files

        let interrupted = try batch(resumed)
        let journal = resumed.appendingPathComponent(".gazzetta-progress.jsonl")
        var killed = false
        for _ in 0..<4000 {
            if let data = FileManager.default.contents(atPath: journal.path), data.filter({ $0 == 0x0A }).count >= 40 {
                kill(interrupted.processIdentifier, SIGKILL)
                killed = true
                break
            }
            if !interrupted.isRunning { break }
            usleep(2000)
        }
        interrupted.waitUntilExit()
        #expect(killed, "the run ended before it could be killed")
        #expect(!FileManager.default.fileExists(atPath: resumed.appendingPathComponent("summary.json").path))
        // Every output under its final name is whole: finished JSON, never a prefix of one.
        let partial = try snapshot(resumed)
        for (name, data) in partial where name.hasSuffix(".txt.json") {
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(name) is half-written")
        }
        #expect(partial.keys.contains { $0.hasSuffix(".txt.json") })

        let again = try batch(resumed)
        again.waitUntilExit()
        #expect(again.terminationStatus == 3)
        let a = try snapshot(reference), b = try snapshot(resumed)
        #expect(Set(a.keys).symmetricDifference(b.keys).isEmpty, "files only in one run: \(Set(a.keys).symmetricDifference(b.keys).sorted())")
        for key in a.keys where b[key] != nil { #expect(a[key] == b[key], "\(key) differs after resuming") }
    }

    @Test func aSecondRunIntoAFolderInUseIsRefusedPlainly() async throws {
        let input = try temporaryFolder("in"), output = try temporaryFolder("out")
        try "Mosca e Astana.".write(to: input.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        var held: OutputFolderLock? = try OutputFolderLock(output) // as a run in progress holds it
        do {
            _ = try await run(input, output, jobs: 1)
            Issue.record("a second run into a locked folder went ahead")
        } catch let error as BatchError {
            #expect(error.description.contains("another gazzetta batch run is writing into this folder"))
        }
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("corpus.jsonl").path))
        #expect(held != nil)
        held = nil
        // Once released (the run ended), the folder is free again.
        let result = try await run(input, output, jobs: 1)
        #expect(result.annotated == 1)
    }

    @Test func anEmptyOrFileOutputIsAPlainErrorWithANonZeroExit() throws {
        let input = try temporaryFolder("in")
        try "Mosca e Astana.".write(to: input.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let file = input.appendingPathComponent("a.txt").path
        for (out, message) in [("", "--out is empty"), (file, "--out names a file, not a folder")] {
            let outcome = try Subprocess.run(Checkout.gazzettaBinary, ["batch", input.path, "--out", out, "--quiet",
                                                                        "--lexicons", Checkout.path("Lexicons")],
                                             directory: input)
            #expect(outcome.status != 0)
            #expect(outcome.err.contains(message), "\(outcome.err)")
            #expect(!outcome.err.contains("NSCocoaErrorDomain") && !outcome.err.contains("Error Domain"))
        }
        #expect(!FileManager.default.fileExists(atPath: input.appendingPathComponent("corpus.jsonl").path))
    }

    @Test func outputsWhoseInputIsGoneAreRemoved() async throws {
        let input = try temporaryFolder("in"), output = try temporaryFolder("out")
        for name in ["a", "b", "c"] {
            try "Mosca e Astana, \(name).".write(to: input.appendingPathComponent(name + ".txt"), atomically: true, encoding: .utf8)
        }
        _ = try await run(input, output, jobs: 1)
        let stale = output.appendingPathComponent("b.txt.json")
        #expect(FileManager.default.fileExists(atPath: stale.path))
        try FileManager.default.removeItem(at: input.appendingPathComponent("b.txt"))
        let again = try await run(input, output, jobs: 1)
        #expect(again.removed == ["b.txt.json"])
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        let corpus = try String(contentsOf: output.appendingPathComponent("corpus.jsonl"), encoding: .utf8)
        #expect(corpus.split(separator: "\n").count == 2 && !corpus.contains("b.txt"))
        // A run over part of the corpus removes nothing whose input is still there.
        let part = try await BatchRunner(compiled: try ShippedLexicon.compiled(),
                                         options: BatchOptions(outputDirectory: output.path, jobs: 1, maximumBytes: 200_000))
            .run(try BatchInputs.expand([input.appendingPathComponent("a.txt").path]))
        #expect(part.removed.isEmpty)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("c.txt.json").path))
    }

    @Test func aSymlinkedInputFolderIsReadAndEverySkipIsReported() async throws {
        let real = try temporaryFolder("in-real"), output = try temporaryFolder("out")
        try "Mosca e Astana.".write(to: real.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        // A link to nowhere, named like a document: it cannot be read, and errors.jsonl must say so.
        try FileManager.default.createSymbolicLink(atPath: real.appendingPathComponent("gone.txt").path, withDestinationPath: "/nonexistent/x.txt")
        let link = try temporaryFolder("in-link").appendingPathComponent("corpus")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        let result = try await run(link, output, jobs: 1)
        #expect(result.records.map(\.output) == ["a.txt.json", "gone.txt.json"])
        #expect(result.annotated == 1 && result.failed == 1)
        let errors = try String(contentsOf: output.appendingPathComponent("errors.jsonl"), encoding: .utf8)
        #expect(errors.contains("gone.txt: cannot read the file: it is gone, or a broken link"), "\(errors)")
    }
}

/// The who-with-whom table of a batch (issue 17): pairs of actors of the cooperation records, in
/// summary.json and as text, over documents written for this test.
@Suite struct WhoWithWhomTests {
    private func corpus() async throws -> (BatchResult, URL) {
        let input = try temporaryFolder("pairs-in")
        try Data("Russia e Cina hanno condotto esercitazioni navali congiunte nel 2021. Il commercio tra Cina e Kazakhstan cresce.\n".utf8)
            .write(to: input.appendingPathComponent("uno.txt"))
        try Data("Russia and China held joint naval exercises again this year.\n".utf8).write(to: input.appendingPathComponent("two.txt"))
        try Data("Nothing here names two states together.\n".utf8).write(to: input.appendingPathComponent("three.txt"))
        let output = try temporaryFolder("pairs-out")
        let runner = BatchRunner(compiled: try ShippedLexicon.compiled(), options: BatchOptions(outputDirectory: output.path, jobs: 2, maximumBytes: 200_000))
        return (try await runner.run(try BatchInputs.expand([input.path])), output)
    }

    @Test func theSummaryListsPairsWithRecordsDocumentsAndSectors() async throws {
        let (_, output) = try await corpus()
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("summary.json"))) as! [String: Any]
        let pairs = try #require(summary["cooperation"] as? [[String: Any]])
        #expect(pairs.map { $0["actors"] as! [String] } == [["country:CN", "country:RU"], ["country:CN", "country:KZ"]])
        #expect(pairs[0]["records"] as? Int == 2 && pairs[0]["documents"] as? Int == 2)
        #expect(pairs[0]["sectors"] as? [String: Int] == ["sector:joint-exercises": 2])
        #expect(pairs[0]["labels"] as? [String] == ["China", "Russia"])
        #expect(pairs[1]["sectors"] as? [String: Int] == ["sector:trade": 1])
    }

    @Test func theTableReadsForPeopleAndSurvivesAResumedRun() async throws {
        let (result, output) = try await corpus()
        let lexicon = try ShippedLexicon.compiled().lexicon
        let table = BatchSummary.whoWithWhomTable(result.records, lexicon: lexicon)
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.first == "who with whom (2 pairs of actors):")
        #expect(lines[1].hasPrefix("actors") && lines[1].hasSuffix("sectors"))
        // Actors, records, documents, then the sectors with their records.
        #expect(lines[2].split(separator: " ", omittingEmptySubsequences: true).prefix(5) == ["China", "–", "Russia", "2", "2"])
        #expect(lines[2].hasSuffix("  Joint exercises and patrols 2"))
        #expect(lines[3].split(separator: " ", omittingEmptySubsequences: true).prefix(5) == ["China", "–", "Kazakhstan", "1", "1"])
        #expect(lines[3].hasSuffix("  Trade 1"))
        // A second run reuses every document from the journal: the pairs come back from it.
        let again = try await BatchRunner(compiled: try ShippedLexicon.compiled(),
                                          options: BatchOptions(outputDirectory: output.path, jobs: 1, maximumBytes: 200_000))
            .run(try BatchInputs.expand([result.records[0].path.components(separatedBy: "/").dropLast().joined(separator: "/")]))
        #expect(again.reused == 3)
        #expect(BatchSummary.whoWithWhomTable(again.records, lexicon: lexicon) == table)
        #expect(BatchSummary.whoWithWhomTable([], lexicon: lexicon) == "cooperation records: none\n")
    }
}
