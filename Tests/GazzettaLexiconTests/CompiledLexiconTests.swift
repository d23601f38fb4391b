import Foundation
import Synchronization
import Testing
import GazzettaModel
import GazzettaText
@testable import GazzettaLexicon
import GazzettaTestSupport

/// A folder holding the test lexicon as a file.
func lexiconFolder() throws -> URL {
    let folder = try temporaryFolder("lexicon")
    try TestLexicon.text.write(to: folder.appendingPathComponent("test.gaz"), atomically: true, encoding: .utf8)
    return folder
}

@Suite struct CompiledLexiconTests {
    @Test func theBinaryFormMatchesExactlyAsTheSourcesDo() throws {
        let compiled = try LexiconCompiler().compile(LexiconLoader().load(sources: [("t.gaz", TestLexicon.text)]))
        let bytes = compiled.serialized(fingerprint: 42)
        let loaded = try CompiledLexicon.deserialize(bytes, fingerprint: 42)
        #expect(loaded.lexicon.entities == compiled.lexicon.entities)
        #expect(loaded.patterns == compiled.patterns)
        #expect(loaded.nodeCount == compiled.nodeCount)
        #expect(loaded.lexicon.version == compiled.lexicon.version)
        let text = "La Shanghai Cooperation Organization (SCO) e la relazione sino-kazakha; nato a Roma; la NATO."
        let source = SourceText(text)
        let tokens = try TextAnalyzer().analyze(source, language: .italian).tokens
        #expect(PhraseMatcher(loaded).matches(in: tokens, of: source) == PhraseMatcher(compiled).matches(in: tokens, of: source))
        // Serialising is deterministic.
        #expect(loaded.serialized(fingerprint: 42) == bytes)
    }

