// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "probis",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "probis", targets: ["probis"]),
        .library(name: "Spreadsheet", targets: ["Spreadsheet"]),
        .library(name: "XLSXWriter", targets: ["XLSXWriter"]),
        .library(name: "ProsesBisnis", targets: ["ProsesBisnis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // `probis serve`: the web server (ZIP archives are read and written with zlib, as XLSX is).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // zlib's raw inflate and crc32, for reading XLSX (ZIP) parts.
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // libdeflate's one-shot inflate and crc32, for reading XLSX (ZIP) parts two to three
        // times faster than zlib; zlib stays for streaming and for naming a bad part's error.
        .systemLibrary(
            name: "CDeflate",
            path: "Sources/CDeflate",
            providers: [.apt(["libdeflate-dev"])]
        ),
        // libxlsxwriter, for writing XLSX. Only XLSXWriter imports it.
        .systemLibrary(
            name: "CXlsxWriter",
            path: "Sources/CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // SQLite, for the regional map's database. Only SQLiteDB imports it.
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(
            name: "Spreadsheet",
            dependencies: ["CZlib", "CDeflate"]
        ),
        .target(
            name: "XLSXWriter",
            dependencies: ["CXlsxWriter"]
        ),
        // The only target that imports CSQLite: a small Swift API over the C library.
        .target(
            name: "SQLiteDB",
            dependencies: ["CSQLite"]
        ),
        .target(
            name: "ProsesBisnis",
            dependencies: ["Spreadsheet", "XLSXWriter", "SQLiteDB"]
        ),
        // `probis serve`: the web page over the same pipeline as the CLI. The domain does not
        // import Hummingbird; only this target does.
        .target(
            name: "ProbisServer",
            dependencies: [
                "ProsesBisnis",
                "Spreadsheet",
                "CZlib",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "probis",
            dependencies: [
                "Spreadsheet",
                "XLSXWriter",
                "ProsesBisnis",
                "ProbisServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The write floor of consolidate for Scripts/bench: libxlsxwriter alone writing, from
        // memory, the cells of a consolidate output (see its main.swift). Not a product.
        .executableTarget(
            name: "probis-floor",
            dependencies: ["Spreadsheet", "CXlsxWriter"]
        ),
        .testTarget(
            name: "SpreadsheetTests",
            dependencies: ["Spreadsheet", "XLSXWriter"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "XLSXWriterTests",
            dependencies: ["XLSXWriter", "Spreadsheet"]
        ),
        .testTarget(
            name: "ProsesBisnisTests",
            dependencies: ["ProsesBisnis", "Spreadsheet", "XLSXWriter", "SQLiteDB"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["XLSXWriter"]
        ),
        .testTarget(
            name: "ProbisServerTests",
            dependencies: ["ProbisServer", "ProsesBisnis", "Spreadsheet"]
        ),
    ]
)
