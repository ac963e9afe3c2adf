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
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "PhrasebookKit",
            dependencies: [
                "CLibXML2",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.embedInCode("Resources/phrasebook-v1.rng")]
        ),
        .executableTarget(
            name: "phrasebook",
            dependencies: [
                "PhrasebookKit",
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
            ]
        ),
        .testTarget(
            name: "PhrasebookKitTests",
            dependencies: [
                "PhrasebookKit",
                "BookSynth",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures", "Golden/minimal"]
        ),
    ]
)
