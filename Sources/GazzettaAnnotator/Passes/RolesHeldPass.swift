import GazzettaLexicon
import GazzettaModel

/// Gives each person mention the roles its person held on the document's date (`rolesHeld`), so a reader
/// sees *Tokayev* as the head of state he was then.
struct RolesHeldPass: ResolutionPass {
    let name = "roles-held"
    let lexicon: Lexicon

    func apply(to state: inout ResolutionState) {
        guard let date = state.date else { return }
        for index in state.mentions.indices where state.mentions[index].entity.isKind(.person) {
            state.mentions[index].rolesHeld = lexicon[state.mentions[index].entity]?.roles(on: date) ?? []
        }
    }
}
