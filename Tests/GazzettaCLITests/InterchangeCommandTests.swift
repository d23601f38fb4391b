import Foundation
import Testing
import GazzettaTestSupport

/// `export` writes what the other tools open, `import` refuses what it cannot read, with the file and line.
@Suite struct InterchangeCommandTests {
    /// An annotation of a short text, written to a new folder; returns the folder and the annotation's path.
    func annotation() throws -> (folder: String, path: String) {
        let folder = try temporaryFolder("interchange").path
        let annotated = try gazzetta(["annotate", "-", "--lang", "it"], input: Array("La Cina e il Kazakhstan 😀 firmano con Mosca.\n".utf8))
        #expect(annotated.status == 0, "\(annotated.err)")
        try annotated.out.write(toFile: folder + "/a.json", atomically: true, encoding: .utf8)
        return (folder, folder + "/a.json")
    }

    func files(_ folder: String) throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder).sorted() }

    /// `--out brat/stress` gives stress.ann and stress.txt, `--out x.txt` gives x.ann and x.txt, a folder gets
    /// the document's name; each folder gets annotation.conf and visual.conf.
    @Test func bratExportWritesAnnTxtAndTheCollectionsConfigs() throws {
        let (folder, path) = try annotation()
        try FileManager.default.createDirectory(atPath: folder + "/brat", withIntermediateDirectories: true)
        #expect(try gazzetta(["export", path, "--format", "brat", "--out", folder + "/brat/stress"]).status == 0)
        #expect(try files(folder + "/brat") == ["annotation.conf", "stress.ann", "stress.txt", "visual.conf"])
        #expect(try gazzetta(["export", path, "--format", "brat", "--out", folder + "/x.txt"]).status == 0)
        #expect(try files(folder).filter { $0.hasPrefix("x.") } == ["x.ann", "x.txt"])
        let conf = try String(contentsOfFile: folder + "/brat/annotation.conf", encoding: .utf8)
        #expect(conf.contains("[entities]\nactor\norganisation\nplace\nsector\n"))
        #expect(conf.contains("Role Arg:<ENTITY>, Value:name|adjective|acronym|metonym|short|cue|title"))
        #expect(try String(contentsOfFile: folder + "/brat/visual.conf", encoding: .utf8).contains("place\tbgColor:#95d5b2"))
        let ann = try String(contentsOfFile: folder + "/brat/stress.ann", encoding: .utf8)
        #expect(ann.contains("T1\tplace 3 7\tCina\n") && ann.contains("A1\tRole T1 name\n"))
        // A config the user wrote is kept.
        try "[entities]\nmine\n".write(toFile: folder + "/brat/annotation.conf", atomically: true, encoding: .utf8)
        let again = try gazzetta(["export", path, "--format", "brat", "--out", folder + "/brat/stress.ann"])
        #expect(again.status == 0 && again.err.contains("kept as it is"))
        #expect(try String(contentsOfFile: folder + "/brat/annotation.conf", encoding: .utf8) == "[entities]\nmine\n")
    }

    @Test func labelStudioExportWritesItsLabellingConfigBeside() throws {
        let (folder, path) = try annotation()
        #expect(try gazzetta(["export", path, "--format", "labelstudio", "--out", folder + "/tasks.json"]).status == 0)
        let config = try String(contentsOfFile: folder + "/labelstudio-config.xml", encoding: .utf8)
        #expect(config.contains("<Labels name=\"label\" toName=\"text\">") && config.contains("<Text name=\"text\" value=\"$text\"/>"))
        #expect(try gazzetta(["import", "labelstudio", folder + "/tasks.json", "--out", folder + "/gold"]).status == 0)
    }

    /// The stress cases: a negative span used to crash (SIGILL); two tasks with one id used to write one file
    /// and say two.
    @Test func badImportsExitNonZeroWithFileAndLine() throws {
        let (folder, _) = try annotation()
        try "La Cina e Mosca.\n".write(toFile: folder + "/d.txt", atomically: true, encoding: .utf8)
        try "T1\tplace 3 7\tCina\nT2\tplace -1 3\tLa \n".write(toFile: folder + "/d.ann", atomically: true, encoding: .utf8)
        let negative = try gazzetta(["import", "brat", folder + "/d.ann"])
        #expect(negative.status == 1 && negative.err.contains("d.ann:2: T2 has a malformed span '-1 3'"), "\(negative.status) \(negative.err)")
        try "T1\tplace 3 7\tCina\nA1\tNegated T1\n".write(toFile: folder + "/d.ann", atomically: true, encoding: .utf8)
        let warned = try gazzetta(["import", "brat", folder + "/d.ann"])
        #expect(warned.status == 0 && warned.err.contains("warning: \(folder)/d.ann:2: attribute 'Negated T1' is not kept"))

        let tasks = #"[{"data": {"text": "Cina", "id": "a"}},"# + "\n" + #"{"data": {"text": "Mosca", "id": "a"}}]"#
        try tasks.write(toFile: folder + "/ls.json", atomically: true, encoding: .utf8)
        let duplicate = try gazzetta(["import", "labelstudio", folder + "/ls.json", "--out", folder + "/gold"])
        #expect(duplicate.status == 1 && duplicate.err.contains("ls.json:2: task 2 (id 'a'): the same id as task 1"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/gold/a.gold.json"), "nothing is written when the export is refused")
        let clash = #"[{"data": {"text": "Cina", "id": "./a"}}, {"data": {"text": "Mosca", "id": "a"}}]"#
        try clash.write(toFile: folder + "/ls.json", atomically: true, encoding: .utf8)
        let sameFile = try gazzetta(["import", "labelstudio", folder + "/ls.json", "--out", folder + "/gold"])
        #expect(sameFile.status == 1 && sameFile.err.contains("would both write"))
    }

    /// Decoding errors read as sentences, not as Swift's DecodingError.
    @Test func aBadAnnotationFileIsAPlainSentence() throws {
        let (folder, _) = try annotation()
        let cases = [
            (#"[{"data": {}}]"#, "the file must be a JSON object (one annotation), not a list"),
            (#"{"schema": "gazzetta.gold/1", "document": {"id": 3}, "mentions": []}"#, "document.id must be a string, not a number"),
            (#"{"schema": "gazzetta.gold/1", "document": {"id": "x"}, "mentions": [{"start": null}]}"#, "mentions[0].start must be a whole number, not null"),
            (#"{"schema": "#, "not valid JSON"),
        ]
        for (json, expected) in cases {
            try json.write(toFile: folder + "/bad.json", atomically: true, encoding: .utf8)
            let result = try gazzetta(["export", folder + "/bad.json", "--format", "brat"])
            #expect(result.status != 0 && result.err.contains("bad.json: " + expected), "\(result.err)")
            #expect(!result.err.contains("Expected to decode") && !result.err.contains("DecodingError"))
        }
    }
}

@Suite struct ReviewCommandTests {
    /// A batch folder with a document named like a script URL and one that failed: the index links the first
    /// by a relative path and lists the second with its error.
    @Test func reviewOfABatchLinksSafelyAndListsFailures() throws {
        let folder = try temporaryFolder("review-cli").path
        try FileManager.default.createDirectory(atPath: folder + "/in", withIntermediateDirectories: true)
        try "La Cina e Mosca.".write(toFile: folder + "/in/javascript:alert(1).txt", atomically: true, encoding: .utf8)
        FileManager.default.createFile(atPath: folder + "/in/bad.txt", contents: Data([0, 1, 2]))
        let batch = try gazzetta(["batch", folder + "/in", "--out", folder + "/out", "--quiet"])
        #expect(batch.status == 3, "\(batch.err)")
        try "{\"schema\": 1}".write(toFile: folder + "/out/broken.json", atomically: true, encoding: .utf8)
        let review = try gazzetta(["review", folder + "/out", "--out", folder + "/review"])
        #expect(review.status == 0, "\(review.err)")
        let index = try String(contentsOfFile: folder + "/review/index.html", encoding: .utf8)
        #expect(index.contains("href=\"./javascript%3Aalert%281%29.txt.json.html\""))
        #expect(FileManager.default.fileExists(atPath: folder + "/review/javascript:alert(1).txt.json.html"))
        #expect(index.contains("bad.txt: not a text file"), "the batch's failure is listed")
        #expect(index.contains("<bdi>broken.json</bdi>"), "a file that is not an annotation is listed, not skipped")
    }
}

@Suite struct DistributionCommandTests {
    /// A bare `gazzetta` used to wait on standard input; it prints the help (and `-` still reads standard input).
    @Test func aBareGazzettaPrintsHelp() throws {
        let bare = try gazzetta([], input: Array("La Cina.".utf8))
        #expect(bare.status == 0 && bare.out.hasPrefix("OVERVIEW: ") && bare.out.contains("SUBCOMMANDS:"), "\(bare.out)")
        let stdin = try gazzetta(["-", "--lang", "it"], input: Array("La Cina.".utf8))
        #expect(stdin.status == 0 && stdin.out.contains("\"entity\":\"country:CN\""))
    }

    @Test func versionNamesTheBuildTheLexiconAndICU() throws {
        let result = try gazzetta(["--version"])
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(result.status == 0 && lines.count == 3, "\(result.out)\(result.err)")
        #expect(lines.first?.hasPrefix("gazzetta ") == true && lines.first!.dropFirst(9).split(separator: ".").count == 3)
        let version = try #require(lines.dropFirst().first)
        #expect(version.hasPrefix("lexicon ") && version.contains(Checkout.path("Lexicons")), "\(version)")
        #expect(lines.last?.range(of: #"^ICU \d+\.\d+"#, options: .regularExpression) != nil)
    }

    @Test func jobsHelpSaysItsDefaultOnce() throws {
        let help = try gazzetta(["batch", "--help"])
        let line = try #require(help.out.split(separator: "\n").first { $0.contains("--jobs <jobs>") && !$0.contains("USAGE") })
        #expect(line.components(separatedBy: "default").count - 1 == 1, "\(line)")
    }
}
