// swift-tools-version:6.0
// libFuzzer targets for probis's readers, kept out of the main package so that its normal
// build and tests never see the sanitizer flags. Built and run by Scripts/fuzz.
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, whatever the clone is called.
let probis = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "probis-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzReaders",
            dependencies: [.product(name: "Spreadsheet", package: probis)]
        ),
    ]
)
