import Dispatch
import GazzettaLexicon
import Synchronization

/// Recompiles the lexicon folder and swaps it into the pool (`POST /admin/reload`, SIGHUP).
///
/// Compiling happens beside the running annotators, which go on serving the old lexicon until the swap; a
/// lexicon with errors is refused and the old one stays. Reloads that overlap each take a number when they
/// start, and an older one never replaces a newer one.
public final class LexiconReloader: Sendable {
    /// What a reload did.
    public struct Outcome: Sendable {
        /// The version served before.
        public var previous: String
        /// The version served now.
        public var current: String
        /// How many entities the lexicon now holds.
        public var entities: Int
    }

    private let pool: AnnotatorPool
    private let directories: [String]
    private let sequence = Atomic<Int>(0)

    /// Reloads `directories` (later folders adding to earlier ones) into `pool`.
    public init(pool: AnnotatorPool, directories: [String]) {
        self.pool = pool
        self.directories = directories
    }

    /// Loads the lexicon as `gazzetta annotate` does: through the folder's compiled file, rebuilt when stale.
    public static func load(_ directories: [String]) throws(ServiceError) -> CompiledLexicon {
        let directory = directories.joined(separator: ", ")
        do {
            return try LexiconCache().load(directories: directories).lexicon
        } catch let error as LexiconLoadError {
            throw ServiceError(.unprocessableContent, code: "lexicon-errors", "the lexicon in \(directory) has errors:\n\(error.description)")
        } catch {
            throw ServiceError(.unprocessableContent, code: "lexicon-errors", "the lexicon in \(directory) cannot be loaded: \(error)")
        }
    }

    /// Recompiles and swaps; throws (keeping the old lexicon) when the folder has errors.
    public func reload() async throws -> Outcome {
        let number = sequence.add(1, ordering: .sequentiallyConsistent).newValue
        let previous = pool.compiled.lexicon.version
        let directories = self.directories
        let compiled = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<CompiledLexicon, any Error>) in
            DispatchQueue.global().async { continuation.resume(with: Result { try LexiconReloader.load(directories) }) }
        }
        _ = try pool.replace(with: compiled, sequence: number)
        let current = pool.compiled
        return Outcome(previous: previous, current: current.lexicon.version, entities: current.lexicon.entities.count)
    }
}
