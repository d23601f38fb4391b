import Foundation

/// Whole-file writes that a reader (or a killed process) sees as the old file or the new one, never half.
///
/// The bytes go to a hidden temporary file beside the target, which is then renamed over it (a rename within
/// one folder is atomic). A plain write is used for the first half: Foundation's own atomic writes would
/// leave temporary files of their own, under names a clean-up pass cannot recognise, behind a killed run.
public enum AtomicFile {
    /// Why an atomic write failed, in a sentence naming the target.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// The plain-language reason, starting with the target's path.
        public let description: String
    }

    /// Writes `bytes` to `target` through `.<name>.<uuid><temporarySuffix>` in the same folder.
    public static func write(_ bytes: [UInt8], to target: URL, temporarySuffix: String = ".partial") throws {
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent("." + target.lastPathComponent + "." + UUID().uuidString + temporarySuffix)
        do { try Data(bytes).write(to: temporary) } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(description: "\(target.path): cannot write: \(error.localizedDescription)")
        }
        if rename(temporary.path, target.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(description: "\(target.path): cannot rename the finished file into place")
        }
    }
}
