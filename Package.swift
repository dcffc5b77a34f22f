// swift-tools-version:6.0
import PackageDescription

/// Types such as `KeyedDecodingContainer<Site.CodingKeys>` are reached through their metadata accessors, not
/// looked up by mangled name at run time: a lookup checks the generic requirements by scanning every protocol
/// conformance record of the binary (~7,400 with Foundation linked in), once for each Codable type, which was a
/// third of the instructions before the first frame.
let directMetadataAccess: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"]),
]

/// The program is linked by the toolchain's lld with its ~88,000 pointer fix-ups packed (DT_RELR, read by
/// glibc 2.36 and later) instead of one 24-byte entry each: 2 MiB less to map and walk at every start.
let packedRelocations: [LinkerSetting] = [
    .unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"]),
]

let package = Package(
    name: "Onsite",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "onsite", targets: ["onsite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.17.0"),
    ],
    targets: [
        // No pkgConfig: SwiftPM rejects the -D flags of ncursesw.pc with a warning;
        // shim.h defines what they would, and the module map links the libraries.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        .target(
            name: "OnsiteCore",
            dependencies: [
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: directMetadataAccess
        ),
        .target(name: "CTextWidth"),
        .target(name: "OnsiteUI", dependencies: ["OnsiteCore", "CTextWidth"], swiftSettings: directMetadataAccess),
        .target(name: "OnsiteTerminal", dependencies: ["OnsiteUI", "CNcursesw"], swiftSettings: directMetadataAccess),
        .executableTarget(
            name: "onsite",
            dependencies: [
                "OnsiteCore", "OnsiteUI", "OnsiteTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: directMetadataAccess,
            linkerSettings: packedRelocations
        ),
        .testTarget(name: "OnsiteCoreTests", dependencies: ["OnsiteCore"], exclude: ["Fixtures"]),
        .testTarget(
            name: "OnsiteUITests",
            dependencies: [
                "OnsiteUI",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(name: "OnsiteTerminalTests", dependencies: ["OnsiteTerminal", "OnsiteUI"]),
        .testTarget(name: "OnsiteEndToEndTests", dependencies: ["onsite", "OnsiteCore"]),
    ],
    swiftLanguageModes: [.v6]
)
