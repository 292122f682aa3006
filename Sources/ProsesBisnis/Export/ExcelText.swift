import XLSXWriter

/// Text as Excel can hold it in a cell.
enum ExcelText {
    /// A CSV cell can hold more than Excel's 32,767 characters (UTF-16 units); its start is
    /// written instead of failing the whole file, and `text.too_long` tells the user so.
    static func fitted(_ text: String) -> String {
        // UTF-16 never counts more than UTF-8, whose count is stored: most text is done here.
        guard text.utf8.count > ExcelLimits.maxTextLength, text.utf16.count > ExcelLimits.maxTextLength else { return text }
        var cut = String(text.prefix(ExcelLimits.maxTextLength))
        while cut.utf16.count > ExcelLimits.maxTextLength { cut.removeLast() }
        return cut
    }

    /// True when `fitted` would cut the text.
    static func isTooLong(_ text: String) -> Bool {
        text.utf8.count > ExcelLimits.maxTextLength && text.utf16.count > ExcelLimits.maxTextLength
    }
}
