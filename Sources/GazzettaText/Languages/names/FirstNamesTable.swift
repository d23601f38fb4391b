/// First names as written (*Maurizio*, *Sergej*, *Giulia*): evidence that the capitalised words after one
/// are a person's name. Shared by every language; the list and its source are in `FirstNames.swift`.
public enum FirstNames {
    /// The names, built once from the generated list.
    ///
    /// - Complexity: O(1) average lookup.
    public static let all: Set<String> = Set(firstNamesText.split(separator: "\n").map(String.init))

    /// Whether `word`, as written, is a known first name.
    public static func contains(_ word: String) -> Bool { all.contains(word) }
}
