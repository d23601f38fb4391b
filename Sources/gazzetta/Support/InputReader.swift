import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a document's bytes from a path or standard input, with errors that name the path.
///
/// Plain `read(2)` on whatever the path opens: a regular file, `/dev/stdin`, a FIFO, a process substitution
/// (`<(curl …)`, a `/dev/fd/N` pipe) — Foundation's `contents(atPath:)` reads none but the first. Reading
/// stops one byte past `maximumBytes`, so an oversized stream is refused without being held in memory.
enum InputReader {
    static func read(_ path: String, maximumBytes: Int = Int(Int32.max) - 1) throws -> [UInt8] {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 { throw CLIError(openFailure(path, errno)) }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var status = stat()
        if fstat(descriptor, &status) == 0 {
            if status.st_mode & S_IFMT == S_IFDIR {
                throw CLIError("\(path): is a directory, not a document (use `gazzetta batch` for folders)")
            }
            if status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) > maximumBytes {
                throw CLIError("\(path): too large (\(status.st_size) bytes, the limit is \(maximumBytes); raise it with --max-bytes)")
            }
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw CLIError("\(path): cannot read: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
            if bytes.count > maximumBytes {
                throw CLIError("\(path): too large (more than \(maximumBytes) bytes, the limit; raise it with --max-bytes)")
            }
        }
        return bytes
    }

    /// Why `path` could not be opened, in words. A name the shell passed as bytes that are not UTF-8 reaches
    /// us with U+FFFD in their place (Swift decodes the arguments), so it cannot be opened: say so.
    private static func openFailure(_ path: String, _ code: Int32) -> String {
        if path.unicodeScalars.contains("\u{FFFD}") {
            return "\(path): cannot open: the file name is not valid UTF-8 (rename it, or pass the document on standard input)"
        }
        switch code {
        case ENOENT: return "\(path): no such file"
        case EACCES: return "\(path): cannot read the file (permission denied)"
        default: return "\(path): cannot open: \(String(cString: strerror(code)))"
        }
    }
}

/// `read(2)`, named apart from `InputReader.read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(descriptor, buffer, count)
    #else
    return Darwin.read(descriptor, buffer, count)
    #endif
}
