// swift-tools-version: 6.1
// Kernel benchmarks of Outturn with ordo-one/package-benchmark, kept out of the root package so that a plain
// `swift build` there stays light. Run from this folder:
//   swift package benchmark                          # run and print
//   swift package benchmark baseline check main      # compare with the committed baseline's thresholds
//   swift package --allow-writing-to-package-directory benchmark baseline update main
import Foundation
import PackageDescription

// The root package is referred to by its folder name, which differs between checkouts: compute it.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "OutturnKernelBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: "../.."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "KernelBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Outturn", package: root.lastPathComponent),
                .product(name: "OutturnIO", package: root.lastPathComponent),
            ],
            path: "Benchmarks/KernelBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
