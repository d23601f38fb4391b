import Foundation

/// The `gazzetta` binary beside the test bundle (or the debug build's).
let binary: URL = {
    let besideTests = Bundle.main.bundleURL.appendingPathComponent("gazzetta")
    if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
    return root.appendingPathComponent(".build/debug/gazzetta")
}()

/// Runs the built `gazzetta` with `arguments` (and `input` on standard input); its status and standard output's bytes.
func gazzetta(_ arguments: [String], input: [UInt8]? = nil) throws -> (status: Int32, out: [UInt8], err: String) {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: NSTemporaryDirectory())
    let out = Pipe(), err = Pipe(), stdin = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = stdin
    try process.run()
    // Write standard input beside the reads, so a large input cannot fill a pipe and stall both sides.
    let writer = Thread {
        if let input { stdin.fileHandleForWriting.write(Data(input)) }
        try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let errReader = DataReader(err.fileHandleForReading)
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, [UInt8](outData), String(decoding: errReader.finish(), as: UTF8.self))
}

/// Reads a pipe to its end on a thread of its own.
final class DataReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }.start()
    }

    func finish() -> Data {
        done.wait()
        return data
    }
}

/// Writes `bytes` to a new temporary file named `name`; returns its path.
func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazzetta-serve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent(name).path
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    return path
}
