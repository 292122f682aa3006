import CXlsxWriter

extension Worksheet {
    /// Restricts the cells of `range` (0-based) to a dropdown of the validation's choices.
    public func addListValidation(_ validation: ListValidation, to range: SheetRange) throws {
        _ = try handle.open()
        try checkRange(range)
        if case .cells(_, let source) = validation.source { try checkRange(source) }
        try validation.check(sheet: name, range: range)
        let code = validation.withLXWOptions { options in
            worksheet_data_validation_range(
                pointer, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn), &options)
        }
        try LXW.check(code, "worksheet_data_validation_range")
    }

    /// Attaches a note (shown on hover) to a 0-based cell, signed by `author` when given.
    ///
    /// In constant-memory mode libxlsxwriter treats a comment like a cell write: it must not
    /// go on a row before the last one written.
    public func writeComment(_ text: String, row: Int, column: Int, author: String? = nil) throws {
        _ = try handle.open()
        try checkCell(row: row, column: column)
        let location = CellLocation(sheet: name, row: row, column: column)
        for part in [text, author ?? ""] where part.excelLength > ExcelLimits.maxTextLength {
            throw XLSXWriterError.commentTooLong(location, length: part.excelLength)
        }
        try advance(to: row)
        let bag = CStringBag()
        var options = lxw_comment_options()
        options.author = bag.copy(author)
        let code = withExtendedLifetime(bag) {
            worksheet_write_comment_opt(pointer, lxw_row_t(row), lxw_col_t(column), text, &options)
        }
        try LXW.check(code, "worksheet_write_comment_opt")
    }

    /// Writes `text` at a 0-based cell as a link to another place in this workbook.
    ///
    /// The text is stored as a string; with no style libxlsxwriter's blue underlined link
    /// style is used. The target sheet need not exist yet.
    ///
    /// ```swift
    /// try index.writeInternalLink("Ke Sub Proses", row: 3, column: 0,
    ///                             to: CellLocation(sheet: "Sub Proses", row: 0, column: 0))
    /// ```
    public func writeInternalLink(
        _ text: String, row: Int, column: Int, to target: CellLocation, style: CellStyle? = nil
    ) throws {
        let location = CellLocation(sheet: name, row: row, column: column)
        try checkCell(row: target.row, column: target.column, sheet: target.sheet)
        let reference = A1.quotedReference(sheet: target.sheet, row: target.row, column: target.column)
        if reference.excelLength > ExcelLimits.maxLinkLocationLength {
            throw XLSXWriterError.linkLocationTooLong(location, length: reference.excelLength)
        }
        if text.excelLength > ExcelLimits.maxTextLength { throw XLSXWriterError.textTooLong(location, length: text.excelLength) }
        if linkCount >= ExcelLimits.maxLinksPerSheet { throw XLSXWriterError.tooManyLinks(sheet: name) }
        let format = try prepareCell(row: row, column: column, style: style)
        let code = worksheet_write_url_opt(
            pointer, lxw_row_t(row), lxw_col_t(column), "internal:" + reference, format,
            text.isEmpty ? nil : text, nil)
        try LXW.check(code, "worksheet_write_url_opt")
        linkCount += 1
    }

    /// Writes a link to another file, given by a path relative to this workbook's folder
    /// (`Kota Metro/Dinas Pendidikan.xlsx`), so that a regional summary opens each OPD's
    /// workbook and the links survive moving the whole folder.
    public func writeFileLink(_ text: String, row: Int, column: Int, to relativePath: String, style: CellStyle? = nil) throws {
        let location = CellLocation(sheet: name, row: row, column: column)
        let target = "external:" + relativePath
        if target.excelLength > ExcelLimits.maxLinkLocationLength {
            throw XLSXWriterError.linkLocationTooLong(location, length: target.excelLength)
        }
        if text.excelLength > ExcelLimits.maxTextLength { throw XLSXWriterError.textTooLong(location, length: text.excelLength) }
        if linkCount >= ExcelLimits.maxLinksPerSheet { throw XLSXWriterError.tooManyLinks(sheet: name) }
        let format = try prepareCell(row: row, column: column, style: style)
        let code = worksheet_write_url_opt(
            pointer, lxw_row_t(row), lxw_col_t(column), target, format, text.isEmpty ? nil : text, nil)
        try LXW.check(code, "worksheet_write_url_opt")
        linkCount += 1
        // libxlsxwriter turns `/` into `\` in the shown text of file links (Excel's Windows
        // paths); the link keeps that form, the cell shows the text as given.
        let shown = worksheet_write_string(pointer, lxw_row_t(row), lxw_col_t(column), LiteralEscapes.protect(text), format)
        try LXW.check(shown, "worksheet_write_string")
    }
}
