import Foundation
import Testing
import GazzettaExport
import GazzettaInterchange
import GazzettaTestSupport

/// Debian's chromium, which `.ci/run` installs.
let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

/// Runs headless Chromium with `arguments`; returns standard output.
func headless(_ arguments: [String]) throws -> String {
    try Subprocess.run(URL(fileURLWithPath: chromium!),
                       ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
                        "--user-data-dir=" + NSTemporaryDirectory() + "gazzetta-chromium-\(UUID().uuidString)"] + arguments).out
}

@Suite struct ReviewPageTests {
    static let hostile = "La Cina <script>document.title='pwned'</script> e il Kazakhstan \"onmouseover=alert(1) x=\" & Mosca </mark></article>."

    @Test func everyPieceOfTheDocumentIsEscaped() throws {
        let html = ReviewPage().html(try annotated(Self.hostile))
        #expect(!html.contains("<script>document.title"))
        #expect(html.contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"))
        #expect(html.contains("&quot;onmouseover=alert(1) x=&quot;"))
        #expect(!html.contains("</mark></article>."))
        #expect(!html.contains("http://") && !html.contains("https://"), "the page must need no network")
    }

    /// In a real browser: as many highlighted mentions in the DOM as in the JSON, no script but ours, and a screenshot.
    @Test(.enabled(if: chromium != nil || ProcessInfo.processInfo.environment["CI"] != nil, "needs Debian's chromium (.ci/run installs it)"))
    func theBrowserShowsEveryMentionAndRunsNoInjectedScript() throws {
        #expect(chromium != nil, "chromium is not installed")
        guard chromium != nil else { return }
        let document = try annotated(Self.hostile + "\n\n" + trickyText)
        let folder = try temporaryFolder("review")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = folder.appendingPathComponent("review.html")
        try ReviewPage().html(document).write(to: page, atomically: true, encoding: .utf8)

        let dom = try headless(["--virtual-time-budget=2000", "--dump-dom", page.absoluteString])
        #expect(dom.contains("data-highlighted=\"\(document.mentions.count)\""), "the page's script counted a different number of marks")
        #expect(dom.components(separatedBy: "<mark class=\"mention").count - 1 == document.mentions.count)
        #expect(!dom.contains("<title>pwned</title>"))
        #expect(dom.components(separatedBy: "<script").count - 1 == 2, "only the page's own two scripts")

        let artifacts = Checkout.url(".build/artifacts")
        try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
        let screenshot = artifacts.appendingPathComponent("review.png")
        try? FileManager.default.removeItem(at: screenshot)
        _ = try headless(["--window-size=1280,900", "--screenshot=" + screenshot.path, page.absoluteString])
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000)
    }
}
