// swift-tools-version: 6.1
// An embedding example: a tool of its own that depends on Outturn by path, builds a panel in code, forecasts,
// compares departments and keeps figures in a store. Run from this folder: `swift run QuickTour`.
import Foundation
import PackageDescription

// The root package is named after its folder, which differs between checkouts: compute it.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "QuickTour",
    dependencies: [.package(path: "../..")],
    targets: [
        .executableTarget(
            name: "QuickTour",
            dependencies: [
                .product(name: "Outturn", package: root.lastPathComponent),
                .product(name: "OutturnStore", package: root.lastPathComponent),
                .product(name: "OutturnOutput", package: root.lastPathComponent),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
