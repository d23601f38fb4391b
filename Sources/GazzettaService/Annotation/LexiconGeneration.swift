import GazzettaLexicon

/// One loaded lexicon and the annotators over it, one per worker slot: what a reload replaces whole.
///
/// Requests that took a generation keep it to the end, so a swap never changes the lexicon under a
/// request; the old generation goes when its last request does.
final class LexiconGeneration: Sendable {
    /// The lexicon.
    let compiled: CompiledLexicon
    /// `annotators[slot]` is used only by the request holding `slot`.
    let annotators: [ServiceAnnotator]
    /// Which reload made it (0: the one loaded at start), to keep an older reload from replacing a newer one.
    let sequence: Int

    init(compiled: CompiledLexicon, workers: Int, sequence: Int) throws(ServiceError) {
        self.compiled = compiled
        var annotators: [ServiceAnnotator] = []
        for _ in 0..<workers { annotators.append(try ServiceAnnotator(compiled: compiled)) }
        self.annotators = annotators
        self.sequence = sequence
    }

    /// The lexicon's version (`document.lexicon` in annotations).
    var version: String { compiled.lexicon.version }
}
