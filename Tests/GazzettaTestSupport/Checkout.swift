import Foundation

/// The checkout the tests were built from: its folders (`Lexicons/`, `Corpus/`, `Schemas/`) and the built
/// `gazzetta` binary.
public enum Checkout {
    /// The checkout's root (this file is `Tests/GazzettaTestSupport/Checkout.swift`).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `relative` (`Corpus/it`, `Lexicons`) under the root.
    public static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// `relative` under the root, as a path.
    public static func path(_ relative: String) -> String { url(relative).path }

    /// The built `gazzetta` beside the test bundle, else in `.build/debug`.
    public static let gazzettaBinary: URL = {
        let besideTests = Bundle.main.bundleURL.appendingPathComponent("gazzetta")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return url(".build/debug/gazzetta")
    }()
}
