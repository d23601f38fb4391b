/// An immutable set of matching keys, each with its index: the lookup the matcher makes once per token.
///
/// Swift's `Dictionary<String, _>` hashes with SipHash through a `Hasher` on every lookup. Here a key's UTF-8
/// bytes are hashed eight at a time (multiply and xor-shift) and probed in one open-addressing table whose
/// slots hold a 32-bit hash beside the key's index: a miss, most tokens, usually costs one hash and one slot
/// read; a hit, one byte comparison more. The keys are stored once, end to end, in one byte buffer.
///
/// Keys are compared byte for byte: they must be in one normal form, as `MatchingKey` leaves them (composed).
/// Their total length is limited to 2 GiB (offsets are 32-bit), some hundred million aliases.
///
/// - Complexity: building O(n) in the total length of the keys; lookup O(k) in the key's length, expected.
public struct KeyTable: Sendable {
    /// Per slot: the key's 32-bit hash in the high half, its index + 1 in the low half; 0 when empty.
    private let slots: [UInt64]
    private let mask: Int
    /// Every key's UTF-8 bytes, end to end.
    private let storage: [UInt8]
    /// Where key `i` starts in `storage`; one entry more than there are keys.
    private let offsets: [Int32]

    /// A table of `keys`, key `keys[i]` getting index `i`. A repeated key keeps its first index.
    public init(_ keys: [String]) {
        var storage: [UInt8] = []
        let total = keys.reduce(0) { $0 + $1.utf8.count }
        precondition(total < Int(Int32.max), "KeyTable: keys total \(total) bytes, more than 2 GiB")
        storage.reserveCapacity(total)
        var offsets: [Int32] = [0]
        offsets.reserveCapacity(keys.count + 1)
        for key in keys {
            storage.append(contentsOf: key.utf8)
            offsets.append(Int32(storage.count))
        }
        self.init(utf8: storage, offsets: offsets)
    }

    /// A table of the keys stored end to end in `storage`, key `i` being `storage[offsets[i]..<offsets[i + 1]]`
    /// (what `utf8Storage` and `utf8Offsets` give back): no `String` is built, so a compiled lexicon's million
    /// keys load in one copy and one hashing pass.
    ///
    /// - Precondition: `offsets` starts at 0, never decreases and ends at `storage.count`.
    public init(utf8 storage: [UInt8], offsets: [Int32]) {
        precondition(offsets.first == 0 && offsets.last.map(Int.init) == storage.count, "KeyTable: offsets do not cover the keys")
        let count = offsets.count - 1
        var capacity = 16
        while capacity < count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        storage.withUnsafeBufferPointer { bytes in
            for index in 0..<count {
                let key = UnsafeBufferPointer(rebasing: bytes[Int(offsets[index])..<Int(offsets[index + 1])])
                let hash = KeyTable.hash(key)
                var slot = Int(truncatingIfNeeded: hash) & mask
                var duplicate = false
                while slots[slot] != 0 {
                    let other = Int(slots[slot] & 0xFFFF_FFFF) - 1
                    if UInt32(slots[slot] >> 32) == hash,
                       KeyTable.equal(key, UnsafeBufferPointer(rebasing: bytes[Int(offsets[other])..<Int(offsets[other + 1])])) {
                        duplicate = true
                        break
                    }
                    slot = (slot + 1) & mask
                }
                if !duplicate { slots[slot] = UInt64(hash) << 32 | UInt64(index + 1) }
            }
        }
        self.slots = slots
        self.mask = mask
        self.storage = storage
        self.offsets = offsets
    }

    /// Every key's UTF-8 bytes, end to end, in index order (see `init(utf8:offsets:)`).
    public var utf8Storage: [UInt8] { storage }
    /// Where each key starts in `utf8Storage`, and one entry more for the end.
    public var utf8Offsets: [Int32] { offsets }

    /// The number of keys given, a repeated key counted each time (so `self[i]` is defined for `0..<count`).
    public var count: Int { offsets.count - 1 }

    /// The index of `key`, or `nil` when it is not in the table.
    @inline(__always)
    public func index(of key: String) -> Int32? {
        var key = key
        return key.withUTF8 { index(ofUTF8: $0) }
    }

    /// Whether `key` is in the table.
    @inline(__always)
    public func contains(_ key: String) -> Bool { index(of: key) != nil }

    /// The key with index `index`.
    public subscript(index: Int32) -> String {
        String(decoding: storage[Int(offsets[Int(index)])..<Int(offsets[Int(index) + 1])], as: UTF8.self)
    }

    /// The first UTF-8 byte of the key with index `index` (0 for the empty key): a cheap first test before
    /// building the key's String.
    @inline(__always)
    public func firstByte(of index: Int32) -> UInt8 {
        let start = Int(offsets[Int(index)])
        return start < Int(offsets[Int(index) + 1]) ? storage[start] : 0
    }

    /// The index of the key whose UTF-8 bytes are `key`, or `nil`.
    public func index(ofUTF8 key: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = KeyTable.hash(key)
        return slots.withUnsafeBufferPointer { slots in
            storage.withUnsafeBufferPointer { bytes in
                offsets.withUnsafeBufferPointer { offsets in
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while true {
                        let entry = slots[slot]
                        if entry == 0 { return nil }
                        if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                            let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                            let start = Int(offsets[index]), end = Int(offsets[index + 1])
                            if KeyTable.equal(key, UnsafeBufferPointer(rebasing: bytes[start..<end])) { return Int32(index) }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// A 32-bit hash of the bytes: eight bytes at a time, each word mixed in by multiply and xor-shift
    /// (SplitMix64's constants), the length mixed in first so that trailing zero bytes count. Not for
    /// untrusted adversarial keys: lexicons are the user's own data.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let count = bytes.count
        var hash = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        var index = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                hash ^= hash >> 31
                index += 8
            }
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
        hash ^= hash >> 29
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    @inline(__always)
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        for index in 0..<a.count where a[index] != b[index] { return false }
        return true
    }
}
