import Foundation

/// Reads a document's bytes from a path or standard input, with errors that name the path.
enum InputReader {
    static func read(_ path: String) throws -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError("\(path): no such file")
        }
        if isDirectory.boolValue { throw CLIError("\(path): is a directory, not a document (use `gazzetta batch` for folders)") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("\(path): cannot read the file (permissions?)")
        }
        return [UInt8](data)
    }
}
