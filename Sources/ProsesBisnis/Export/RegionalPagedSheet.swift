import XLSXWriter

/// One logical sheet of a regional workbook written row by row (constant-memory mode), that
/// continues on `Name (2)`, `Name (3)` ... when the next row would pass `maxRows`.
///
/// A workbook's tabs are in creation order and rows are streamed, so continuation sheets are
/// created when needed and come after the eight main sheets (`Kegiatan (2)` after `Temuan`).
/// Each continuation repeats the preamble (Ringkasan's title and legend) and the header row
/// and gets the same page setup. Every row is as tall as its wrapped text (`WrappedText`).
final class RegionalPagedSheet {
    /// One physical sheet and how far it has been written.
    private struct Page {
        var sheet: Worksheet
        /// The 0-based row the next call writes.
        var nextRow: Int
        /// The highest 0-based column written, for the autofilter range.
        var lastColumn: Int
        /// The last 0-based row the autofilter covers (totals under the table are left out).
        var filterEnd: Int
        /// Rows where a printed page starts (`breakPrintedPage`).
        var breaks: [Int] = []
        /// Points of rows written since the last printed page began.
        var printedFill = 0.0
        /// Whether the autofilter is set: in constant-memory mode it must be set before a row
        /// under its range (a totals row) is written.
        var isFiltered = false
    }

    /// Rows written above the header on every page: each a list of values and looks.
    typealias Preamble = [[(value: RegionalValue, style: CellStyle?)]]

    let baseName: String
    /// Header texts and column looks; nil header for the Peta Relasi matrix, which has none.
    private let header: [String]?
    private let columns: [RegionalColumn]
    private let preamble: Preamble
    private let workbook: XLSXWriter.Workbook
    private let maxRows: Int
    private let pageText: (header: String, footer: String)
    private var pages: [Page] = []

    /// The Peta Relasi matrix: the unit column, then one column per process.
    static let matrixWidths = (unit: 40.0, process: 16.0)

    /// Points of rows that one printed page holds at full size: A4 landscape is 595 points
    /// high, less the margins, header and footer. Fit to width only ever shrinks the print,
    /// so a block that fits here fits on paper.
    static let printedPageHeight = 440.0

    init(_ baseName: String, header: [String]?, columns: [RegionalColumn], preamble: Preamble = [],
         pageText: (header: String, footer: String), workbook: XLSXWriter.Workbook, maxRows: Int) throws {
        self.baseName = baseName
        self.header = header
        self.columns = columns
        // A preamble that would leave no row for data under the header is left out.
        self.preamble = preamble.count + 2 <= maxRows ? preamble : []
        self.pageText = pageText
        self.workbook = workbook
        self.maxRows = maxRows
        try addPage()
    }

    /// The 0-based row the next `write` goes to on the current page.
    var nextRow: Int { pages[pages.count - 1].nextRow }

    /// Writes one row of values, each with its own look (nil: the column's look). An empty
    /// value writes no cell, unless `styles` gives it a look (the borders of the matrix).
    /// `filtered: false` keeps the row out of the autofilter (a totals row).
    func write(_ values: [RegionalValue], styles: [CellStyle?]? = nil, filtered: Bool = true) throws {
        if nextRow >= maxRows { try addPage() }
        if !filtered { try setAutofilter(page: pages.count - 1) }
        try put(values, styles: styles, filtered: filtered)
    }

    /// Writes a row on the current page, wherever it is.
    private func put(_ values: [RegionalValue], styles: [CellStyle?]?, filtered: Bool) throws {
        let page = pages.count - 1
        let sheet = pages[page].sheet, row = pages[page].nextRow
        let looks = values.indices.map { column in styles.map { $0[column] } ?? style(ofColumn: column) }
        let height = rowHeight(values, looks: looks)
        // Constant-memory mode: the height is part of the row, so it goes before the cells.
        if height > WrappedText.lineHeight { try sheet.setRowHeight(height, row: row) }
        for (column, value) in values.enumerated() {
            try write(value, row: row, column: column, style: looks[column], to: sheet)
        }
        pages[page].lastColumn = max(pages[page].lastColumn, values.count - 1)
        if filtered { pages[page].filterEnd = row }
        pages[page].nextRow += 1
        pages[page].printedFill += height
    }

    /// The height a row of `values` needs: its wrapped cells' tallest.
    func rowHeight(_ values: [RegionalValue], looks: [CellStyle?]) -> Double {
        var height = WrappedText.lineHeight
        for (column, value) in values.enumerated() {
            let text: String
            switch value {
            case .text(let shown), .fileLink(let shown): text = shown
            case .number: continue
            }
            guard let look = looks[column], !text.isEmpty else { continue }
            let lines = look.wrap ? WrappedText.lines(text, width: width(ofColumn: column), bold: look.bold) : 1
            height = max(height, WrappedText.height(lines: lines, fontSize: look.fontSize))
        }
        return height
    }

