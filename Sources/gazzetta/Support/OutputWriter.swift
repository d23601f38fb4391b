import Foundation

/// Reads and writes whole text files for the command line, with errors that name the path.
enum OutputWriter {
    /// Writes `text` to `path` atomically (a temporary file, then a rename), or to standard output for `-`.
    static func write(_ text: String, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError("\(path): cannot write: \(error.localizedDescription)")
        }
    }

    /// The UTF-8 text of `path`.
    static func readText(_ path: String) throws -> String {
        let bytes = try InputReader.read(path)
        guard let text = String(validating: bytes, as: UTF8.self) else { throw CLIError("\(path): not valid UTF-8") }
        return text
    }
}
