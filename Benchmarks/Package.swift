// swift-tools-version: 6.1

// Benchmarks for ZhText, kept in their own package so that the library itself does not depend on
// package-benchmark (and its malloc interposer). Run from this directory:
//
//     swift package --disable-sandbox benchmark
//
// See README.md.

import PackageDescription

let package = Package(
    name: "ZhTextBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        // Named so that the product lookup below does not depend on the folder the repository
        // was cloned into (a path dependency's identity is its folder name).
        .package(name: "ZhText", path: ".."),
        // Only the malloc interposer: naming a trait list replaces the default traits, so
        // RuntimeInterposer (needed for ARC retain/release metrics on Linux + Swift 6.3) is off
        // and those metrics must not be used here.
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The plugin discovers benchmark targets whose folder sits directly in a folder named
        // `Benchmarks`: this package's root is that folder, so `path: "Tokenizer"` qualifies.
        .executableTarget(
            name: "TokenizerBenchmarks",
            dependencies: [
                .product(name: "ZhText", package: "ZhText"),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "Tokenizer",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "package-benchmark")
            ]
        )
    ]
)
