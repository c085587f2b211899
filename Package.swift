// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "drift",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "DriftKit", targets: ["DriftKit"]),
        .library(name: "DriftCorpus", targets: ["DriftCorpus"]),
        .executable(name: "drift", targets: ["drift"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        // SQLite for the corpus (DriftCorpus only; DriftKit does not depend on it).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        // SHA-256 of the inputs (DriftKit's content hashes): CryptoKit's API, BoringSSL on Linux.
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
    ],
    targets: [
        // C interop: ICU (segmentation, normalization, transliteration, charsets).
        // Its public header includes no ICU header (see docs/architecture.md).
        .target(
            name: "CICU",
            linkerSettings: [
                .linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata"),
            ]
        ),
        // libxml2 as a system library, used only by the CHTML shim.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "CHTML", dependencies: ["CLibXML2"]),
        // zlib as a system library: inflates the bilingual dictionaries (dictzip) of
        // cross-language alignment.
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        // Each folder's README.md says what that room owns and may call (docs/architecture.md).
        .target(name: "DriftKit", dependencies: ["CICU", "CHTML", "CZlib", .product(name: "Crypto", package: "swift-crypto")],
                exclude: ["Align/README.md", "Diff/README.md", "Findings/README.md", "Input/README.md",
                          "Language/README.md", "Lexical/README.md", "Pipeline/README.md", "Report/README.md", "Support/README.md", "Text/README.md",
                          "Vocabulary/README.md"]),
        // The corpus of stored documents (SQLite through GRDB) and near-duplicate search.
        .target(name: "DriftCorpus", dependencies: ["DriftKit", .product(name: "GRDB", package: "GRDB.swift")]),
        .executableTarget(
            name: "drift",
            // Release builds link the Swift runtime and Foundation statically
            // (`swift build -c release --static-swift-stdlib`, as .ci/run does): loading and
            // relocating libFoundation*.so and its own ICU took most of a short run's start-up
            // (docs/benchmarks.md, "Start-up").
            dependencies: ["DriftKit", "DriftCorpus", .product(name: "ArgumentParser", package: "swift-argument-parser")]
            // That build also links drift without PIE (`-Xlinker -no-pie`, on the same command
            // line, not here): then the loader has none of the ≈ 91,000 relative relocations of
            // the static runtime and Foundation to apply at each start. Not in linkerSettings:
            // with the shared Swift runtime (debug builds, tests) a position-dependent drift
            // makes the loader warn on standard error about libswiftCore's protected symbols.
        ),
        // drift-bench only: counts the process's allocations (per-phase figures).
        .target(name: "CAllocCounter"),
        .executableTarget(name: "drift-bench", dependencies: ["DriftKit", "DriftTestSupport", "CAllocCounter"]),
        // Test support, not a product: the CLI runner of the end-to-end tests, the article
        // generator (its three recipes: planted pairs, scaled pairs, a corpus) and SplitMix64,
        // shared by the test targets and drift-bench. Its API is `package`, not public.
        .target(name: "DriftTestSupport", dependencies: ["DriftKit", "DriftCorpus"], path: "Tests/DriftTestSupport"),
        .testTarget(
            name: "DriftKitTests",
            dependencies: ["DriftKit", "DriftTestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Resources")]
        ),
        // Snapshots are read from the source tree (TerminalReportTests), not from the bundle.
        .testTarget(name: "driftTests", dependencies: ["DriftKit", "DriftTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "DriftCorpusTests", dependencies: ["DriftCorpus", "DriftKit", "DriftTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
