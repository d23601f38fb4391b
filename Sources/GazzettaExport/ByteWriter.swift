/// A growable byte buffer that cannot be copied, for writing output one small piece at a time.
///
/// `Array<UInt8>.append` checks on every call that the array's storage is not shared and has room; output
/// written a few bytes at a time (JSON: a quote, a key, a colon, a digit run) pays that check per piece.
/// A non-copyable buffer cannot be shared, so an append is one capacity test and a copy. The storage is raw
/// memory written with raw stores and copies, so bytes from any source (a tuple on the stack) are copied as
/// bytes, with no typed view of memory that is not `UInt8`.
///
/// - Complexity: appends O(n) in the bytes appended, amortized (the capacity doubles when it runs out).
struct ByteWriter: ~Copyable {
    private var base: UnsafeMutableRawPointer
    private var capacity: Int
    /// The bytes written so far.
    private(set) var count = 0

    /// An empty buffer with room for `capacity` bytes.
    init(capacity: Int) {
        self.capacity = max(16, capacity)
        base = .allocate(byteCount: self.capacity, alignment: 1)
    }

    deinit { base.deallocate() }

    /// A copy of the bytes written.
    var bytes: [UInt8] { Array(UnsafeRawBufferPointer(start: base, count: count)) }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base.storeBytes(of: byte, toByteOffset: count, as: UInt8.self)
        count += 1
    }

    /// Appends the bytes of `buffer`.
    @inline(__always)
    mutating func append(contentsOf buffer: UnsafeRawBufferPointer) {
        guard let source = buffer.baseAddress, !buffer.isEmpty else { return }
        if count + buffer.count > capacity { grow(toHold: count + buffer.count) }
        (base + count).copyMemory(from: source, byteCount: buffer.count)
        count += buffer.count
    }

    /// Appends the bytes of `buffer`.
    @inline(__always)
    mutating func append(contentsOf buffer: UnsafeBufferPointer<UInt8>) {
        append(contentsOf: UnsafeRawBufferPointer(buffer))
    }

    /// Appends the bytes of any sequence (string literals' `utf8`, repeated spaces).
    mutating func append(contentsOf bytes: some Sequence<UInt8>) {
        for byte in bytes { append(byte) }
    }

    /// Hands the bytes written so far to `sink` and empties the buffer, keeping its capacity.
    mutating func drain(into sink: (UnsafeRawBufferPointer) -> Void) {
        sink(UnsafeRawBufferPointer(start: base, count: count))
        count = 0
    }

    @inline(never)
    private mutating func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 1)
        grown.copyMemory(from: base, byteCount: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}