    @Test func aCompiledFilesEntitiesAreDecodedOnlyWhenReadAndEqualTheSources() throws {
        let sources = try ShippedLexicon.compiledFromSources().lexicon.entities
        let loaded = try ShippedLexicon.compiledFromSources()
        let entities = try CompiledLexicon.deserialize(loaded.serialized(fingerprint: 3), fingerprint: 3).lexicon.entities
        guard case .encoded(let encoded) = entities.storage else { Issue.record("not read from the binary form"); return }
        #expect(entities.count == sources.count && entities.aliasCount == sources.aliasCount)
        // Ids, positions, origins and traits come from the columns: no entity is decoded for them.
        for position in sources.indices {
            let id = sources.id(at: position)
            #expect(entities.id(at: position) == id && entities.position(of: id) == position && entities.hasID(id, at: position))
            #expect(entities.origin(at: position).file == sources.origin(at: position).file)
            #expect(entities.origin(at: position).line == sources.origin(at: position).line)
        }
        #expect(entities.position(of: "country:ZZZ") == nil && entities.position(of: "") == nil)
        for traits: EntityTraits in [.holdsRoles, .isSeat, .bodyOfCountry, .isSector] {
            #expect(!sources.positions(having: traits).isEmpty)
            #expect(entities.positions(having: traits) == sources.positions(having: traits))
        }
        #expect(encoded.decodedCount == 0)
        // Read from several threads at once (the service's workers), each entity decodes to its source.
        let chunks = stride(from: 0, to: sources.count, by: sources.count / 8 + 1).map { $0..<min($0 + sources.count / 8 + 1, sources.count) }
        let mismatches = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: chunks.count * 2) { index in
            for position in chunks[index % chunks.count] where entities[position] != sources[position] { mismatches.withLock { $0 += 1 } }
        }
        #expect(mismatches.withLock { $0 } == 0)
        #expect(encoded.decodedCount == sources.count)
    }

    @Test func aDamagedOrForeignFileIsRefused() throws {
        let compiled = try LexiconCompiler().compile(LexiconLoader().load(sources: [("t.gaz", TestLexicon.text)]))
        let bytes = compiled.serialized(fingerprint: 7)
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0xFF
        #expect(throws: CompiledLexiconError.corrupt("checksum mismatch")) { try CompiledLexicon.deserialize(flipped, fingerprint: 7) }
        #expect(throws: CompiledLexiconError.self) { try CompiledLexicon.deserialize(Array(bytes.prefix(bytes.count - 10)), fingerprint: 7) }
        #expect(throws: CompiledLexiconError.stale) { try CompiledLexicon.deserialize(bytes, fingerprint: 8) }
        #expect(throws: CompiledLexiconError.wrongFormat("no GZLX magic")) { try CompiledLexicon.deserialize(Array("hello world, not a lexicon".utf8), fingerprint: 7) }
    }

    @Test func theCacheIsUsedThenRebuiltWhenASourceChangesOrTheFileIsDamaged() throws {
        let folder = try lexiconFolder()
        let cache = LexiconCache()
        #expect(try cache.load(directory: folder.path).outcome == .rebuilt)
        #expect(try cache.load(directory: folder.path).outcome == .loaded)

        // A source edited (size and time change): stale, rebuilt, and the edit is seen.
        let source = folder.appendingPathComponent("test.gaz")
        try (TestLexicon.text + "\n[country:RU]\ntype = place\nsubtype = country\nlabel.it = Russia\nlabel.en = Russia\nname = Russia\n")
            .write(to: source, atomically: true, encoding: .utf8)
        let (edited, outcome, reason) = try cache.load(directory: folder.path)
        #expect(outcome == .rebuilt && reason == CompiledLexiconError.stale.description)
        #expect(edited.lexicon["country:RU"] != nil)

        // The compiled file damaged on disk: detected, rebuilt, never trusted.
        let file = folder.appendingPathComponent(LexiconCache.fileName)
        var bytes = [UInt8](try Data(contentsOf: file))
        bytes[bytes.count - 3] ^= 0x55
        try Data(bytes).write(to: file)
        let (repaired, again, why) = try cache.load(directory: folder.path)
        #expect(again == .rebuilt && why?.contains("checksum") == true)
        #expect(repaired.lexicon["country:RU"] != nil)
        #expect(try cache.load(directory: folder.path).outcome == .loaded)
    }

    @Test func aFolderThatCannotBeWrittenKeepsItsCompiledFormInTheUsersCache() throws {
        let folder = try lexiconFolder()
        // The compiled file's place taken by a folder: no rename can put a file there (not even as root, as
        // CI runs, where a read-only permission would not stop the write).
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(LexiconCache.fileName), withIntermediateDirectories: false)
        let userCache = FileManager.default.temporaryDirectory.appendingPathComponent("gazzetta-cache-\(UUID().uuidString)")
        let cache = LexiconCache(userCache: userCache)
        #expect(try cache.load(directory: folder.path).outcome == .rebuiltInUserCache)
        let written = try FileManager.default.contentsOfDirectory(atPath: userCache.path)
        #expect(written.count == 1 && written[0].hasSuffix(".gzc"))
        #expect(try cache.load(directory: folder.path).outcome == .loaded)
        // The same folder named another way finds the same file.
        #expect(try cache.load(directory: folder.path + "/.").outcome == .loaded)

        // An edit is still seen: the user's copy is stale, compiled again, written again.
        try (TestLexicon.text + "\n[country:RU]\ntype = place\nsubtype = country\nlabel.it = Russia\nlabel.en = Russia\nname = Russia\n")
            .write(to: folder.appendingPathComponent("test.gaz"), atomically: true, encoding: .utf8)
        let (edited, outcome, reason) = try cache.load(directory: folder.path)
        #expect(outcome == .rebuiltInUserCache && reason == CompiledLexiconError.stale.description)
        #expect(edited.lexicon["country:RU"] != nil)
        #expect(try cache.load(directory: folder.path).outcome == .loaded)

        // Without a user cache the sources are compiled every time.
        #expect(try LexiconCache(userCache: nil).load(directory: folder.path).outcome == .compiledOnly)
    }

    @Test func aCompiledFileReportsTheFolderAsItIsNamedWhenLoaded() throws {
        let folder = try lexiconFolder()
        let cache = LexiconCache(userCache: nil)
        let (compiled, outcome, _) = try cache.load(directory: folder.path)
        #expect(outcome == .rebuilt)
        let id = try #require(compiled.lexicon.entities.first?.id)
        #expect(compiled.lexicon.origin(of: id)?.file == folder.path + "/test.gaz")
        // The same file loaded through another spelling of the folder reports that spelling, as the sources
        // read through it would: `lexicon lookup`'s file:line does not depend on who compiled the file.
        let other = folder.path + "/."
        let (loaded, again, _) = try cache.load(directory: other)
        #expect(again == .loaded)
        #expect(loaded.lexicon.origin(of: id)?.file == other + "/test.gaz")
        #expect(loaded.lexicon.origin(of: id)?.line == compiled.lexicon.origin(of: id)?.line)
    }

    @Test func theUsersCacheFollowsTheEnvironment() {
        #expect(LexiconCache.defaultUserCache(environment: ["GAZZETTA_CACHE": "/srv/cache", "HOME": "/home/a"])?.path == "/srv/cache")
        #expect(LexiconCache.defaultUserCache(environment: ["GAZZETTA_CACHE": "none", "HOME": "/home/a"]) == nil)
        #expect(LexiconCache.defaultUserCache(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/home/a"])?.path == "/x/gazzetta")
        #expect(LexiconCache.defaultUserCache(environment: ["HOME": "/home/a"])?.path == "/home/a/.cache/gazzetta")
        #expect(LexiconCache.defaultUserCache(environment: [:]) == nil)
    }
}
