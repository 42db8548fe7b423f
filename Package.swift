// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "corpus-pipeline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pipeline", targets: ["pipeline"]),
        .executable(name: "train-tagger", targets: ["train-tagger"]),
        .library(name: "Stages", targets: ["Stages"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // gzip members of WARC files (one per record) are written and read with zlib.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "Stages",
            dependencies: [
                "CLibXML2",
                "CZlib",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            // The bundled gazetteer is compiled into the binary (PackageResources.gazetteer_json).
            resources: [.embedInCode("Extract/Gazetteer/gazetteer.json")]
        ),
        .executableTarget(
            name: "pipeline",
            dependencies: [
                "Stages",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Trains, runs and times the entity tagger: scripts/train_tagger.sh, scripts/eval_ner.py.
        .executableTarget(
            name: "train-tagger",
            dependencies: ["Stages"]
        ),
        .testTarget(
            name: "StagesTests",
            dependencies: ["Stages"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
