/// Excel's hard limits, checked in Swift before any libxlsxwriter call.
///
/// Lengths are counted in UTF-16 code units, as Excel counts them; libxlsxwriter counts code
/// points, which is never more, so a value that passes here also passes in C.
public enum ExcelLimits {
    /// Rows a sheet can hold; valid 0-based rows are `0..<maxRows`.
    public static let maxRows = 1_048_576
    /// Columns a sheet can hold (A…XFD); valid 0-based columns are `0..<maxColumns`.
    public static let maxColumns = 16_384
    /// Characters in one cell, comment or hyperlink display text.
    public static let maxTextLength = 32_767
    /// Characters in a sheet name.
    public static let maxSheetNameLength = 31
    /// Characters that may not appear in a sheet name.
    public static let forbiddenSheetNameCharacters: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
    /// Characters in a hyperlink's location (the part after `internal:`).
    public static let maxLinkLocationLength = 255
    /// Hyperlinks per sheet.
    public static let maxLinksPerSheet = 65_530
    /// UTF-8 bytes in a data validation list, commas included. Excel allows 255 characters, but
    /// libxlsxwriter 1.1.4 copies the list into a 255-byte buffer, so bytes are what must fit.
    public static let maxValidationListBytes = 255
    /// Characters in a data validation title (input or error).
    public static let maxValidationTitleLength = 32
    /// Characters in a data validation message (input or error).
    public static let maxValidationMessageLength = 255
    /// Column width in character units.
    public static let maxColumnWidth = 255.0
    /// Row height in points.
    public static let maxRowHeight = 409.0
    /// Bytes in a number format string; libxlsxwriter keeps it in a 128-byte buffer.
    public static let maxNumberFormatBytes = 127
    /// Characters in a sheet protection password.
    public static let maxPasswordLength = 255
    /// Characters of a page header or footer, codes included.
    public static let maxHeaderFooterLength = 255
    /// Manual page breaks in one sheet.
    public static let maxPageBreaks = 1_023

    static func validationTextLimit(_ field: ValidationTextField) -> Int {
        switch field {
        case .inputTitle, .errorTitle: maxValidationTitleLength
        case .inputMessage, .errorMessage: maxValidationMessageLength
        }
    }

    /// Throws unless `name` is a sheet name Excel accepts and not yet used (ignoring case).
    static func checkSheetName(_ name: String, existing: [String]) throws {
        if name.isEmpty { throw XLSXWriterError.sheetNameEmpty }
        let length = name.utf16.count
        if length > maxSheetNameLength { throw XLSXWriterError.sheetNameTooLong(name: name, length: length) }
        if let bad = name.first(where: { forbiddenSheetNameCharacters.contains($0) }) {
            throw XLSXWriterError.sheetNameInvalidCharacter(name: name, character: bad)
        }
        if name.hasPrefix("'") || name.hasSuffix("'") { throw XLSXWriterError.sheetNameApostrophe(name: name) }
        if name.lowercased() == "history" { throw XLSXWriterError.sheetNameReserved(name: name) }
        let folded = name.lowercased()
        if let clash = existing.first(where: { $0.lowercased() == folded }) {
            throw XLSXWriterError.sheetNameDuplicate(name: name, existing: clash)
        }
    }
}
