import CXlsxWriter

/// A note Excel pops up when a cell is selected, without restricting what may be typed.
///
/// Forms use it to say what a free-text cell expects (a code pattern, a name format) where a
/// dropdown would be too strict.
///
/// ```swift
/// let kode = InputMessage(title: "Kode proses", message: "Contoh: MTR.01, MTR.02, ...")
/// try sheet.addInputMessage(kode, to: SheetRange(firstRow: 8, firstColumn: 3, lastRow: 40, lastColumn: 3))
/// ```
public struct InputMessage: Hashable, Sendable {
    /// Bold first line of the note; at most 32 characters.
    public var title: String?
    /// The note itself; at most 255 characters.
    public var message: String

    public init(title: String? = nil, message: String) {
        self.title = title
        self.message = message
    }

    /// Throws for a title or message over Excel's limit.
    func check(sheet: String, range: SheetRange) throws {
        for (field, text) in [(ValidationTextField.inputTitle, title), (.inputMessage, message)] {
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
        let code = withExtendedLifetime(bag) {
            worksheet_data_validation_range(
                pointer, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn), &options)
        }
        try LXW.check(code, "worksheet_data_validation_range")
    }
}
