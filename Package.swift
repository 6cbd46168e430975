// swift-tools-version: 6.1
//
// Outturn: multi-year indicator analytics for public-sector departments.
// Dependency direction: outturn (executable) -> OutturnCLI -> OutturnIO / OutturnStore -> OutturnReports /
// OutturnOutput -> Outturn -> COpenBLAS. OutturnSystem (file descriptors) sits under OutturnIO and OutturnOutput.
// libpq (PostgreSQL's client) is loaded by OutturnStore when a PostgreSQL store is opened, not linked.
import PackageDescription

let package = Package(
    name: "Outturn",
    products: [
        .library(name: "Outturn", targets: ["Outturn"]),
        .library(name: "OutturnIO", targets: ["OutturnIO"]),
        .library(name: "OutturnReports", targets: ["OutturnReports"]),
        .library(name: "OutturnOutput", targets: ["OutturnOutput"]),
        .library(name: "OutturnStore", targets: ["OutturnStore"]),
        .executable(name: "outturn", targets: ["outturn"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        // Writing workbooks (.xlsx), which are ZIP containers of XML (reading them is OutturnIO's own OfficeArchive).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // Documentation only: `swift package generate-documentation --target Outturn`.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // OpenBLAS (CBLAS) and LAPACKE. Only Outturn/LinearAlgebra/LAPACKCalls.swift imports it.
        .systemLibrary(
            name: "COpenBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
        ),
        // zlib's inflate for reading Office files (.xlsx, .docx). Only OutturnIO/Files/OfficeArchive.swift imports it.
        .systemLibrary(name: "COutturnZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // glibc's mallopt, for the executable's allocator settings (Sources/outturn/main.swift says why).
        .systemLibrary(name: "COutturnMalloc"),
        // The numeric core: panel, linear algebra, statistics, trends, synthetic data.
        .target(name: "Outturn", dependencies: ["COpenBLAS", .product(name: "RealModule", package: "swift-numerics")]),
        // The file-descriptor layer (open, read, pread, write, fsync with EINTR handled once). Internal.
        .target(name: "OutturnSystem"),
        // Reading reports: text in, figures and arithmetic checks out (no files, no CLI).
        .target(name: "OutturnReports", dependencies: ["Outturn"], exclude: ["make_traditional_characters.py"]),
        // Writing results: records (table, CSV, JSON, Excel workbooks), number text, charts, safe file output.
        .target(name: "OutturnOutput", dependencies: ["Outturn", "OutturnSystem", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // Sources: detection of a file's kind, CSV (UTF-8 / GB18030), JSON, workbooks, report documents; shipped schemes.
        .target(name: "OutturnIO", dependencies: [
            "Outturn", "OutturnOutput", "OutturnReports", "OutturnSystem", "COutturnZlib",
        ]),
        // The stores of panels, with provenance and vintages: an embedded SQLite file (GRDB) or a shared
        // PostgreSQL database (libpq, loaded when such a store is opened: OutturnStore/PostgreSQL/LibPQ.swift).
        .target(name: "OutturnStore", dependencies: [
            "Outturn", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        // The commands, as a library so tests can run them.
        .target(
            name: "OutturnCLI",
            dependencies: [
                "Outturn", "OutturnIO", "OutturnStore", "OutturnReports", "OutturnOutput",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "outturn", dependencies: ["OutturnCLI", "COutturnMalloc"]),
        // Kernel timings for Benchmarks/README.md (run by Benchmarks/run.sh); small, so it stays in the root.
        .executableTarget(name: "outturn-bench", dependencies: ["Outturn", "OutturnIO", "OutturnReports", "OutturnStore"], path: "Benchmarks/outturn-bench"),
        .target(name: "_TestSupport", dependencies: ["Outturn"], path: "Tests/_TestSupport"),
        // Fixtures are read by path (TestSupport.path), with the scripts that generated them beside them.
        .testTarget(name: "OutturnTests", dependencies: ["Outturn", "_TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "OutturnIOTests", dependencies: ["OutturnIO", "OutturnSystem", "_TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "OutturnReportsTests", dependencies: ["OutturnReports", "OutturnIO", "_TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "OutturnOutputTests", dependencies: ["OutturnOutput", "_TestSupport"]),
        .testTarget(name: "OutturnStoreTests", dependencies: ["OutturnStore", "OutturnIO", "_TestSupport"]),
        .testTarget(name: "OutturnCLITests", dependencies: ["OutturnCLI", "OutturnOutput", "OutturnReports", "_TestSupport"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
