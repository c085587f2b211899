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
        .target(name: "DriftKit", dependencies: ["CICU", "CHTML", "CZlib"], exclude: ["Vocabulary/README.md"]),
        // The corpus of stored documents (SQLite through GRDB) and near-duplicate search.
        .target(name: "DriftCorpus", dependencies: ["DriftKit", .product(name: "GRDB", package: "GRDB.swift")]),
        .executableTarget(
            name: "drift",
            // Release builds link the Swift runtime and Foundation statically
            // (`swift build -c release --static-swift-stdlib`, as .ci/run does): loading and
            // relocating libFoundation*.so and its own ICU took most of a short run's start-up
            // (docs/benchmarks.md, "Start-up").
            dependencies: ["DriftKit", "DriftCorpus", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // drift-bench only: counts the process's allocations (per-phase figures).
        .target(name: "CAllocCounter"),
        .executableTarget(name: "drift-bench", dependencies: ["DriftKit", "CAllocCounter"]),
        .testTarget(
            name: "DriftKitTests",
            dependencies: ["DriftKit", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Resources")]
        ),
        .testTarget(name: "driftTests", dependencies: ["DriftKit"]),
        .testTarget(name: "DriftCorpusTests", dependencies: ["DriftCorpus", "DriftKit", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
