import Foundation
import Testing
import GazzettaTestSupport

/// The release binary (`swift build -c release --static-swift-stdlib`, the README's install step) runs on a
/// machine without the Swift toolchain: `ldd` lists none of Swift's libraries, only the system's (ICU,
/// libxml2, the C library). `.ci/run` builds it before the tests, so in CI this test always runs.
@Suite struct ReleaseBinaryTests {
    static let binary = Checkout.url(".build/release/gazzetta")
    static let built = FileManager.default.isExecutableFile(atPath: binary.path)

    @Test(.enabled(if: built || inCI, "needs the release build (swift build -c release --static-swift-stdlib)"))
    func theReleaseBinaryNeedsNoSwiftLibraries() throws {
        #expect(Self.built, "no release binary at \(Self.binary.path)")
        guard Self.built else { return }
        #if os(Linux)
        let ldd = try Subprocess.run(URL(fileURLWithPath: "/usr/bin/env"), ["ldd", Self.binary.path])
        #expect(ldd.status == 0, "\(ldd.err)")
        let libraries = ldd.out.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let swift = libraries.filter { $0.contains("libswift") || $0.contains("libFoundation") || $0.contains("libdispatch") || $0.contains("/swift/") }
        #expect(swift.isEmpty, "the binary needs Swift's libraries: \(swift)")
        #expect(libraries.contains { $0.hasPrefix("libicuuc") } && libraries.contains { $0.hasPrefix("libxml2") }, "\(ldd.out)")
        #expect(!libraries.contains { $0.contains("not found") }, "\(ldd.out)")
        #endif
        // And it runs, from a folder with no lexicon, pointed at one by the environment as the recipes do.
        let process = try Subprocess.run(URL(fileURLWithPath: "/usr/bin/env"),
                                         ["GAZZETTA_LEXICONS=" + Checkout.path("Lexicons"), Self.binary.path, "annotate", "-", "--lang", "it"],
                                         input: Array("La Cina e il Kazakhstan.".utf8), directory: URL(fileURLWithPath: NSTemporaryDirectory()))
        #expect(process.status == 0 && process.out.contains("\"entity\":\"country:KZ\""), "\(process.err)")
    }
}

let inCI = ProcessInfo.processInfo.environment["CI"] != nil
