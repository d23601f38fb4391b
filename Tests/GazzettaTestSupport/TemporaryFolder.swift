import Foundation
import Synchronization

/// A new empty folder under the system's temporary folder, its name starting `gazzetta-<name>-`; it is removed
/// when the test process exits (set `GAZZETTA_KEEP_TEMPORARY=1` to keep them for a look after a failure).
public func temporaryFolder(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("gazzetta-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    TemporaryFolders.created.withLock { folders in
        if folders.isEmpty { atexit { TemporaryFolders.removeAll() } }
        folders.append(url)
    }
    return url
}

/// The folders `temporaryFolder` made in this process, removed by an exit handler registered with the first.
private enum TemporaryFolders {
    static let created = Mutex<[URL]>([])

    static func removeAll() {
        guard ProcessInfo.processInfo.environment["GAZZETTA_KEEP_TEMPORARY"] == nil else { return }
        for url in created.withLock({ $0 }) { try? FileManager.default.removeItem(at: url) }
    }
}
