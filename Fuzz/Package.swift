// swift-tools-version: 6.1
//
// libFuzzer targets for the readers (CSV, JSON, report grammar and audit). A package of its own because a
// fuzz binary has no `main` (libFuzzer brings it) and every module must be built with the fuzzer's
// instrumentation: `bash Fuzz/run.sh` builds it with `-sanitize=fuzzer,address` and runs each target.
import PackageDescription

let package = Package(
    name: "OutturnFuzz",
    dependencies: [.package(name: "Outturn", path: "..")],
    targets: [
        .executableTarget(
            name: "outturn-fuzz",
            dependencies: [
                .product(name: "OutturnIO", package: "Outturn"),
                .product(name: "OutturnReports", package: "Outturn"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
