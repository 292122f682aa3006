import Spreadsheet
import SQLiteDB
import Testing
import XLSXWriter
@testable import ProsesBisnis

/// Every error a command can end with reads as a sentence in the user's language, through the
/// one error type: none falls through to Swift's own description.
struct ProbisErrorTests {
    static let errors: [(String, Error)] = [
        ("output", OutputError.outputInsideRoot(root: "/data/masuk", out: "/data/masuk/hasil")),
        ("discovery", DiscoveryError.rootNotFound("/data/tidak-ada")),
        ("store", StoreError.busy(path: "/data/hasil/probis.sqlite")),
        ("sqlite", SQLiteError(code: 5, detail: "database is locked", path: "/data/hasil/probis.sqlite", sql: "SELECT 1")),
        ("template", TemplateError.invalidPrefix("P 1")),
        ("convert", ConvertError.nothingRecognised),
        ("regional", RegionalWorkbookError.rowsPerSheetOutOfRange(0)),
        ("spreadsheet", SpreadsheetError.unsupportedFormat(file: "catatan.txt")),
        ("writer", XLSXWriterError.fontSizeOutOfRange(size: 500)),
    ]

    @Test(arguments: errors.map(\.0))
    func everyStageErrorHasItsOwnMessageInBothLanguages(_ name: String) throws {
        let error = try #require(Self.errors.first { $0.0 == name }?.1)
        let indonesian = ProbisError(error).message(.id)
        let english = ProbisError(error).message(.en)
        #expect(!indonesian.hasPrefix("Tidak dapat dijalankan:"), "\(indonesian)")
        #expect(!english.hasPrefix("Cannot run:"), "\(english)")
        #expect(indonesian != english)
        // Wrapping twice changes nothing: a command may wrap what a stage already wrapped.
        #expect(ProbisError(ProbisError(error)).message(.id) == indonesian)
    }

    @Test func anErrorNoStageKnowsStillSaysItCannotRunInTheUsersLanguage() {
        struct Unknown: Error {}
        #expect(ProbisError(Unknown()).message(.id).hasPrefix("Tidak dapat dijalankan:"))
        #expect(ProbisError(Unknown()).message(.en).hasPrefix("Cannot run:"))
    }
}
