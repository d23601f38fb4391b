/// Little-endian writing of the compiled lexicon's binary form, with a table of unique strings.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []
    private var strings: [String: UInt32] = [:]
    private(set) var stringList: [String] = []

    init() {}

    mutating func u8(_ value: UInt8) { bytes.append(value) }
    mutating func u16(_ value: Int) { append(UInt16(truncatingIfNeeded: value)) }
    mutating func u32(_ value: Int) { append(UInt32(truncatingIfNeeded: value)) }
    mutating func i32(_ value: Int32) { append(UInt32(bitPattern: value)) }
    mutating func u64(_ value: UInt64) { append(value) }

    /// Writes `values` as they are, one after another (read back by `BinaryReader.array(of:count:)`).
    mutating func raw(_ values: [UInt8]) { bytes.append(contentsOf: values) }

    private mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Writes the index of `text` in the string table (added on first use).
    mutating func string(_ text: String) {
        if let index = strings[text] {
            u32(Int(index))
            return
        }
        let index = UInt32(stringList.count)
        strings[text] = index
        stringList.append(text)
        u32(Int(index))
    }

    /// The number of bytes written so far.
    var count: Int { bytes.count }

    /// Writes a placeholder u64 and returns where it is, for `patch(_:at:)` once the value is known.
    mutating func placeholder() -> Int {
        let at = bytes.count
        u64(0)
        return at
    }

    /// Overwrites the u64 at `position` (a `placeholder()`).
    mutating func patch(_ value: UInt64, at position: Int) {
        withUnsafeBytes(of: value.littleEndian) { bytes.replaceSubrange(position..<position + 8, with: $0) }
    }

    /// The string table followed by the body written so far: what a reader reads in that order. The table is
    /// the strings' count, the end offset of each (so string `i` is `blob[end(i-1)..<end(i)]`), then the
    /// strings end to end: a reader finds any string without reading the others (`StringPool`).
    func finished() -> [UInt8] {
        var table = BinaryWriter()
        table.u32(stringList.count)
        var end = 0
        for text in stringList {
            end += text.utf8.count
            precondition(end < Int(UInt32.max), "compiled lexicon: strings total more than 4 GiB")
            table.u32(end)
        }
        for text in stringList { table.bytes.append(contentsOf: text.utf8) }
        return table.bytes + bytes
    }
}

/// The string table of a compiled file, read in place: where each string's bytes are, not the strings
/// themselves, so that loading a lexicon builds no `String` it does not use.
struct StringPool: Sendable {
    /// Where the strings' bytes start in the payload.
    let blobStart: Int
    /// Each string's end, relative to `blobStart`.
    let ends: [UInt32]

    var count: Int { ends.count }

    /// The byte range of string `index` in the payload.
    @inline(__always)
    func range(of index: Int) -> Range<Int> {
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return blobStart + start..<blobStart + Int(ends[index])
    }

    /// String `index`, built from `payload`.
    @inline(__always)
    func string(_ index: Int, in payload: UnsafeRawBufferPointer) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: payload[range(of: index)]), as: UTF8.self)
    }
}

/// Reads what `BinaryWriter` wrote, refusing to read past the end (a truncated or corrupt file).
struct BinaryReader {
    private let bytes: UnsafeRawBufferPointer
    private(set) var offset: Int
    private(set) var pool = StringPool(blobStart: 0, ends: [])

    init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0, pool: StringPool? = nil) {
        self.bytes = bytes
        self.offset = offset
        if let pool { self.pool = pool }
    }

    var isAtEnd: Bool { offset == bytes.count }

    private mutating func read<T: FixedWidthInteger>(_: T.Type) throws(CompiledLexiconError) -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else { throw .corrupt("truncated at byte \(offset)") }
        let value = bytes.loadUnaligned(fromByteOffset: offset, as: T.self)
        offset += size
        return T(littleEndian: value)
    }

    mutating func u8() throws(CompiledLexiconError) -> UInt8 { try read(UInt8.self) }
    mutating func u16() throws(CompiledLexiconError) -> Int { Int(try read(UInt16.self)) }
    mutating func u32() throws(CompiledLexiconError) -> Int { Int(try read(UInt32.self)) }
    mutating func i32() throws(CompiledLexiconError) -> Int32 { Int32(bitPattern: try read(UInt32.self)) }
    mutating func u64() throws(CompiledLexiconError) -> UInt64 { try read(UInt64.self) }

    /// `count` integers written one after another, copied in one step (the big tables of a compiled file).
    ///
    /// - Complexity: O(count), a memory copy.
    mutating func array<T: FixedWidthInteger>(of _: T.Type, count: Int) throws(CompiledLexiconError) -> [T] {
        let size = count * MemoryLayout<T>.stride
        guard count >= 0, offset + size <= bytes.count else { throw .corrupt("table of \(count) past the end at byte \(offset)") }
        let source = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + size])
        let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source)
            initialized = count
        }
        offset += size
        #if _endian(big)
        return values.map { T(littleEndian: $0) }
        #else
        return values
        #endif
    }

    /// Moves past `count` bytes.
    mutating func skip(_ count: Int) throws(CompiledLexiconError) {
        guard count >= 0, offset + count <= bytes.count else { throw .corrupt("section past the end at byte \(offset)") }
        offset += count
    }

    /// Reads the string table that starts the payload: its ends, not its strings (see `StringPool`).
    mutating func readStringTable() throws(CompiledLexiconError) {
        let count = try u32()
        let ends = try array(of: UInt32.self, count: count)
        let blobStart = offset
        var previous: UInt32 = 0
        for end in ends {
            guard end >= previous else { throw .corrupt("string table out of order") }
            previous = end
        }
        try skip(Int(previous))
        pool = StringPool(blobStart: blobStart, ends: ends)
    }

    /// A string's table index, checked.
    mutating func stringIndex() throws(CompiledLexiconError) -> Int {
        let index = try u32()
        guard index < pool.count else { throw .corrupt("string index \(index) out of range") }
        return index
    }

    /// A string by its table index.
    mutating func string() throws(CompiledLexiconError) -> String {
        pool.string(try stringIndex(), in: bytes)
    }
}

/// A compiled lexicon file that cannot be used: it is then rebuilt from the sources, never trusted.
public enum CompiledLexiconError: Error, CustomStringConvertible, Equatable {
    case corrupt(String)
    case stale
    case wrongFormat(String)

    /// One line saying what is wrong with the compiled file.
    public var description: String {
        switch self {
        case .corrupt(let why): return "corrupt compiled lexicon: \(why)"
        case .stale: return "the compiled lexicon is older than its sources"
        case .wrongFormat(let why): return "not a compiled lexicon of this version: \(why)"
        }
    }
}

/// A 64-bit hash in the manner of FNV-1a, eight bytes at a step: the checksum of a compiled lexicon, the
/// fingerprint of its sources, the lexicon's version. Not cryptographic: it detects damage and change.
///
/// - Complexity: O(n), one multiply and a rotation per eight bytes (a 100 MB lexicon hashes in tens of ms).
func fnv1a(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var hash: UInt64 = 0xcbf29ce484222325
    var index = 0
    while index + 8 <= bytes.count {
        let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        hash = (hash ^ UInt64(littleEndian: word)) &* 0x100000001b3
        hash ^= hash >> 29
        index += 8
    }
    while index < bytes.count {
        hash = (hash ^ UInt64(bytes[index])) &* 0x100000001b3
        index += 1
    }
    return hash ^ UInt64(bytes.count)
}
