import GazzettaModel
import GazzettaText

/// The binary form of a compiled lexicon (`.gzc`): loads without parsing the sources.
///
/// Layout: magic `GZLX`, format version, the sources' fingerprint, payload length, a 64-bit checksum of the
/// payload, then the payload: a table of unique strings (read in place, `StringPool`), the entities' records
/// followed by their fixed-width columns (record offset, id, traits, alias count, origin), the trie (keys,
/// edges, nodes with their patterns and depths). Loading copies the columns and decodes no record
/// (`EncodedEntities`). A file with another magic or version, another fingerprint, a wrong checksum or a
/// truncated payload is refused.
extension CompiledLexicon {
    static let magic: [UInt8] = Array("GZLX".utf8)
    /// Bump when the layout changes.
    static let formatVersion = 5

    /// The file's bytes; `fingerprint` identifies the sources it was compiled from.
    ///
    /// - Parameter folders: the lexicon folders compiled, as spelled by the caller: origins are stored relative
    ///   to them (`OriginPath`), so the file reports the folders' spelling at load time, not this one.
    public func serialized(fingerprint: UInt64, folders: [String] = []) -> [UInt8] {
        var body = BinaryWriter()
        body.string(lexicon.version)
        // The languages labels and aliases are written in, by index: the file says which codes it uses.
        let languages = Language.allCases
        body.u8(UInt8(languages.count))
        for language in languages { body.string(language.rawValue) }
        let index = Dictionary(uniqueKeysWithValues: languages.enumerated().map { ($1, UInt8($0)) })
        writeEntities(into: &body, languages: index, folders: folders)
        // The keys end to end, as the key table holds them, and the edges as two columns: each read in one copy.
        body.u32(keys.count)
        for offset in keys.utf8Offsets { body.i32(offset) }
        body.raw(keys.utf8Storage)
        let sortedEdges = edgeTable.entries.sorted { $0.edge < $1.edge }
        body.u32(sortedEdges.count)
        for (edge, _) in sortedEdges { body.u64(edge) }
        for (_, child) in sortedEdges { body.i32(child) }
        body.u32(patternRanges.count)
        for range in patternRanges { body.i32(range.lowerBound) }
        body.i32(Int32(patterns.count))
        for depth in depths { body.u8(depth) }
        body.u32(patterns.count)
        for pattern in patterns {
            body.i32(pattern.entity)
            body.i32(pattern.alias)
            body.i32(pattern.tokenCount)
            body.u8(CompiledLexicon.code(pattern.caseRule))
            body.u8((pattern.isPrefix ? 1 : 0) | (pattern.isCommonWord ? 2 : 0) | (pattern.allowedInCapitals ? 4 : 0)
                | (pattern.notAtSentenceStart ? 8 : 0) | (pattern.standsAlone ? 16 : 0))
            body.u16(pattern.writtenTokens.count)
            for token in pattern.writtenTokens { body.string(token) }
        }
        body.u32(longestPattern)
        let payload = body.finished()
        var file = BinaryWriter()
        for byte in CompiledLexicon.magic { file.u8(byte) }
        file.u32(CompiledLexicon.formatVersion)
        file.u64(fingerprint)
        file.u64(UInt64(payload.count))
        file.u64(payload.withUnsafeBytes(fnv1a))
        return file.bytes + payload
    }

    /// Reads a compiled lexicon, refusing it unless it is whole, of this format and of `fingerprint`.
    ///
    /// - Parameter folders: the lexicon folders as spelled now: relative origins are read back under them.
    public static func deserialize(_ bytes: [UInt8], fingerprint: UInt64, folders: [String] = []) throws(CompiledLexiconError) -> CompiledLexicon {
        try deserialize(CompiledFileBytes(copying: bytes), fingerprint: fingerprint, folders: folders)
    }

    /// The same over a file's bytes, mapped or copied: the lexicon keeps them, to decode its entities from.
    static func deserialize(_ file: CompiledFileBytes, fingerprint: UInt64, folders: [String] = []) throws(CompiledLexiconError) -> CompiledLexicon {
        let raw = file.buffer
        guard raw.count >= headerSize, raw.prefix(4).elementsEqual(magic) else { throw .wrongFormat("no GZLX magic") }
        var header = BinaryReader(raw, offset: 4)
        let version = try header.u32()
        guard version == formatVersion else { throw .wrongFormat("format \(version), expected \(formatVersion)") }
        guard try header.u64() == fingerprint else { throw .stale }
        let length = try header.u64()
        let checksum = try header.u64()
        guard UInt64(raw.count - headerSize) == length else { throw .corrupt("payload is \(raw.count - headerSize) bytes, expected \(length)") }
        let payload = UnsafeRawBufferPointer(rebasing: raw[headerSize...])
        guard fnv1a(payload) == checksum else { throw .corrupt("checksum mismatch") }
        var reader = BinaryReader(payload)
        return try read(&reader, file: file, folders: folders)
    }

