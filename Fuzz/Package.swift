// swift-tools-version:6.0
// libFuzzer targets for drift. Build and run with ../scripts/fuzz.sh (see docs/security.md).
// SwiftPM links an executable's entry point as `<Module>_main`; each target defines that
// symbol and hands control to libFuzzer's driver with its test function.
import PackageDescription

let targets: [Target] = ["FuzzDecode", "FuzzHTML", "FuzzSegment", "FuzzCompare", "FuzzMarkdown", "FuzzBatch"].map { name in
    .executableTarget(
        name: name,
        dependencies: [.product(name: "DriftKit", package: "drift"), "CFuzzDriver"]
            + (name == "FuzzBatch" ? [.product(name: "DriftCorpus", package: "drift")] : []),
        swiftSettings: [.unsafeFlags(["-parse-as-library", "-sanitize=fuzzer,address"])],
        linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])]
    )
}

let package = Package(
    name: "drift-fuzz",
    dependencies: [.package(name: "drift", path: "..")],
    targets: targets + [.target(name: "CFuzzDriver")]
)
