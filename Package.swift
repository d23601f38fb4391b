// swift-tools-version:6.0
import PackageDescription

/// Gazzetta: a bilingual (Italian + English) gazetteer tagger for geopolitical and defence analysis.
///
/// One module per pipeline stage, data flowing one way:
/// bytes → `GazzettaText` (ICU through `CICU`) → `GazzettaLexicon` (matcher) → `GazzettaAnnotator`
/// (resolution) → `GazzettaModel` document → `GazzettaExport` (JSON) ← `gazzetta` (command line) and
/// `GazzettaService` (HTTP); `GazzettaEvaluation` scores annotations against gold beside the pipeline, not inside it.
let package = Package(
    name: "Gazzetta",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "gazzetta", targets: ["gazzetta"]),
        .library(name: "GazzettaAnnotator", targets: ["GazzettaAnnotator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        // The HTTP service (`gazzetta serve`): server, lifecycle, logging, metrics; a real client in its tests.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // The only code that includes <unicode/*.h>; its public header uses plain C types.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        // The system's libxml2 (include path and library from pkg-config).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev", "pkg-config"]), .brew(["libxml2"])]
        ),
        // The only code that includes libxml2's headers: readable text out of HTML, with a source map.
        .target(name: "CXML", dependencies: ["CLibXML2"]),
        // The shared domain model: depends on nothing.
        .target(name: "GazzettaModel"),
        .target(name: "GazzettaText", dependencies: ["CICU", "CXML", "GazzettaModel"]),
        .target(name: "GazzettaLexicon", dependencies: ["GazzettaModel", "GazzettaText"]),
        .target(
            name: "GazzettaAnnotator",
            dependencies: [
                "GazzettaModel", "GazzettaText", "GazzettaLexicon",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "GazzettaExport", dependencies: ["GazzettaModel"]),
        // Scores of annotations against hand-checked gold (`gazzetta.gold/1`), and their reports.
        .target(name: "GazzettaEvaluation", dependencies: ["GazzettaModel", "GazzettaExport"]),
        // Interchange with the tools reviewers use: brat, Label Studio, CoNLL, W3C Web Annotation, displaCy;
        // the HTML review page; diffs between runs.
        .target(
            name: "GazzettaInterchange",
            dependencies: ["GazzettaModel", "GazzettaText", "GazzettaExport", "GazzettaEvaluation"]
        ),
        // Batch tagging of corpora: parallel, resumable, nothing lost.
        .target(
            name: "GazzettaBatch",
            dependencies: ["GazzettaModel", "GazzettaText", "GazzettaLexicon", "GazzettaAnnotator", "GazzettaExport"]
        ),
        // The HTTP service: annotation, lookup, Label Studio's ML backend protocol, health and metrics.
        .target(
            name: "GazzettaService",
            dependencies: [
                "GazzettaModel", "GazzettaText", "GazzettaLexicon", "GazzettaAnnotator", "GazzettaExport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        .executableTarget(
            name: "gazzetta",
            dependencies: [
                "GazzettaModel", "GazzettaText", "GazzettaLexicon", "GazzettaAnnotator", "GazzettaExport", "GazzettaEvaluation", "GazzettaBatch", "GazzettaInterchange",
                "GazzettaService",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Shared by the test targets only: the checkout's folders and binary, the shipped lexicon compiled once,
        // the corpus articles with their gold, slicing by code points, temporary folders.
        .target(
            name: "GazzettaTestSupport",
            dependencies: ["GazzettaModel", "GazzettaText", "GazzettaLexicon", "GazzettaAnnotator", "GazzettaEvaluation"],
            path: "Tests/GazzettaTestSupport"
        ),
        .testTarget(name: "GazzettaTextTests", dependencies: ["GazzettaText", "GazzettaModel", "GazzettaTestSupport"]),
        .testTarget(name: "GazzettaLexiconTests", dependencies: ["GazzettaLexicon", "GazzettaText", "GazzettaTestSupport"]),
        .testTarget(
            name: "GazzettaAnnotatorTests",
            dependencies: ["GazzettaAnnotator", "GazzettaEvaluation", "GazzettaExport", "GazzettaLexicon", "GazzettaText", "GazzettaModel",
                           "GazzettaTestSupport"]
        ),
        .testTarget(name: "GazzettaCLITests", dependencies: ["gazzetta", "GazzettaTestSupport"]),
        .testTarget(
            name: "GazzettaServiceTests",
            dependencies: [
                "GazzettaService", "gazzetta", "GazzettaAnnotator", "GazzettaExport", "GazzettaLexicon", "GazzettaText", "GazzettaModel",
                "GazzettaTestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "GazzettaBatchTests", dependencies: ["GazzettaBatch", "gazzetta", "GazzettaTestSupport"]),
        .testTarget(
            name: "GazzettaInterchangeTests",
            dependencies: ["GazzettaInterchange", "GazzettaEvaluation", "GazzettaExport", "GazzettaAnnotator", "GazzettaLexicon", "GazzettaText",
                           "gazzetta", "GazzettaTestSupport"]
        ),
    ]
)