    /// The header's size: magic, version, fingerprint, payload length, checksum.
    static let headerSize = 4 + 4 + 8 + 8 + 8

    private static func read(_ reader: inout BinaryReader, file: CompiledFileBytes, folders: [String]) throws(CompiledLexiconError) -> CompiledLexicon {
        try reader.readStringTable()
        let version = try reader.string()
        var languages: [Language] = []
        for _ in 0..<(try reader.u8()) {
            let code = try reader.string()
            guard let language = Language(rawValue: code) else { throw .corrupt("language '\(code)' is not registered") }
            languages.append(language)
        }
        let entities = try readEntities(&reader, file: file, languages: languages, folders: folders)
        let keys = try readKeys(&reader)
        let keyCount = keys.count
        let edgeCount = try reader.u32()
        let edgeKeys = try reader.array(of: UInt64.self, count: edgeCount)
        let edgeChildren = try reader.array(of: Int32.self, count: edgeCount)
        // Written in ascending order, so a repeated edge would stand next to its twin.
        guard zip(edgeKeys, edgeKeys.dropFirst()).allSatisfy({ $0 < $1 }) else { throw .corrupt("edges out of order") }
        let edges = zip(edgeKeys, edgeChildren).map { (edge: $0, child: $1) }
        let nodeCount = try reader.u32()
        let starts = try reader.array(of: Int32.self, count: nodeCount + 1)
        let depths = try reader.array(of: UInt8.self, count: nodeCount)
        let patternCount = try reader.u32()
        var patterns: [Pattern] = []
        patterns.reserveCapacity(patternCount)
        for _ in 0..<patternCount {
            let entity = try reader.i32(), alias = try reader.i32(), tokens = try reader.i32()
            let caseRule = try caseRule(try reader.u8())
            let flags = try reader.u8()
            var written: [String] = []
            for _ in 0..<(try reader.u16()) { written.append(try reader.string()) }
            guard entity >= 0, alias >= 0, Int(entity) < entities.count, alias < entities.aliasCounts[Int(entity)] else {
                throw .corrupt("pattern points outside the entities")
            }
            patterns.append(Pattern(entity: entity, alias: alias, tokenCount: tokens, caseRule: caseRule, isPrefix: flags & 1 != 0,
                                    writtenTokens: written, isCommonWord: flags & 2 != 0, allowedInCapitals: flags & 4 != 0,
                                    notAtSentenceStart: flags & 8 != 0, standsAlone: flags & 16 != 0))
        }
        let longest = try reader.u32()
        guard reader.isAtEnd else { throw .corrupt("bytes after the end") }
        // Every edge must lead to a node and every key to a string the trie knows: a crafted file with a
        // valid checksum still may not make the matcher read out of bounds.
        guard edges.allSatisfy({ $0.child > 0 && Int($0.child) < nodeCount && Int($0.edge >> 32) < nodeCount
                                 && Int($0.edge & 0xFFFF_FFFF) < keyCount }) else { throw .corrupt("edges out of range") }
        var ranges: [Range<Int32>] = []
        ranges.reserveCapacity(nodeCount)
        for index in 0..<nodeCount {
            guard starts[index] <= starts[index + 1], Int(starts[index + 1]) <= patterns.count else { throw .corrupt("node ranges") }
            ranges.append(starts[index]..<starts[index + 1])
        }
        let lexicon = Lexicon(entities: EntityTable(entities), files: [], version: version)
        return CompiledLexicon(lexicon: lexicon, keys: keys, sortedEdges: edges, patternRanges: ranges, patterns: patterns,
                               longestPattern: longest, depths: depths)
    }

