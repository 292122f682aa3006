import Foundation
import Spreadsheet

/// The files named on the command line, with folders expanded recursively to the readable
/// files inside them, in a stable order (sorted by path) so that outputs are reproducible.
enum InputFiles {
    struct Missing: Error {
        var path: String
    }

    static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw Missing(path: path)
            }
            if isDirectory.boolValue {
                files.append(contentsOf: SpreadsheetReader.readableFiles(under: path).map { (path as NSString).appendingPathComponent($0) })
            } else {
                files.append(path)
            }
        }
        return files
    }

}
