import Foundation
import Testing
@testable import XLSXWriter

/// A fresh folder under the system temp dir for one test's workbooks.
func makeTemporaryFolder(_ label: String = #function) throws -> URL {
    let safe = label.filter { $0.isLetter || $0.isNumber }
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("probis-xlsxwriter-\(safe)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Deletes a folder made by `makeTemporaryFolder`; tests call it in a `defer`.
func removeFolder(_ url: URL) {
    try? FileManager.default.removeItem(at: url)
}

/// Builds a workbook at `folder/name`, lets `fill` write it, closes it and returns its path.
@discardableResult
func writeWorkbook(
    _ name: String = "book.xlsx", in folder: URL, options: Workbook.Options = .init(),
    properties: DocumentProperties = .init(), _ fill: (Workbook) throws -> Void
) throws -> String {
    let path = folder.appendingPathComponent(name).path
    let book = try Workbook(path: path, options: options, properties: properties)
    try fill(book)
    try book.close()
    return path
}

/// The text of one part of an XLSX (a zip), read with `unzip -p`.
func zipPart(_ part: String, of path: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
    process.arguments = ["-p", path, part]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}

/// The first sheet's XML, where most features show up.
func sheetXML(_ path: String, sheet: Int = 1) throws -> String {
    try zipPart("xl/worksheets/sheet\(sheet).xml", of: path)
}

/// Runs `body` and returns the `XLSXWriterError` it threw, or nil.
func writerError(_ body: () throws -> Void) -> XLSXWriterError? {
    do {
        try body()
        return nil
    } catch let error as XLSXWriterError {
        return error
    } catch {
        return nil
    }
}
