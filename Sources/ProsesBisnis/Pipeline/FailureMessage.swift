import Spreadsheet
import XLSXWriter

/// The one place where a failure of a run becomes the words a user reads, in their language:
/// the CLI prints it on stderr, `probis serve` shows it on the page.
public enum FailureMessage {
    public static func describe(_ error: Error, language: Language) -> String {
        switch error {
        case let error as OutputError: error.message(language)
        case let error as DiscoveryError: error.message(language)
        case let error as StoreError: error.message(language)
        case let error as RecodeRefusal: error.message(language)
        case let error as XLSXWriterError: error.message(language == .en ? .en : .id)
        default:
            language == .en ? "Cannot run: \(error)" : "Tidak dapat dijalankan: \(error)"
        }
    }
}
