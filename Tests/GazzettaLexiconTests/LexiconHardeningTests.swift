import Foundation
import Testing
import GazzettaModel
import GazzettaTestSupport
@testable import GazzettaLexicon

/// What `lexicon check` finds, loading finds too; and the checks cover the mistakes a hand-written file makes.
@Suite struct LexiconHardeningTests {
    static let place = "type = place\nsubtype = region\nlabel.it = X\nlabel.en = X\n"

    private func findings(_ text: String) throws -> [String] {
        LexiconLinter().lint(try LexiconLoader().load(sources: [("t.gaz", "@source: written for this test\n" + text)])).map(\.description)
    }

    private func loadErrors(_ text: String) -> [String] {
        do {
            _ = try LexiconLoader().load(sources: [("t.gaz", text)])
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    @Test func anUnknownIdKindIsAnError() throws {
        let found = try findings("[planet:ZZ]\n" + Self.place + "name = Zorg\n")
        #expect(found.contains { $0.hasPrefix("t.gaz:2: error: planet:ZZ: unknown id kind 'planet'") }, "\(found)")
    }

    @Test func idsEqualButForCaseAreErrors() throws {
        let found = try findings("[region:Alba]\n" + Self.place + "name = Alba\nambiguous = Alba\n\n[region:alba]\n" + Self.place
            + "name = Alba\nambiguous = Alba\n")
        #expect(found.filter { $0.contains("ids equal but for case: region:Alba, region:alba") }.count == 2, "\(found)")
    }

    @Test func aCircularPartOfIsReportedOnce() throws {
        let found = try findings("[region:a]\n" + Self.place + "name = Aaa\npartOf = region:b\n\n[region:b]\n" + Self.place
            + "name = Bbb\npartOf = region:c\n\n[region:c]\n" + Self.place + "name = Ccc\npartOf = region:a\n")
        let circular = found.filter { $0.contains("partOf is circular") }
        #expect(circular == ["t.gaz:8: error: region:a: partOf is circular: region:a → region:b → region:c → region:a"], "\(found)")
    }

    @Test func aSeatOfItselfOrOfASectorIsAnError() throws {
        let found = try findings("[city:x]\ntype = place\nsubtype = city\nlabel.it = X\nlabel.en = X\nname = Xville\nseatOf = city:x\n\n"
            + "[city:y]\ntype = place\nsubtype = city\nlabel.it = Y\nlabel.en = Y\nname = Yville\nseatOf = sector:energy\n\n"
            + "[sector:energy]\ntype = sector\nsubtype = economic\nlabel.it = energia\nlabel.en = energy\ncue.en = pipeline\n")
        #expect(found.contains("t.gaz:8: error: city:x: 'seatOf' points to the record itself"), "\(found)")
        #expect(found.contains { $0.hasPrefix("t.gaz:16: error: city:y: 'seatOf' points to the sector sector:energy") }, "\(found)")
    }

    @Test func aCueOnACountryIsAnError() throws {
        let found = try findings("[country:ZX]\ntype = place\nsubtype = country\nlabel.it = Zx\nlabel.en = Zx\nname = Zedland\ncue.en = zeds\n")
        #expect(found.contains { $0.hasPrefix("t.gaz:8: error: country:ZX: a country takes names, not a 'cue'") }, "\(found)")
    }

    @Test func anUnclosedOptionListIsAnError() {
        let errors = loadErrors("@source: test\n[region:z]\n" + Self.place + "name = Zeta [cap\n")
        #expect(errors.contains { $0.hasPrefix("t.gaz:7: error: unclosed or stray bracket in alias 'Zeta [cap'") }, "\(errors)")
    }

    @Test func crlfLineEndsReadLikeLF() throws {
        let text = "@source: test\n[region:z]\n" + Self.place + "name = Zeta\n"
        let lexicon = try LexiconLoader().load(sources: [("t.gaz", text.replacingOccurrences(of: "\n", with: "\r\n"))])
        #expect(lexicon[EntityID("region:z")]?.aliases.map(\.form) == ["Zeta"])
    }

    @Test func invalidUTF8NamesItsLineAndAFolderNamedGazIsSearched() throws {
        let folder = try temporaryFolder("lexicon-utf8")
        var bytes = Array("@source: test\n[region:z]\n".utf8) + Array(Self.place.utf8) + Array("name = Z".utf8) + [0xE0, 0x28] + Array("ta\n".utf8)
        FileManager.default.createFile(atPath: folder.appendingPathComponent("bad.gaz").path, contents: Data(bytes))
        do {
            _ = try LexiconLoader().load(directory: folder.path)
            Issue.record("invalid UTF-8 loaded")
        } catch {
            #expect(error.errors.map(\.description) == [folder.path + "/bad.gaz:7: error: not valid UTF-8 (byte 9 of the line); lexicon files are UTF-8"])
        }
        // Fixed, and beside it a folder named like a lexicon file: it is searched, not read as one.
        bytes = Array("@source: test\n[region:z]\n".utf8) + Array(Self.place.utf8) + Array("name = Zeta\n".utf8)
        FileManager.default.createFile(atPath: folder.appendingPathComponent("bad.gaz").path, contents: Data(bytes))
        let nested = folder.appendingPathComponent("more.gaz")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try ("@source: test\n[region:w]\n" + Self.place + "name = Wuu\n").write(to: nested.appendingPathComponent("w.gaz"), atomically: true, encoding: .utf8)
        let lexicon = try LexiconLoader().load(directory: folder.path)
        #expect(lexicon.entities.map(\.id.rawValue).sorted() == ["region:w", "region:z"])
    }

    @Test func loadingThroughTheCacheRefusesWhatCheckRejects() throws {
        let folder = try temporaryFolder("lexicon-lint")
        try ("@source: test\n[city:x]\ntype = place\nsubtype = city\nlabel.it = X\nlabel.en = X\nname = Xville\nseatOf = gov:nowhere\n")
            .write(to: folder.appendingPathComponent("x.gaz"), atomically: true, encoding: .utf8)
        do {
            _ = try LexiconCache(userCache: nil).load(directory: folder.path)
            Issue.record("a lexicon with a dangling seatOf loaded")
        } catch let error as LexiconLoadError {
            #expect(error.description.contains("x.gaz:8: error: city:x: 'seatOf' points to gov:nowhere, which no record defines"), "\(error)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(LexiconCache.fileName).path))
    }
}
