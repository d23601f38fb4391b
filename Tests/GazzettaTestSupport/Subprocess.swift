import Foundation

/// Runs a program to its end and collects what it wrote: the built `gazzetta`, Python's schema validator,
/// `fmt`, headless Chromium.
public enum Subprocess {
    /// How a run ended: exit status, standard output, standard error.
    public struct Outcome: Sendable {
        /// The exit status.
        public var status: Int32
        /// Standard output, as UTF-8 (invalid bytes replaced).
        public var out: String
        /// Standard error, as UTF-8 (invalid bytes replaced).
        public var err: String
    }

    /// Runs `executable` with `arguments` in `directory` (the current one when `nil`), `input` on standard input.
    /// Standard error is read while standard output is, so a chatty program cannot fill its pipe and stall.
    public static func run(_ executable: URL, _ arguments: [String], input: [UInt8]? = nil,
                           directory: URL? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        let errors = Collected()
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) { errors.data = err.fileHandleForReading.readDataToEndOfFile() }
        if let input { stdin.fileHandleForWriting.write(Data(input)) }
        try stdin.fileHandleForWriting.close()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        reading.wait()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, out: String(decoding: output, as: UTF8.self),
                       err: String(decoding: errors.data, as: UTF8.self))
    }

    /// Standard error's bytes, written by the reading thread once and read after it has finished.
    private final class Collected: @unchecked Sendable {
        var data = Data()
    }
}
