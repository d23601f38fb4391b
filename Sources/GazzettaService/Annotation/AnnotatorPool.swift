import Dispatch
import GazzettaLexicon
import Synchronization

/// N worker slots, each with its own annotator: a request takes a free slot (or waits for one), runs on a
/// dispatch thread — annotation is CPU work and must not block the server's event loops or Swift's
/// cooperative pool — and gives the slot back.
///
/// `replace(with:)` swaps in a new generation of annotators atomically: requests already holding an
/// annotator finish with the lexicon they started with, the next ones get the new one.
public final class AnnotatorPool: Sendable {
    private struct State {
        var free: [Int]
        var waiting: [CheckedContinuation<Int, Never>] = []
        var generation: LexiconGeneration
    }

    private let state: Mutex<State>
    /// How many slots.
    public let workers: Int

    /// A pool of `workers` annotators over `compiled`.
    public init(compiled: CompiledLexicon, workers: Int) throws(ServiceError) {
        let generation = try LexiconGeneration(compiled: compiled, workers: workers, sequence: 0)
        self.workers = workers
        state = Mutex(State(free: Array((0..<workers).reversed()), generation: generation))
    }

    /// The lexicon requests now get.
    public var compiled: CompiledLexicon { state.withLock { $0.generation.compiled } }

    /// Runs `body` with a free annotator, on a dispatch thread; waits for a slot when all are busy.
    public func withAnnotator<T: Sendable>(_ body: @escaping @Sendable (ServiceAnnotator) throws -> T) async throws -> T {
        let slot = await takeSlot()
        defer { giveBack(slot) }
        let annotator = state.withLock { $0.generation.annotators[slot] }
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try body(annotator) })
            }
        }
    }

    /// Installs a generation built from `compiled` unless a later one (by `sequence`) is already in; returns
    /// whether it was installed.
    func replace(with compiled: CompiledLexicon, sequence: Int) throws(ServiceError) -> Bool {
        let generation = try LexiconGeneration(compiled: compiled, workers: workers, sequence: sequence)
        return state.withLock { state in
            guard sequence > state.generation.sequence else { return false }
            state.generation = generation
            return true
        }
    }

    private func takeSlot() async -> Int {
        await withCheckedContinuation { continuation in
            let slot: Int? = state.withLock { state in
                if let slot = state.free.popLast() { return slot }
                state.waiting.append(continuation)
                return nil
            }
            if let slot { continuation.resume(returning: slot) }
        }
    }

    private func giveBack(_ slot: Int) {
        let waiter: CheckedContinuation<Int, Never>? = state.withLock { state in
            if state.waiting.isEmpty {
                state.free.append(slot)
                return nil
            }
            return state.waiting.removeFirst()
        }
        waiter?.resume(returning: slot)
    }
}
