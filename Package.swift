// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "phrasebook",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "phrasebook", targets: ["phrasebook"]),
        .library(name: "PhrasebookKit", targets: ["PhrasebookKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CLibCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]
        ),
        .target(name: "CFileSystem"),
        .target(name: "CStopSignals"),
        .target(
            name: "PhrasebookKit",
            dependencies: [
                "CLibXML2",
                "CLibCrypto",
                "CFileSystem",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.embedInCode("Resources/phrasebook-v1.rng")]
        ),
        .target(
            name: "PhrasebookServer",
            dependencies: [
                "PhrasebookKit",
                "CStopSignals",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "phrasebook",
            dependencies: [
                "PhrasebookKit",
                "PhrasebookServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "BookSynth",
            dependencies: ["PhrasebookKit"]
        ),
        .executableTarget(
            name: "phrasebook-bench",
            dependencies: [
                "PhrasebookKit",
                "BookSynth",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "phrasebook-fuzz",
            dependencies: [
                "PhrasebookKit",
                "BookSynth",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "PhrasebookTestSupport",
            dependencies: ["PhrasebookKit"],
            path: "Tests/PhrasebookTestSupport",
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PhrasebookKitTests",
            dependencies: [
                "PhrasebookKit",
                "PhrasebookTestSupport",
                "BookSynth",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Golden/minimal"]
        ),
    ]
)
