// swift-tools-version: 6.1
import PackageDescription

// The kam benchmark suite: a separate package so that the root package's `swift build`,
// `swift test` and CI never build the benchmark dependencies.
//
//     cd Benchmarks && swift package benchmark
//
// See docs/performance.md for the targets and the figures.
let package = Package(
    name: "KamBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "kam", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "KamBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "KamModel", package: "kam"),
                .product(name: "KamDemo", package: "kam"),
                .product(name: "KamAnalytics", package: "kam"),
                .product(name: "KamImport", package: "kam"),
                .product(name: "KamUI", package: "kam"),
            ],
            path: "Benchmarks/KamBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
