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
                files.append(contentsOf: readableFiles(under: path))
            } else {
                files.append(path)
            }
        }
        return files
    }

    private static func readableFiles(under folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            // Excel's lock files (~$Book.xlsx) and hidden files are not submissions.
            guard !name.hasPrefix("~$"), !name.hasPrefix("."),
                  SpreadsheetReader.readableExtensions.contains((name as NSString).pathExtension.lowercased())
            else { continue }
            found.append((folder as NSString).appendingPathComponent(relative))
        }
        return found.sorted()
    }
}
