import Foundation
import GazzettaLexicon

/// Finds and loads the lexicons: `--lexicons`, else `$GAZZETTA_LEXICONS`, else `./Lexicons`, else the
/// `Lexicons/` of the checkout this binary was built from (so `swift run gazzetta …` works from anywhere).
enum LexiconLocator {
    static func directory(_ given: String?) throws -> String {
        if let given { return given }
        if let fromEnvironment = ProcessInfo.processInfo.environment["GAZZETTA_LEXICONS"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        var candidates = [FileManager.default.currentDirectoryPath + "/Lexicons"]
        // This file is Sources/gazzetta/Support/LexiconLocator.swift in the checkout.
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(checkout.appendingPathComponent("Lexicons").path)
        for candidate in candidates {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue {
                return candidate
            }
        }
        throw CLIError("no lexicons found: pass --lexicons DIR or set GAZZETTA_LEXICONS (looked in \(candidates.joined(separator: ", ")))")
    }

    /// The compiled lexicon, through the folder's compiled file (rebuilt when stale or corrupt).
    static func loadCompiled(_ given: String?) throws -> CompiledLexicon {
        let directory = try directory(given)
        do {
            return try LexiconCache().load(directory: directory).lexicon
        } catch let error as LexiconLoadError {
            throw CLIError("the lexicon in \(directory) has errors:\n\(error.description)")
        }
    }

    static func load(_ given: String?) throws -> Lexicon {
        let directory = try directory(given)
        do {
            return try LexiconLoader().load(directory: directory)
        } catch {
            throw CLIError("the lexicon in \(directory) has errors:\n\(error.description)")
        }
    }
}