    /// Leaves a row empty (between Peta Relasi blocks); never starts a page with it.
    func skipRow() {
        guard nextRow > firstDataRow, nextRow < maxRows else { return }
        pages[pages.count - 1].nextRow += 1
        pages[pages.count - 1].printedFill += WrappedText.lineHeight
    }

    /// Starts a new page when `count` rows would not fit on this one but would on a fresh one,
    /// so that a Peta Relasi block is not cut in two when it need not be.
    func keepTogether(_ count: Int) throws {
        guard nextRow > firstDataRow, nextRow + count > maxRows, firstDataRow + count <= maxRows else { return }
        try addPage()
    }

    /// Room left on the printed page being filled, in points.
    var printedRoom: Double { Self.printedPageHeight - pages[pages.count - 1].printedFill }

    /// Starts a new printed page at the next row, unless it would be the sheet's first row
    /// or Excel's 1,023 breaks are used up (then the rows flow on, cut where the page ends).
    func breakPrintedPage() {
        let page = pages.count - 1
        guard nextRow > firstDataRow, pages[page].breaks.last != nextRow,
              pages[page].breaks.count < ExcelLimits.maxPageBreaks else { return }
        pages[page].breaks.append(nextRow)
        pages[page].printedFill = 0
    }

    /// Sets what depends on the written extent: the autofilter of each page (over the header
    /// and the rows under it), page breaks and, for the matrix, the widths of the columns used.
    func finish() throws {
        for (index, page) in pages.enumerated() {
            try page.sheet.setPageBreaks(before: page.breaks)
            if header != nil {
                try setAutofilter(page: index)
            } else {
                try page.sheet.setColumnWidth(Self.matrixWidths.unit, first: 0)
                if page.lastColumn >= 1 { try page.sheet.setColumnWidth(Self.matrixWidths.process, first: 1, last: page.lastColumn) }
            }
        }
    }

    /// Filters the header and the rows under it, once.
    private func setAutofilter(page index: Int) throws {
        let page = pages[index]
        guard header != nil, !page.isFiltered, page.nextRow > headerRow else { return }
        try page.sheet.setAutofilter(SheetRange(firstRow: headerRow, firstColumn: 0,
                                                lastRow: max(headerRow, page.filterEnd), lastColumn: page.lastColumn))
        pages[index].isFiltered = true
    }

    /// The header's row: under the preamble.
    private var headerRow: Int { preamble.count }
    private var firstDataRow: Int { header == nil ? 0 : headerRow + 1 }

    private func style(ofColumn column: Int) -> CellStyle? {
        column < columns.count ? columns[column].style : nil
    }

    private func width(ofColumn column: Int) -> Double {
        if header == nil { return column == 0 ? Self.matrixWidths.unit : Self.matrixWidths.process }
        return column < columns.count ? columns[column].width : 8.43
    }

    private func write(_ value: RegionalValue, row: Int, column: Int, style: CellStyle?, to sheet: Worksheet) throws {
        switch value {
        case .text(let text) where text.isEmpty: try sheet.writeBlank(row: row, column: column, style: style)
        case .text(let text): try sheet.write(ExcelText.fitted(text), row: row, column: column, style: style)
        case .number(let number): try sheet.write(number, row: row, column: column, style: style)
        case .fileLink(let path): try sheet.writeFileLink(path, row: row, column: column, to: path, style: style)
        }
    }

    private func addPage() throws {
        let name = pages.isEmpty ? baseName : "\(baseName) (\(pages.count + 1))"
        let sheet = try workbook.addWorksheet(name)
        try sheet.setLandscape()
        try sheet.setPaper(.a4)
        try sheet.fitToPageWidth()
        try sheet.setMargins(left: 0.4, right: 0.4, top: 0.75, bottom: 0.75)
        try sheet.setHeaderFooter(header: pageText.header, footer: pageText.footer)
        for (index, column) in columns.enumerated() { try sheet.setColumnWidth(column.width, first: index) }
        pages.append(Page(sheet: sheet, nextRow: 0, lastColumn: max(0, (header?.count ?? 1) - 1), filterEnd: 0))
        for row in preamble { try put(row.map(\.value), styles: row.map(\.style), filtered: false) }
        guard let header else { return }
        try sheet.freezePanes(row: headerRow + 1)
        try sheet.repeatRows(first: headerRow, last: headerRow)
        try put(header.map(RegionalValue.text), styles: header.map { _ in RegionalStyles.header }, filtered: true)
    }
}
