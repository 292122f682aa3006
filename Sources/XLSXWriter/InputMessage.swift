import CXlsxWriter

/// A note Excel pops up when a cell is selected, without restricting what may be typed
/// (beyond a warning when an `expectation` is not met).
///
/// Forms use it to say what a free-text cell expects (a code pattern, a name format) where a
/// dropdown would be too strict.
///
/// ```swift
/// let kode = InputMessage(title: "Kode proses", message: "Contoh: MTR.01, MTR.02, ...")
/// try sheet.addInputMessage(kode, to: SheetRange(firstRow: 8, firstColumn: 3, lastRow: 40, lastColumn: 3))
/// ```
public struct InputMessage: Hashable, Sendable {
    /// What a typed value should satisfy: an Excel formula over the range's first cell, written
    /// `{cell}` (`LEFT({cell},3)="MTR"`). When it is false Excel warns, and the user may still
    /// keep the value: a form should guide, not lock people out of an unusual but right entry.
    public struct Expectation: Hashable, Sendable {
        public var formula: String
        /// Title of the warning; at most 32 characters.
        public var warningTitle: String?
        /// The warning; at most 255 characters.
        public var warning: String

        public init(formula: String, warningTitle: String? = nil, warning: String) {
            self.formula = formula
            self.warningTitle = warningTitle
            self.warning = warning
        }
    }

    /// Bold first line of the note; at most 32 characters.
    public var title: String?
    /// The note itself; at most 255 characters.
    public var message: String
    /// Checked when a value is typed; nil: anything may be typed without a word.
    public var expectation: Expectation?

    public init(title: String? = nil, message: String, expectation: Expectation? = nil) {
        self.title = title
        self.message = message
        self.expectation = expectation
    }

    /// Throws for a title or message over Excel's limit.
    func check(sheet: String, range: SheetRange) throws {
        let texts: [(ValidationTextField, String?)] = [(.inputTitle, title), (.inputMessage, message),
                                                       (.errorTitle, expectation?.warningTitle), (.errorMessage, expectation?.warning)]
        for (field, text) in texts {
            let length = text?.excelLength ?? 0
            if length > ExcelLimits.validationTextLimit(field) {
                throw XLSXWriterError.validationTextTooLong(sheet: sheet, range: range, field: field, length: length)
            }
        }
    }
}

extension Worksheet {
    /// Shows `note` whenever a cell of `range` (0-based) is selected; any value may be typed.
    public func addInputMessage(_ note: InputMessage, to range: SheetRange) throws {
        _ = try handle.open()
        try checkRange(range)
        try note.check(sheet: name, range: range)
        let bag = CStringBag()
        var options = lxw_data_validation()
        options.validate = UInt8(LXW_VALIDATION_TYPE_ANY.rawValue)
        options.input_title = bag.copy(note.title)
        options.input_message = bag.copy(note.message)
        if let expectation = note.expectation {
            let cell = A1.reference(row: range.firstRow, column: range.firstColumn)
            options.validate = UInt8(LXW_VALIDATION_TYPE_CUSTOM_FORMULA.rawValue)
            options.value_formula = bag.copy("=" + expectation.formula.replacingOccurrences(of: "{cell}", with: cell))
            options.ignore_blank = UInt8(LXW_VALIDATION_ON.rawValue)
            options.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_WARNING.rawValue)
            options.error_title = bag.copy(expectation.warningTitle)
            options.error_message = bag.copy(expectation.warning)
        }
        let code = withExtendedLifetime(bag) {
            worksheet_data_validation_range(
                pointer, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn), &options)
        }
        try LXW.check(code, "worksheet_data_validation_range")
    }
}
