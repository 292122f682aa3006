import CXlsxWriter

extension Worksheet {
    /// Sets the width (in Excel's character units, 0…255) of 0-based columns `first...last`.
    ///
    /// A style here becomes the default for empty cells in those columns.
    public func setColumnWidth(_ width: Double, first: Int, last: Int? = nil, style: CellStyle? = nil) throws {
        _ = try handle.open()
        let last = last ?? first
        try checkRange(SheetRange(firstRow: 0, firstColumn: first, lastRow: 0, lastColumn: last))
        guard width.isFinite, width >= 0, width <= ExcelLimits.maxColumnWidth else {
            throw XLSXWriterError.columnWidthOutOfRange(sheet: name, width: width)
        }
        let format = try handle.format(for: style)
        let code = worksheet_set_column(pointer, lxw_col_t(first), lxw_col_t(last), width, format)
        try LXW.check(code, "worksheet_set_column")
    }

    /// Sets the height in points (0…409) of a 0-based row.
    ///
    /// In constant-memory mode this counts as writing the row, so call it before the row's cells.
    public func setRowHeight(_ height: Double, row: Int, style: CellStyle? = nil) throws {
        _ = try handle.open()
        try checkCell(row: row, column: 0)
        guard height.isFinite, height >= 0, height <= ExcelLimits.maxRowHeight else {
            throw XLSXWriterError.rowHeightOutOfRange(sheet: name, height: height)
        }
        try advance(to: row)
        let format = try handle.format(for: style)
        try LXW.check(worksheet_set_row(pointer, lxw_row_t(row), height, format), "worksheet_set_row")
    }

    /// Hides a 0-based row, keeping Excel's default height for when it is shown again.
    ///
    /// In constant-memory mode this counts as writing the row, so call it before the row's cells.
    public func hideRow(_ row: Int) throws {
        _ = try handle.open()
        try checkCell(row: row, column: 0)
        try advance(to: row)
        var options = lxw_row_col_options(hidden: 1, level: 0, collapsed: 0)
        let code = worksheet_set_row_opt(pointer, lxw_row_t(row), LXW_DEF_ROW_HEIGHT, nil, &options)
        try LXW.check(code, "worksheet_set_row_opt")
    }

    /// Merges a range and writes `text` (always as a string) into it with `style` on every cell.
    ///
    /// Refused in constant-memory mode (libxlsxwriter cannot merge there), for a single cell,
    /// and when it overlaps an earlier merge, all of which Excel would treat as damage.
    public func merge(_ range: SheetRange, text: String = "", style: CellStyle? = nil) throws {
        _ = try handle.open()
        if handle.constantMemory { throw XLSXWriterError.mergeInConstantMemory(sheet: name) }
        try checkRange(range)
        if range.isSingleCell { throw XLSXWriterError.mergeSingleCell(sheet: name, range: range) }
        let candidates = (range.firstRow...range.lastRow).lazy.flatMap { self.mergedRangesByRow[$0] ?? [] }
        if let clash = candidates.first(where: { self.mergedRanges[$0].overlaps(range) }) {
            throw XLSXWriterError.mergeOverlap(sheet: name, range: range, existing: mergedRanges[clash])
        }
        let text = LiteralEscapes.protect(text)
        if text.utf8.count > ExcelLimits.maxTextLength, text.excelLength > ExcelLimits.maxTextLength {
            let location = CellLocation(sheet: name, row: range.firstRow, column: range.firstColumn)
            throw XLSXWriterError.textTooLong(location, length: text.excelLength)
        }
        let format = try handle.format(for: style)
        let code = worksheet_merge_range(
            pointer, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
            lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn), text, format)
        try LXW.check(code, "worksheet_merge_range")
        for row in range.firstRow...range.lastRow { mergedRangesByRow[row, default: []].append(mergedRanges.count) }
        mergedRanges.append(range)
    }

    /// Freezes the rows above 0-based `row` and the columns left of 0-based `column`.
    ///
    /// `freezePanes(row: 1, column: 0)` keeps the first row visible while scrolling.
    public func freezePanes(row: Int, column: Int = 0) throws {
        _ = try handle.open()
        try checkCell(row: row, column: column)
        worksheet_freeze_panes(pointer, lxw_row_t(row), lxw_col_t(column))
    }

    /// Adds filter buttons to the header row of `range` (its first row).
    public func setAutofilter(_ range: SheetRange) throws {
        _ = try handle.open()
        try checkRange(range)
        let code = worksheet_autofilter(
            pointer, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
            lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn))
        try LXW.check(code, "worksheet_autofilter")
    }
}
