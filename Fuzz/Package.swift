// swift-tools-version:6.0
// libFuzzer targets for the Stages library (issue 9). Built only by scripts/fuzz.sh:
//   swift build --package-path Fuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address
// A separate package, so the main Package.swift stays free of sanitizer-only products.
import PackageDescription

let fuzzers = ["FuzzClean", "FuzzFeed", "FuzzJSONL", "FuzzNormalize", "FuzzCharset", "FuzzWARC"]

let package = Package(
    name: "corpus-pipeline-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "corpus-pipeline", path: ".."),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        .target(name: "CFuzzDriver"),
        .target(
            name: "FuzzSupport",
            dependencies: [
                "CFuzzDriver",
                .product(name: "Stages", package: "corpus-pipeline"),
                .product(name: "Logging", package: "swift-log"),
            ]
        )
    ]
        + fuzzers.map { name in
            .executableTarget(
                name: name,
                dependencies: ["FuzzSupport", .product(name: "Stages", package: "corpus-pipeline")]
            )
        }
)
