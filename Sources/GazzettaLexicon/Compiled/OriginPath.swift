/// An entity's source file as a compiled lexicon stores it: relative to the lexicon folder it came from, so
/// that a compiled file made through one spelling of a folder (`Lexicons`, `/work/main/Lexicons`) reports the
/// spelling it is loaded through now. The fingerprint ignores the spelling; the origins must too.
enum OriginPath {
    /// The marker that opens a stored relative origin: `\u{1}` folder index `\u{1}` path inside the folder.
    private static let marker: Character = "\u{1}"

    /// `file` relative to the first of `folders` it lies in, marked with that folder's index; `file` itself when
    /// it lies in none.
    static func stored(_ file: String, folders: [String]) -> String {
        for (index, folder) in folders.enumerated() {
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            if file.hasPrefix(prefix) { return "\(marker)\(index)\(marker)" + file.dropFirst(prefix.count) }
        }
        return file
    }

    /// A stored origin read back under `folders`, spelled as `LexiconLoader.files(in:)` spells it; a marked
    /// origin whose folder index `folders` lacks keeps its relative path.
    static func loaded(_ stored: String, folders: [String]) -> String {
        guard stored.first == marker, let end = stored.dropFirst().firstIndex(of: marker),
              let index = Int(stored[stored.index(after: stored.startIndex)..<end]) else { return stored }
        let relative = String(stored[stored.index(after: end)...])
        guard index < folders.count else { return relative }
        let folder = folders[index]
        return folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }
}
