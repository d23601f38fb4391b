import Foundation
import GazzettaModel

/// A set of corpus articles with gold: the main set (`Corpus/<language>/`, used while curating the lexicons)
/// or any other folder `Corpus/<name>/<language>/` (held-out, messy, and whatever set is added next).
public struct CorpusSet: Sendable, CustomStringConvertible {
    /// `main`, or the set's folder name under `Corpus/`.
    public var name: String
    /// The folders holding the set, relative to the checkout (`Corpus/it`, `Corpus/en`; `Corpus/heldout`).
    public var folders: [String]
    /// What `CorpusArticle.all(set:)` takes: `""` for the main set, else the folder name.
    public var folder: String { name == CorpusSet.mainName ? "" : name }
    /// The set's name.
    public var description: String { name }

    /// The name the main set goes by.
    public static let mainName = "main"

    /// Every set under `Corpus/`: the main set first, then the others by name. A folder named after a
    /// language belongs to the main set; any other folder with a language folder inside is a set of its own.
    public static func all() throws -> [CorpusSet] {
        let corpus = Checkout.path("Corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus).sorted()
        func isFolder(_ path: String) -> Bool {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        func languageFolders(in path: String) -> [String] {
            Language.allCases.map(\.rawValue).filter { isFolder(path + "/" + $0) }
        }
        var sets = [CorpusSet(name: mainName, folders: languageFolders(in: corpus).map { "Corpus/" + $0 })]
        for name in names where Language(rawValue: name) == nil && !name.hasPrefix(".") && isFolder(corpus + "/" + name)
            && !languageFolders(in: corpus + "/" + name).isEmpty {
            sets.append(CorpusSet(name: name, folders: ["Corpus/" + name]))
        }
        return sets
    }

    /// The set's articles.
    public func articles() throws -> [CorpusArticle] { try CorpusArticle.all(set: folder) }
}
