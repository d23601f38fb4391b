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

    /// The string table followed by the body written so far: what a reader reads in that order.
    func finished() -> [UInt8] {
        var table = BinaryWriter()
        table.u32(stringList.count)
        for text in stringList {
            table.u32(text.utf8.count)
            table.bytes.append(contentsOf: text.utf8)
        }
        return table.bytes + bytes
    }
}

/// Reads what `BinaryWriter` wrote, refusing to read past the end (a truncated or corrupt file).
struct BinaryReader {
    private let bytes: UnsafeRawBufferPointer
    private var offset: Int
    private(set) var strings: [String] = []

    init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset == bytes.count }

    private mutating func read<T: FixedWidthInteger>(_: T.Type) throws(CompiledLexiconError) -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else { throw .corrupt("truncated at byte \(offset)") }
        var value: T = 0
        withUnsafeMutableBytes(of: &value) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + size])) }
        offset += size
        return T(littleEndian: value)
    }

    mutating func u8() throws(CompiledLexiconError) -> UInt8 { try read(UInt8.self) }
    mutating func u16() throws(CompiledLexiconError) -> Int { Int(try read(UInt16.self)) }
    mutating func u32() throws(CompiledLexiconError) -> Int { Int(try read(UInt32.self)) }
    mutating func i32() throws(CompiledLexiconError) -> Int32 { Int32(bitPattern: try read(UInt32.self)) }
    mutating func u64() throws(CompiledLexiconError) -> UInt64 { try read(UInt64.self) }

    /// Reads the string table that starts the payload.
    mutating func readStringTable() throws(CompiledLexiconError) {
        let count = try u32()
        guard count <= bytes.count else { throw .corrupt("string count \(count) exceeds the file") }
        strings.reserveCapacity(count)
        for _ in 0..<count {
            let length = try u32()
            guard offset + length <= bytes.count else { throw .corrupt("string past the end at byte \(offset)") }
            strings.append(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self))
            offset += length
        }
    }

    /// A string by its table index.
    mutating func string() throws(CompiledLexiconError) -> String {
        let index = try u32()
        guard index < strings.count else { throw .corrupt("string index \(index) out of range") }
        return strings[index]
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
