import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive hold on a batch output folder, so that two runs never write into one folder at once
/// (they would report each other's documents as failed and leave an index of neither).
///
/// An advisory `flock` on `.gazzetta-lock` inside the folder: the system drops it when the process ends,
/// however it ends, so a killed run never leaves the folder locked.
final class OutputFolderLock {
    /// The lock file's name inside the output folder.
    static let fileName = ".gazzetta-lock"
    private let descriptor: Int32

    /// Takes the lock on `folder`, or refuses at once with a message saying another run holds it.
    init(_ folder: URL) throws {
        let path = folder.appendingPathComponent(OutputFolderLock.fileName).path
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        if descriptor < 0 { throw BatchError("\(path): cannot create the lock file: \(String(cString: strerror(errno)))") }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            close(descriptor)
            throw BatchError("\(folder.path): another gazzetta batch run is writing into this folder; wait for it to finish, or choose another --out")
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
