// swift-tools-version: 6.1
import PackageDescription

/// Strict concurrency and the Swift 6 language mode apply to every target.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "leddiag",
    products: [
        .library(name: "LEDDiagnostics", targets: ["LEDDiagnostics"]),
        .library(name: "PCRE2", targets: ["PCRE2"]),
        .executable(name: "leddiag", targets: ["leddiag"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]
        ),
        // Compressed batch input: gzip through zlib, zstd through libzstd (docs/scale-out.md).
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),
        .target(
            name: "PCRE2",
            dependencies: ["CPCRE2"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "LEDSupport",
            swiftSettings: strictSettings
        ),
        .target(
            name: "LEDCore",
            dependencies: ["LEDSupport"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "LEDVocabulary",
            dependencies: ["LEDCore", "LEDSupport"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "LEDInput",
            dependencies: ["LEDCore", "LEDSupport", "LEDVocabulary"],
            swiftSettings: strictSettings,
            plugins: ["CompileLexiconPlugin"]
        ),
        .target(
            name: "LEDEngine",
            dependencies: [
                "LEDCore",
                "LEDInput",
                "LEDVocabulary",
                "LEDSupport",
                "PCRE2",
                "CatalogSyntax",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strictSettings,
            plugins: ["EmbedCatalogPlugin"]
        ),
        .target(
            name: "LEDBatch",
            dependencies: ["LEDCore", "LEDInput", "LEDEngine", "LEDSupport", "CZlib", "CZstd"],
            swiftSettings: strictSettings
        ),
        // `leddiag video`: LED transitions read from a clip with ffmpeg (a program, not a library: `make video-deps`).
        .target(
            name: "LEDVideo",
            dependencies: ["LEDCore", "LEDInput", "LEDSupport"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "LEDDiagnostics",
            dependencies: ["LEDCore", "LEDInput", "LEDEngine", "LEDBatch"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "CatalogSyntax",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "CatalogEmbedder",
            dependencies: ["CatalogSyntax"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "LexiconCompiler",
            dependencies: ["LEDCore", "LEDVocabulary", "CatalogSyntax"],
            swiftSettings: strictSettings
        ),
        .plugin(
            name: "CompileLexiconPlugin",
            capability: .buildTool(),
            dependencies: ["LexiconCompiler"],
            path: "Sources/CompileLexiconPlugin"
        ),
        .plugin(
            name: "EmbedCatalogPlugin",
            capability: .buildTool(),
            dependencies: ["CatalogEmbedder"],
            path: "Sources/EmbedCatalogPlugin"
        ),
        .target(
            name: "LEDCommandLine",
            dependencies: [
                "LEDDiagnostics",
                "LEDSupport",
                "LEDVideo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "leddiag",
            dependencies: ["LEDCommandLine"],
            swiftSettings: strictSettings
        ),
        // Tests: one unit-test target per source target, the command line end to end in its own, and
        // what they share (SplitMix64, golden files, paths, generated logs) in TestSupport. Golden files
        // and labelled tables live in Tests/Fixtures and are read from the source tree by path.
        .target(
            name: "TestSupport",
            dependencies: ["LEDCore", "LEDInput", "LEDEngine", "CZlib", "CZstd"],
            path: "Tests/TestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PCRE2Tests",
            dependencies: ["PCRE2"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LEDSupportTests",
            dependencies: ["LEDSupport", "TestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LEDCoreTests",
            dependencies: ["LEDCore"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LEDVocabularyTests",
            dependencies: ["LEDVocabulary", "LEDCore"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LEDInputTests",
            dependencies: [
                "LEDInput", "LEDVocabulary", "LEDCore", "LEDEngine", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LEDEngineTests",
            dependencies: [
                "LEDEngine", "LEDCore", "LEDSupport", "LEDVocabulary", "CatalogSyntax", "PCRE2", "TestSupport",
                "LEDBatch",  // HostilePatternDiagnosisTests: a skipped rule is counted in a batch too
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LEDBatchTests",
            dependencies: ["LEDBatch", "LEDCore", "LEDInput", "LEDEngine", "PCRE2", "TestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LEDCommandLineTests",
            dependencies: [
                "LEDCommandLine", "LEDDiagnostics", "LEDVideo", "TestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),  // PlainInvocationTests
            ],
            swiftSettings: strictSettings
        ),
        // Profiles that print where the time goes (`make bench`); not tests, they assert nothing.
        .executableTarget(
            name: "LEDProfiles",
            dependencies: ["LEDBatch", "LEDCore", "LEDEngine", "LEDInput", "TestSupport"],
            path: "Tests/Benchmarks/LEDProfiles",
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
