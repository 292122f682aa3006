import Spreadsheet

/// The words of a failed run for the web page (`probis serve`), the same as the CLI's: both
/// read the error through `ProbisError`.
public enum FailureMessage {
    public static func describe(_ error: Error, language: Language) -> String {
        ProbisError(error).message(language)
    }
}
