import Foundation
import GazzettaLexicon

/// Finds and loads the lexicons: the `--lexicons` folders, else `$GAZZETTA_LEXICONS` (folders separated by
/// `:`), else `./Lexicons`, else the `Lexicons/` of the checkout this binary was built from (so
/// `swift run gazzetta …` works from anywhere). Several folders load in order, later ones adding to the
/// earlier (see `LexiconLoader.load(directories:)`); every `.gaz` below a folder loads, `world/` included.
enum LexiconLocator {
    static func directories(_ given: [String]) throws -> [String] {
        if !given.isEmpty { return given }
        if let fromEnvironment = ProcessInfo.processInfo.environment["GAZZETTA_LEXICONS"], !fromEnvironment.isEmpty {
            return fromEnvironment.split(separator: ":").map(String.init)
        }
        var candidates = [FileManager.default.currentDirectoryPath + "/Lexicons"]
        // This file is Sources/gazzetta/Support/LexiconLocator.swift in the checkout.
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(checkout.appendingPathComponent("Lexicons").path)
        for candidate in candidates {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue {
                return [candidate]
            }
        }
        throw CLIError("no lexicons found: pass --lexicons DIR or set GAZZETTA_LEXICONS (looked in \(candidates.joined(separator: ", ")))")
    }

    /// The compiled lexicon, through the folders' compiled file (rebuilt when stale or corrupt).
    static func loadCompiled(_ given: [String]) throws -> CompiledLexicon {
        let directories = try directories(given)
        do {
            return try LexiconCache(warn: { printError($0.description) }).load(directories: directories).lexicon
        } catch let error as LexiconLoadError {
            throw CLIError("the lexicon in \(directories.joined(separator: ", ")) has errors:\n\(error.description)")
        }
    }

    static func load(_ given: [String]) throws -> Lexicon {
        let directories = try directories(given)
        do {
            return try LexiconLoader().load(directories: directories)
        } catch {
            throw CLIError("the lexicon in \(directories.joined(separator: ", ")) has errors:\n\(error.description)")
        }
    }
}
