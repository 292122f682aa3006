/// The language of `XLSXWriterError` messages: Indonesian (the default, for users) or English.
///
/// Named `WriterLanguage` rather than `Language` so it never clashes with the reader's own
/// type when a file imports both modules.
public enum WriterLanguage: String, Sendable, CaseIterable {
    case id, en
}

/// Which of a data validation's four texts broke its limit.
public enum ValidationTextField: String, Sendable, CaseIterable {
    case inputTitle, inputMessage, errorTitle, errorMessage
}

/// Everything that can go wrong while writing a workbook, each case naming the Excel limit it guards.
///
/// Limits are checked in Swift before libxlsxwriter is called, so the C library never prints
/// warnings of its own; anything it still reports becomes `.library` with `lxw_strerror`'s text.
/// Rows and columns inside the cases are 0-based; messages show them 1-based in A1 form.
public enum XLSXWriterError: Error, Equatable, Sendable {
    // Workbook lifecycle
    case cannotCreateWorkbook(path: String)
    case outputDirectoryMissing(path: String)
    case workbookClosed
    case allSheetsHidden
    case library(function: String, code: UInt32, detail: String)
    // Sheet names
    case sheetNameEmpty
    case sheetNameTooLong(name: String, length: Int)
    case sheetNameInvalidCharacter(name: String, character: Character)
    case sheetNameApostrophe(name: String)
    case sheetNameReserved(name: String)
    case sheetNameDuplicate(name: String, existing: String)
    // Positions
    case rowOutOfRange(sheet: String, row: Int)
    case columnOutOfRange(sheet: String, column: Int)
    case rangeReversed(sheet: String, range: SheetRange)
    case rowOutOfOrder(sheet: String, row: Int, lastRow: Int)
    // Cell content
    case textTooLong(CellLocation, length: Int)
    case numberNotFinite(CellLocation)
    case commentTooLong(CellLocation, length: Int)
    case linkLocationTooLong(CellLocation, length: Int)
    case tooManyLinks(sheet: String)
    // Layout
    case mergeSingleCell(sheet: String, range: SheetRange)
    case mergeOverlap(sheet: String, range: SheetRange, existing: SheetRange)
    case mergeInConstantMemory(sheet: String)
    case columnWidthOutOfRange(sheet: String, width: Double)
    case rowHeightOutOfRange(sheet: String, height: Double)
    case marginOutOfRange(sheet: String, inches: Double)
    case headerFooterTooLong(sheet: String, length: Int)
    case tooManyPageBreaks(sheet: String, count: Int)
    // Data validation
    case validationListEmpty(sheet: String, range: SheetRange)
    case validationItemInvalid(sheet: String, range: SheetRange, item: String)
    case validationListTooLong(sheet: String, range: SheetRange, bytes: Int)
    case validationTextTooLong(sheet: String, range: SheetRange, field: ValidationTextField, length: Int)
    // Styles and protection
    case numberFormatTooLong(format: String, bytes: Int)
    case fontSizeOutOfRange(size: Double)
    case passwordTooLong(sheet: String, length: Int)
}

extension XLSXWriterError: CustomStringConvertible {
    /// The Indonesian message, for users.
    public var description: String { message(.id) }

    /// The message in the given language; every text lives in the one switch of `XLSXWriterMessages.swift`.
    public func message(_ language: WriterLanguage) -> String {
        let pair = texts
        switch language {
        case .id: return pair.id
        case .en: return pair.en
        }
    }
}
