// swift-tools-version: 6.1
import PackageDescription

// Release benchmarks of the PCRE2 module (PCRE2Bench) and the text reader (ReadingBench), kept out of the main package
// so its build stays lean.
// Run from this folder: swift run -c release --scratch-path ../../../.build-bench
let package = Package(
    name: "PCRE2Bench",
    dependencies: [
        .package(name: "leddiag", path: "../../..")
    ],
    targets: [
        .executableTarget(
            name: "PCRE2Bench",
            dependencies: [.product(name: "PCRE2", package: "leddiag")]
        ),
        .executableTarget(
            name: "ReadingBench",
            dependencies: [.product(name: "LEDDiagnostics", package: "leddiag")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
