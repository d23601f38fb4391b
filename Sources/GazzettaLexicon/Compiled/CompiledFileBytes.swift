#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a compiled lexicon file, alive as long as a lexicon decodes entities from them: the file mapped
/// into memory read-only, or a copy of bytes given.
///
/// Mapping costs no copy: a million-alias file (135 MB) is read from the page cache as the checksum and the
/// columns touch it, and the entity records are never read until an entity is. The mapping stays valid when
/// the file is replaced, as the cache replaces it (a new file renamed over the old: the old one's pages stay
/// with this mapping); a file truncated in place while mapped would fault, which no part of Gazzetta does.
///
/// This type and `BinaryReader` are the only places that read the compiled form through raw pointers.
final class CompiledFileBytes: @unchecked Sendable {
    /// The bytes; immutable for the object's life (hence `Sendable`).
    let buffer: UnsafeRawBufferPointer
    /// The memory to free, for a copy; `nil` for a mapping.
    private let allocation: UnsafeMutableRawPointer?

    /// A copy of `bytes`.
    init(copying bytes: [UInt8]) {
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, bytes.count), alignment: 16)
        bytes.withUnsafeBytes { memory.copyMemory(from: $0) }
        allocation = memory.baseAddress
        buffer = UnsafeRawBufferPointer(start: memory.baseAddress, count: bytes.count)
    }

    /// The regular file at `path` mapped read-only; `nil` when it cannot be opened, is empty or not a file.
    init?(mapping path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 else { return nil }
        let size = Int(status.st_size)
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED else { return nil }
        buffer = UnsafeRawBufferPointer(start: base, count: size)
        allocation = nil
    }

    deinit {
        if let allocation {
            allocation.deallocate()
        } else if let base = buffer.baseAddress {
            munmap(UnsafeMutableRawPointer(mutating: base), buffer.count)
        }
    }
}
