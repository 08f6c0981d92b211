// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for leddiag, kept out of the main package (its build stays lean) and depending on
// it by path. One executable per fuzz target; each defines `LLVMFuzzerTestOneInput` and has no
// `main.swift`.
//
// Build and run through the main Makefile (`make fuzz`, `FUZZ_SECONDS=600 make fuzz`), or by hand:
//   ASAN_OPTIONS=detect_leaks=0 swift build -c release --package-path Tests/Fuzz --scratch-path .build-fuzz \
//       -Xswiftc -sanitize=address \
//       -Xswiftc -sanitize-coverage=edge,trace-cmp,indirect-calls,inline-8bit-counters,pc-table
//   SWIFT_BACKTRACE=enable=no .build-fuzz/release/FuzzText -max_total_time=60 .build-fuzz/corpus/text
// Not `--sanitize=fuzzer` nor `-Xswiftc -sanitize=fuzzer,…`: both reach the main package's build-tool
// (CatalogEmbedder) and make its main.swift a library. Coverage and ASan come from the flags above,
// libFuzzer from the link flag below, and each target's `@main` runs libFuzzer's driver (`Fuzz.main`).
// See docs/reliability.md for the targets and their invariants.
let fuzzTargets = [
    "FuzzText", "FuzzCanonical", "FuzzCatalog", "FuzzPCRE2", "FuzzTimeline",
    "FuzzBatchPlain", "FuzzBatchLogfmt", "FuzzBatchCSV", "FuzzBatchJSONL", "FuzzBatchTyped", "FuzzBatchDetect",
    "FuzzBatchOutputs",
]

let package = Package(
    name: "LEDDiagFuzz",
    dependencies: [
        .package(name: "leddiag", path: "../.."),
        // FuzzCatalog counts a loaded file's nodes again from Yams' own tree (the main package's Yams).
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "LEDDiagnostics", package: "leddiag"),
                .product(name: "PCRE2", package: "leddiag"),
            ]
        )
    ]
        + fuzzTargets.map { name in
            .executableTarget(
                name: name,
                dependencies: [
                    "FuzzSupport",
                    .product(name: "LEDDiagnostics", package: "leddiag"),
                    .product(name: "PCRE2", package: "leddiag"),
                ] + (name == "FuzzCatalog" ? [.product(name: "Yams", package: "Yams")] : []),
                // libFuzzer's driver, at link time only (see `Fuzz.main`).
                linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])]
            )
        },
    swiftLanguageModes: [.v6]
)
