import GazzettaLexicon

/// The resolution passes in the order they run: the one place that lists them.
///
/// To add a pass, write a type conforming to `ResolutionPass` in `Passes/` and insert it here where the
/// state it reads is ready (see ARCHITECTURE.md).
public struct ResolutionPipeline: Sendable {
    /// The passes, in order.
    public let passes: [any ResolutionPass]

    /// A pipeline of `passes`, run in that order.
    public init(passes: [any ResolutionPass]) {
        self.passes = passes
    }

    /// Gazzetta's passes over `lexicon`:
    /// 1. linking — one mention per match, its entity chosen by document context;
    /// 2. discovery — names the lexicon lacks (persons, organisations, places, clubs) and names inside names;
    /// 3. metonymy — capitals and seats of power standing for their government (not datelines);
    /// 4. acronyms — acronyms the text defines, and unknown long forms;
    /// 5. role titles — *il Presidente kazakho* as the person who held the office on the date;
    /// 6. roles held — each person's roles on the document's date;
    /// 7. shared heads — a country adjective coordinated with a state's armed forces names its own state's;
    /// 8. sector profile — which sectors, how strongly, where;
    /// 9. cooperation — actors the sentence ties together on a sector (coordination, *tra/between*, *con/with*, joint words).
    public static func standard(lexicon: Lexicon) -> ResolutionPipeline {
        ResolutionPipeline(passes: [
            LinkingPass(lexicon: lexicon),
            NameDiscoveryPass(lexicon: lexicon),
            MetonymyPass(lexicon: lexicon),
            AcronymPass(lexicon: lexicon),
            RoleTitlePass(lexicon: lexicon),
            RolesHeldPass(lexicon: lexicon),
            SharedHeadPass(lexicon: lexicon),
            SectorProfilePass(),
            CooperationPass(lexicon: lexicon),
        ])
    }

    /// Applies the first `count` passes (all of them by default) to `state`, in order.
    public func run(_ state: inout ResolutionState, passes count: Int? = nil) {
        for pass in passes.prefix(count ?? passes.count) { pass.apply(to: &state) }
    }
}
