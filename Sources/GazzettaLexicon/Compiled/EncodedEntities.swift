import GazzettaModel
import Synchronization

/// The entities of a compiled file, kept as the file's bytes and decoded one by one when first asked for.
///
/// Loading reads only fixed-width columns (each record's offset, its id's string index, its traits, alias count
/// and origin), in a few memory copies: a lexicon of half a million entities loads without building one of
/// them. A decoded entity is kept (a lock-protected table: the service annotates on several threads), so an
/// entity a corpus names again and again is decoded once.
///
/// The columns are checked when the file is loaded; a record is checked as it is decoded, and one that does not
/// decode (a file crafted to pass the checksum) stops the process with a message naming the entity, rather
/// than reading out of bounds.
final class EncodedEntities: Sendable {
    /// The whole compiled file; the payload starts at `payloadStart`.
    private let file: CompiledFileBytes
    private let payloadStart: Int
    private let pool: StringPool
    private let languages: [Language]
    /// Where the records start in the payload, and each record's offset from there.
    private let recordsStart: Int
    private let recordOffsets: [UInt32]
    /// Each entity's id, as a string-table index.
    private let ids: [UInt32]
    private let traits: [UInt8]
    /// Each entity's alias count (what a pattern's alias index is checked against at load).
    let aliasCounts: [UInt32]
    private let originFiles: [UInt32]
    private let originLines: [UInt32]
    /// Each origin file's path as read back under the folders loaded, by string index: a few dozen files.
    private let originPaths: [UInt32: String]
    private let decoded = Mutex<[Int32: Entity]>([:])

    struct Columns {
        var recordsStart: Int
        var recordOffsets: [UInt32]
        var ids: [UInt32]
        var traits: [UInt8]
        var aliasCounts: [UInt32]
        var originFiles: [UInt32]
        var originLines: [UInt32]
    }

    init(file: CompiledFileBytes, payloadStart: Int, pool: StringPool, languages: [Language], columns: Columns,
         originPaths: [UInt32: String]) {
        self.file = file
        self.payloadStart = payloadStart
        self.pool = pool
        self.languages = languages
        recordsStart = columns.recordsStart
        recordOffsets = columns.recordOffsets
        ids = columns.ids
        traits = columns.traits
        aliasCounts = columns.aliasCounts
        originFiles = columns.originFiles
        originLines = columns.originLines
        self.originPaths = originPaths
    }

    var count: Int { ids.count }

    /// How many entities have been decoded so far.
    var decodedCount: Int { decoded.withLock { $0.count } }

    /// Runs `body` over the payload's bytes.
    @inline(__always)
    private func withPayload<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(rebasing: file.buffer[payloadStart...]))
    }

    /// The entity at `position`, decoded on its first read.
    func entity(at position: Int) -> Entity {
        if let known = decoded.withLock({ $0[Int32(position)] }) { return known }
        let entity = withPayload { payload in
            var reader = BinaryReader(payload, offset: recordsStart + Int(recordOffsets[position]), pool: pool)
            do {
                return try CompiledLexicon.readEntity(&reader, languages)
            } catch {
                preconditionFailure("compiled lexicon: the record of \(pool.string(Int(ids[position]), in: payload)) does not decode (\(error)); delete the .gzc file to rebuild it")
            }
        }
        decoded.withLock { $0[Int32(position)] = entity }
        return entity
    }

    func id(at position: Int) -> EntityID {
        EntityID(withPayload { pool.string(Int(ids[position]), in: $0) })
    }

    func origin(at position: Int) -> (file: String, line: Int) {
        (originPaths[originFiles[position]] ?? "", Int(originLines[position]))
    }

    func positions(having wanted: EntityTraits) -> [Int] {
        traits.indices.filter { EntityTraits(rawValue: traits[$0]).isSuperset(of: wanted) }
    }

    /// Binary search over the ids' bytes (ids are ASCII, `kind:slug`, so byte order is `EntityID`'s order).
    ///
    /// - Complexity: O(log n) comparisons, no allocation.
    func position(of id: EntityID) -> Int? {
        var key = id.rawValue
        return key.withUTF8 { wanted in
            withPayload { payload in
                var low = 0, high = count - 1
                while low <= high {
                    let mid = (low + high) / 2
                    let order = EncodedEntities.compare(UnsafeRawBufferPointer(rebasing: payload[pool.range(of: Int(ids[mid]))]),
                                                        UnsafeRawBufferPointer(wanted))
                    if order == 0 { return mid }
                    if order < 0 { low = mid + 1 } else { high = mid - 1 }
                }
                return nil
            }
        }
    }

    func hasID(_ id: EntityID, at position: Int) -> Bool {
        var key = id.rawValue
        return key.withUTF8 { wanted in
            withPayload { EncodedEntities.compare(UnsafeRawBufferPointer(rebasing: $0[pool.range(of: Int(ids[position]))]), UnsafeRawBufferPointer(wanted)) == 0 }
        }
    }

    /// Whether the ids are in strictly ascending order (a file whose entities are not is damaged).
    func idsAscend() -> Bool {
        withPayload { payload in
            ids.indices.dropFirst().allSatisfy { index in
                EncodedEntities.compare(UnsafeRawBufferPointer(rebasing: payload[pool.range(of: Int(ids[index - 1]))]),
                                        UnsafeRawBufferPointer(rebasing: payload[pool.range(of: Int(ids[index]))])) < 0
            }
        }
    }

    /// Byte order of `a` and `b`: negative, zero or positive.
    private static func compare(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
        let shared = min(a.count, b.count)
        for index in 0..<shared where a[index] != b[index] { return Int(a[index]) - Int(b[index]) }
        return a.count - b.count
    }
}
