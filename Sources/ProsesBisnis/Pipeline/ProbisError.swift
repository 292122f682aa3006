import Foundation
import Spreadsheet
import SQLiteDB
import XLSXWriter

/// A failure that can say what went wrong in the user's language. Every error a command can
/// end with conforms: the reasons of each stage (output folders, discovery, the database, the
/// readers and the writer, templates, conversion, recoding) keep their own cases, and this is
/// how they all read.
public protocol DescribedError: Error {
    func message(_ language: Language) -> String
}

/// The one error a command ends with: whatever failed, wrapped once, with one message in
/// Indonesian or English. The command line turns it into its message and exit status 2 in
/// one place; the web server shows the same words.
public struct ProbisError: Error, CustomStringConvertible {
    public let underlying: Error

    public init(_ error: Error) {
        underlying = (error as? ProbisError)?.underlying ?? error
    }

    public func message(_ language: Language) -> String {
        switch underlying {
        case let error as DescribedError: error.message(language)
        case let error as SQLiteError: StoreError(error).message(language)
        case let error as XLSXWriterError: error.message(language == .en ? .en : .id)
        default:
            // Only an error no stage knows reaches this: say so plainly, with its own words.
            language == .en ? "Cannot run: \(underlying)" : "Tidak dapat dijalankan: \(underlying)"
        }
    }

    public var description: String { message(.id) }
}

extension OutputError: DescribedError {}
extension DiscoveryError: DescribedError {}
extension StoreError: DescribedError {}
extension RecodeRefusal: DescribedError {}
extension TemplateError: DescribedError {}
extension ConvertError: DescribedError {}
extension RegionalWorkbookError: DescribedError {}
extension SpreadsheetError: DescribedError {}
