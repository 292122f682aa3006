import CXlsxWriter

/// Paper sizes used for printing government forms.
public enum PaperSize: UInt8, Hashable, Sendable {
    /// A4, 210 × 297 mm (Excel paper index 9).
    case a4 = 9
    /// F4 / Folio, 8.5 × 13 in (Excel paper index 14, "Folio").
    case folio = 14
}

/// What users may still do on a protected sheet; everything not listed stays forbidden.
public struct SheetProtection: Hashable, Sendable {
    /// Optional password (≤ 255 characters); Excel stores only a weak hash, so this deters
    /// accidental edits rather than securing anything.
    public var password: String?
    public var selectLockedCells: Bool
    public var selectUnlockedCells: Bool
    public var formatCells: Bool
    public var formatColumns: Bool
    public var formatRows: Bool
    public var insertRows: Bool
    public var deleteRows: Bool
    public var sort: Bool
    public var autofilter: Bool

    /// Creates protection that allows selecting and formatting (widths, heights, cell look)
    /// and filtering, but no edits to locked cells.
    public init(
        password: String? = nil, selectLockedCells: Bool = true, selectUnlockedCells: Bool = true,
        formatCells: Bool = true, formatColumns: Bool = true, formatRows: Bool = true,
        insertRows: Bool = false, deleteRows: Bool = false, sort: Bool = false, autofilter: Bool = true
    ) {
        self.password = password
        self.selectLockedCells = selectLockedCells
        self.selectUnlockedCells = selectUnlockedCells
        self.formatCells = formatCells
        self.formatColumns = formatColumns
        self.formatRows = formatRows
        self.insertRows = insertRows
        self.deleteRows = deleteRows
        self.sort = sort
        self.autofilter = autofilter
    }

    var lxwValue: lxw_protection {
        var options = lxw_protection()
        options.no_select_locked_cells = selectLockedCells ? 0 : 1
        options.no_select_unlocked_cells = selectUnlockedCells ? 0 : 1
        options.format_cells = formatCells ? 1 : 0
        options.format_columns = formatColumns ? 1 : 0
        options.format_rows = formatRows ? 1 : 0
        options.insert_rows = insertRows ? 1 : 0
        options.delete_rows = deleteRows ? 1 : 0
        options.sort = sort ? 1 : 0
        options.autofilter = autofilter ? 1 : 0
        return options
    }
}

extension Worksheet {
    /// Hides the sheet's tab; `Workbook.close()` makes sure a visible sheet is the one opened.
    public func hide() throws {
        _ = try handle.open()
        worksheet_hide(pointer)
        isHidden = true
    }

    /// Protects the sheet; cells whose style has `locked: false` stay editable.
    public func protect(_ protection: SheetProtection = SheetProtection()) throws {
        _ = try handle.open()
        let length = protection.password?.excelLength ?? 0
        if length > ExcelLimits.maxPasswordLength { throw XLSXWriterError.passwordTooLong(sheet: name, length: length) }
        var options = protection.lxwValue
        worksheet_protect(pointer, protection.password, &options)
    }

    /// Prints across the long edge of the paper.
    public func setLandscape() throws {
        _ = try handle.open()
        worksheet_set_landscape(pointer)
    }

    /// Chooses the paper size for printing.
    public func setPaper(_ paper: PaperSize) throws {
        _ = try handle.open()
        worksheet_set_paper(pointer, paper.rawValue)
    }

    /// Shrinks the print so every column fits on one page width; rows flow onto as many pages as needed.
    public func fitToPageWidth() throws {
        _ = try handle.open()
        worksheet_fit_to_pages(pointer, 1, 0)
    }

    /// Repeats 0-based rows `first...last` at the top of every printed page (table headers).
    public func repeatRows(first: Int, last: Int) throws {
        _ = try handle.open()
        try checkRange(SheetRange(firstRow: first, firstColumn: 0, lastRow: last, lastColumn: 0))
        try LXW.check(worksheet_repeat_rows(pointer, lxw_row_t(first), lxw_row_t(last)), "worksheet_repeat_rows")
    }

    /// Sets the print margins in inches (0 up to 49, as Excel allows).
    public func setMargins(left: Double, right: Double, top: Double, bottom: Double) throws {
        _ = try handle.open()
        for inches in [left, right, top, bottom] where !(inches >= 0 && inches < 49) {
            throw XLSXWriterError.marginOutOfRange(sheet: name, inches: inches)
        }
        worksheet_set_margins(pointer, left, right, top, bottom)
    }

    /// Sets the text printed at the top and bottom of every page, in Excel's codes: `&L`, `&C`,
    /// `&R` start the left, centre and right parts, `&P` is the page, `&N` the page count,
    /// `&D` the date of printing, `&A` the sheet's name; a literal `&` is written `&&`
    /// (`PageText.literal`). A date of printing keeps the file itself free of the clock.
    ///
    /// ```swift
    /// try sheet.setHeaderFooter(header: "&C" + PageText.literal("Dinas A & B"), footer: "&CHalaman &P dari &N")
    /// ```
    public func setHeaderFooter(header: String?, footer: String?) throws {
        _ = try handle.open()
        for text in [header, footer].compactMap({ $0 }) where text.excelLength > ExcelLimits.maxHeaderFooterLength {
            throw XLSXWriterError.headerFooterTooLong(sheet: name, length: text.excelLength)
        }
        if let header { try LXW.check(worksheet_set_header(pointer, header), "worksheet_set_header") }
        if let footer { try LXW.check(worksheet_set_footer(pointer, footer), "worksheet_set_footer") }
    }

    /// Starts a new printed page at each of the 0-based `rows` (row 0 is ignored: a page
    /// starts there anyway). At most 1,023 breaks, Excel's limit.
    public func setPageBreaks(before rows: [Int]) throws {
        _ = try handle.open()
        var breaks = rows.filter { $0 > 0 }
        guard !breaks.isEmpty else { return }
        if breaks.count > ExcelLimits.maxPageBreaks { throw XLSXWriterError.tooManyPageBreaks(sheet: name, count: breaks.count) }
        for row in breaks { try checkCell(row: row, column: 0) }
        breaks.sort()
        var list = breaks.map { lxw_row_t($0) } + [0]
        try LXW.check(worksheet_set_h_pagebreaks(pointer, &list), "worksheet_set_h_pagebreaks")
    }
}

/// Text for page headers and footers (`Worksheet.setHeaderFooter`).
public enum PageText {
    /// `text` printed as it is: `&`, Excel's code character, doubled.
    public static func literal(_ text: String) -> String {
        String(text.flatMap { $0 == "&" ? ["&", "&"] : [$0] })
    }
}
