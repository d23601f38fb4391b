/// One step of resolution: reads the state the passes before it left and adds to it.
///
/// A pass is built once per annotator (its tables come from the lexicon) and applied to every document;
/// it must leave `mentions` sorted and non-overlapping. The passes and their order are listed in one place,
/// `ResolutionPipeline.standard(lexicon:)`.
public protocol ResolutionPass: Sendable {
    /// The pass's name, as `benchmark --mode stages` reports it (`linking`, `metonymy`…).
    var name: String { get }
    /// Applies the pass to one document's state.
    func apply(to state: inout ResolutionState)
}