    /// The trie's keys, end to end, checked before the key table is built over them.
    private static func readKeys(_ reader: inout BinaryReader) throws(CompiledLexiconError) -> KeyTable {
        let count = try reader.u32()
        let offsets = try reader.array(of: Int32.self, count: count + 1)
        guard offsets.first == 0, zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }) else { throw .corrupt("keys out of order") }
        let storage = try reader.array(of: UInt8.self, count: Int(offsets.last!))
        return KeyTable(utf8: storage, offsets: offsets)
    }

    /// The entities' records, then their columns (see `EncodedEntities`).
    private func writeEntities(into body: inout BinaryWriter, languages: [Language: UInt8], folders: [String]) {
        let entities = lexicon.entities
        body.u32(entities.count)
        let length = body.placeholder()
        let recordsStart = body.count
        var offsets: [Int] = []
        offsets.reserveCapacity(entities.count)
        for entity in entities {
            offsets.append(body.count - recordsStart)
            write(entity, languages: languages, into: &body)
        }
        precondition(body.count - recordsStart < Int(UInt32.max), "compiled lexicon: entity records total more than 4 GiB")
        body.patch(UInt64(body.count - recordsStart), at: length)
        for offset in offsets { body.u32(offset) }
        for position in entities.indices { body.string(entities.id(at: position).rawValue) }
        for entity in entities { body.u8(EntityTraits(of: entity).rawValue) }
        for entity in entities { body.u32(entity.aliases.count) }
        let origins = entities.indices.map(entities.origin(at:))
        for origin in origins { body.string(OriginPath.stored(origin.file, folders: folders)) }
        for origin in origins { body.u32(origin.line) }
    }

    /// The entities' columns, checked, over the records left encoded in `file`.
    private static func readEntities(_ reader: inout BinaryReader, file: CompiledFileBytes, languages: [Language],
                                     folders: [String]) throws(CompiledLexiconError) -> EncodedEntities {
        let count = try reader.u32()
        let length = Int(try reader.u64())
        let recordsStart = reader.offset
        try reader.skip(length)
        let columns = EncodedEntities.Columns(
            recordsStart: recordsStart, recordOffsets: try reader.array(of: UInt32.self, count: count),
            ids: try reader.array(of: UInt32.self, count: count), traits: try reader.array(of: UInt8.self, count: count),
            aliasCounts: try reader.array(of: UInt32.self, count: count),
            originFiles: try reader.array(of: UInt32.self, count: count), originLines: try reader.array(of: UInt32.self, count: count))
        let strings = UInt32(reader.pool.count)
        guard columns.recordOffsets.first ?? 0 == 0,
              zip(columns.recordOffsets, columns.recordOffsets.dropFirst()).allSatisfy({ $0 < $1 }),
              (columns.recordOffsets.last ?? 0) < max(1, length) else { throw .corrupt("entity records out of order") }
        guard columns.ids.allSatisfy({ $0 < strings }), columns.originFiles.allSatisfy({ $0 < strings }) else {
            throw .corrupt("entity columns out of range")
        }
        // The entities of one source file share its stored origin: it is read back under `folders` once (a
        // million entities came from a few dozen files).
        var paths: [UInt32: String] = [:]
        let payload = UnsafeRawBufferPointer(rebasing: file.buffer[headerSize...])
        for index in Set(columns.originFiles) {
            paths[index] = OriginPath.loaded(reader.pool.string(Int(index), in: payload), folders: folders)
        }
        let entities = EncodedEntities(file: file, payloadStart: headerSize, pool: reader.pool, languages: languages,
                                       columns: columns, originPaths: paths)
        // Written in id order; a file whose entities are not is damaged.
        guard entities.idsAscend() else { throw .corrupt("entities out of order") }
        return entities
    }

    private func write(_ entity: Entity, languages: [Language: UInt8], into body: inout BinaryWriter) {
        body.string(entity.id.rawValue)
        body.u8(UInt8(EntityType.allCases.firstIndex(of: entity.type)!))
        body.string(entity.subtype)
        let labels = entity.label.ordered
        body.u8(UInt8(labels.count))
        for (language, label) in labels {
            body.u8(languages[language]!)
            body.string(label)
        }
        body.u32(entity.aliases.count)
        for alias in entity.aliases {
            body.string(alias.form)
            body.u8(alias.language.map { languages[$0]! + 1 } ?? 0)
            body.u8(UInt8(MentionRole.allCases.firstIndex(of: alias.role)!))
            body.u8(CompiledLexicon.code(alias.caseRule))
            body.u8((alias.isPrefix ? 1 : 0) | (alias.needsAntecedent ? 2 : 0) | (alias.allowedInCapitals ? 4 : 0)
                | (alias.isCommonWord ? 8 : 0) | (alias.standsAlone ? 16 : 0))
        }
        body.u16(entity.codes.count)
        for key in entity.codes.keys.sorted() {
            body.string(key)
            body.string(entity.codes[key]!)
        }
        body.u16(entity.relations.count)
        for relation in entity.relations.keys.sorted() {
            body.string(relation.rawValue)
            body.u16(entity.relations[relation]!.count)
            for target in entity.relations[relation]! { body.string(target.rawValue) }
        }
        body.u16(entity.roles.count)
        for role in entity.roles {
            body.string(role.role)
            body.string(role.of.rawValue)
            body.i32(CompiledLexicon.pack(role.from))
            body.i32(CompiledLexicon.pack(role.to))
        }
        body.i32(CompiledLexicon.pack(entity.validFrom))
        body.i32(CompiledLexicon.pack(entity.validTo))
        body.u64(entity.population.map { UInt64($0) + 1 } ?? 0)
    }

    /// One entity's record (see `EncodedEntities.entity(at:)`).
    static func readEntity(_ reader: inout BinaryReader, _ languages: [Language]) throws(CompiledLexiconError) -> Entity {
        let id = try reader.string()
        let typeIndex = Int(try reader.u8())
        guard typeIndex < EntityType.allCases.count else { throw .corrupt("entity type \(typeIndex)") }
        let subtype = try reader.string()
        var labels: [Language: String] = [:]
        for _ in 0..<(try reader.u8()) {
            let language = Int(try reader.u8())
            guard language < languages.count else { throw .corrupt("label of \(id)") }
            labels[languages[language]] = try reader.string()
        }
        var aliases: [Alias] = []
        let aliasCount = try reader.u32()
        aliases.reserveCapacity(aliasCount)
        for _ in 0..<aliasCount {
            let form = try reader.string()
            let language = Int(try reader.u8()), role = Int(try reader.u8())
            let caseRule = try caseRule(try reader.u8())
            let flags = try reader.u8()
            guard language <= languages.count, role < MentionRole.allCases.count else { throw .corrupt("alias of \(id)") }
            aliases.append(Alias(form: form, language: language == 0 ? nil : languages[language - 1],
                                 role: MentionRole.allCases[role], caseRule: caseRule, isPrefix: flags & 1 != 0,
                                 needsAntecedent: flags & 2 != 0, allowedInCapitals: flags & 4 != 0,
                                 isCommonWord: flags & 8 != 0, standsAlone: flags & 16 != 0))
        }
        var codes: [String: String] = [:]
        for _ in 0..<(try reader.u16()) { codes[try reader.string()] = try reader.string() }
        var relations: [Relation: [EntityID]] = [:]
        for _ in 0..<(try reader.u16()) {
            let name = try reader.string()
            guard let relation = Relation(rawValue: name) else { throw .corrupt("relation '\(name)' of \(id)") }
            var targets: [EntityID] = []
            for _ in 0..<(try reader.u16()) { targets.append(EntityID(try reader.string())) }
            relations[relation] = targets
        }
        var roles: [DatedRole] = []
        for _ in 0..<(try reader.u16()) {
            let role = try reader.string(), of = try reader.string()
            guard let from = unpack(try reader.i32()) else { throw .corrupt("role date of \(id)") }
            roles.append(DatedRole(role: role, of: EntityID(of), from: from, to: unpack(try reader.i32())))
        }
        let validFrom = unpack(try reader.i32()), validTo = unpack(try reader.i32())
        let storedPopulation = try reader.u64()
        let population = storedPopulation == 0 ? nil : Int(storedPopulation - 1)
        return Entity(id: EntityID(id), type: EntityType.allCases[typeIndex], subtype: subtype, label: Labels(labels),
                            aliases: aliases, codes: codes, relations: relations, roles: roles, validFrom: validFrom, validTo: validTo,
                            population: population)
    }

    static func code(_ rule: Alias.CaseRule) -> UInt8 {
        switch rule {
        case .exact: return 0
        case .fold: return 1
        case .capitalized: return 2
        }
    }

    static func caseRule(_ code: UInt8) throws(CompiledLexiconError) -> Alias.CaseRule {
        switch code {
        case 0: return .exact
        case 1: return .fold
        case 2: return .capitalized
        default: throw .corrupt("case rule \(code)")
        }
    }

    /// A day as `yyyymmdd` (0 for none).
    static func pack(_ date: DayDate?) -> Int32 {
        guard let date else { return 0 }
        return Int32(date.year * 10000 + date.month * 100 + date.day)
    }

    static func unpack(_ value: Int32) -> DayDate? {
        value == 0 ? nil : DayDate(year: Int(value) / 10000, month: Int(value) / 100 % 100, day: Int(value) % 100)
    }
}
