/// The value of one non-empty cell, as the file stores it.
///
/// Numbers stay numbers so that callers can tell a code typed as a number (`1.1`, which Excel
/// may have turned from `1.10`) from the same code typed as text.
public enum CellValue: Hashable, Sendable {
    case text(String)
    case number(Double)
    case bool(Bool)
    /// An error value such as `#DIV/0!`, usually the cached result of a formula.
    case error(String)

    /// The kind of value, for printing and for rules that care about it.
    public var kind: CellKind {
        switch self {
        case .text: .text
        case .number: .number
        case .bool: .bool
        case .error: .error
        }
    }

    /// The value as a spreadsheet shows it with the General format.
    ///
    /// Integers print without a decimal point and other numbers with at most 15 significant
    /// digits, as Excel does, so `1.1` stays `1.1` and `12` stays `12`.
    public var displayText: String {
        switch self {
        case .text(let text): text
        case .number(let number): NumberFormatting.general(number)
        case .bool(let flag): flag ? "TRUE" : "FALSE"
        case .error(let code): code
        }
    }

    /// The text of a text cell, or nil for every other kind.
    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }
}

/// The kinds of cell values, named as `probis dump` prints them.
public enum CellKind: String, Sendable, CaseIterable {
    case text, number, bool, error
}

enum NumberFormatting {
    /// Excel's General format for a double: integral values without `.0`, else the shortest
    /// representation that round-trips, limited to 15 significant digits.
    static func general(_ number: Double) -> String {
        guard number.isFinite else { return number.isNaN ? "#NUM!" : "#NUM!" }
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        let shortest = "\(number)"
        if significantDigits(shortest) <= 15 { return shortest }
        var formatted = String(format: "%.15g", number)
        if formatted.contains("e") { return formatted }
        if formatted.contains(".") {
            while formatted.hasSuffix("0") { formatted.removeLast() }
            if formatted.hasSuffix(".") { formatted.removeLast() }
        }
        return formatted
    }

    private static func significantDigits(_ text: String) -> Int {
        let mantissa = text.split(separator: "e").first ?? ""
        let digits = mantissa.filter(\.isNumber).drop { $0 == "0" }
        return digits.count
    }
}
