import XLSXWriter

/// One logical sheet of a regional workbook written row by row (constant-memory mode), that
/// continues on `Name (2)`, `Name (3)` ... when the next row would pass `maxRows`.
///
/// A workbook's tabs are in creation order and rows are streamed, so continuation sheets are
/// created when needed and come after the eight main sheets (`Kegiatan (2)` after `Temuan`).
/// Each continuation repeats the header row and gets the same page setup.
final class RegionalPagedSheet {
    /// One physical sheet and how far it has been written.
    private struct Page {
        var sheet: Worksheet
        /// The 0-based row the next call writes.
        var nextRow: Int
        /// The highest 0-based column written, for the autofilter range.
        var lastColumn: Int
    }

    let baseName: String
    /// Header texts and column looks; nil header for the Peta Relasi matrix, which has none.
    private let header: [String]?
    private let columns: [RegionalColumn]
    private let workbook: XLSXWriter.Workbook
    private let maxRows: Int
    private var pages: [Page] = []

    init(_ baseName: String, header: [String]?, columns: [RegionalColumn], workbook: XLSXWriter.Workbook, maxRows: Int) throws {
        self.baseName = baseName
        self.header = header
        self.columns = columns
        self.workbook = workbook
        self.maxRows = maxRows
        try addPage()
    }

    /// The 0-based row the next `write` goes to on the current page.
    var nextRow: Int { pages[pages.count - 1].nextRow }

    /// Writes one row of values, each with its own look (nil: the column's look). An empty
    /// value writes no cell, unless `styles` gives it a look (the borders of the matrix).
    func write(_ values: [RegionalValue], styles: [CellStyle?]? = nil) throws {
        if nextRow >= maxRows { try addPage() }
        let page = pages.count - 1
        let sheet = pages[page].sheet, row = pages[page].nextRow
        for (column, value) in values.enumerated() {
            let style = styles.map { $0[column] } ?? (column < columns.count ? columns[column].style : nil)
            switch value {
            case .text(let text) where text.isEmpty: try sheet.writeBlank(row: row, column: column, style: style)
            case .text(let text): try sheet.write(ExcelText.fitted(text), row: row, column: column, style: style)
            case .number(let number): try sheet.write(number, row: row, column: column, style: style)
            case .fileLink(let path): try sheet.writeFileLink(path, row: row, column: column, to: path, style: style)
            }
        }
        pages[page].lastColumn = max(pages[page].lastColumn, values.count - 1)
        pages[page].nextRow += 1
    }

    /// Leaves a row empty (between Peta Relasi blocks); never starts a page with it.
    func skipRow() {
        guard nextRow > firstDataRow, nextRow < maxRows else { return }
        pages[pages.count - 1].nextRow += 1
    }

    /// Starts a new page when `count` rows would not fit on this one but would on a fresh one,
    /// so that a Peta Relasi block is not cut in two when it need not be.
    func keepTogether(_ count: Int) throws {
        guard nextRow > firstDataRow, nextRow + count > maxRows, firstDataRow + count <= maxRows else { return }
        try addPage()
    }

    /// Sets what depends on the written extent: the autofilter of each page (over the header
    /// and the rows under it) and, for the matrix, the widths of the columns used.
    func finish() throws {
        for page in pages {
            if header != nil {
                try page.sheet.setAutofilter(SheetRange(firstRow: 0, firstColumn: 0,
                                                        lastRow: max(0, page.nextRow - 1), lastColumn: page.lastColumn))
            } else {
                try page.sheet.setColumnWidth(40, first: 0)
                if page.lastColumn >= 1 { try page.sheet.setColumnWidth(16, first: 1, last: page.lastColumn) }
            }
        }
    }

    private var firstDataRow: Int { header == nil ? 0 : 1 }

    private func addPage() throws {
        let name = pages.isEmpty ? baseName : "\(baseName) (\(pages.count + 1))"
        let sheet = try workbook.addWorksheet(name)
        try sheet.setLandscape()
        try sheet.setPaper(.a4)
        try sheet.fitToPageWidth()
        for (index, column) in columns.enumerated() { try sheet.setColumnWidth(column.width, first: index) }
        pages.append(Page(sheet: sheet, nextRow: 0, lastColumn: max(0, (header?.count ?? 1) - 1)))
        guard let header else { return }
        try sheet.freezePanes(row: 1)
        try sheet.repeatRows(first: 0, last: 0)
        for (column, text) in header.enumerated() {
            try sheet.write(text, row: 0, column: column, style: RegionalStyles.header)
        }
        pages[pages.count - 1].nextRow = 1
    }
}
