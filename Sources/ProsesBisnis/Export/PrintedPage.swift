/// Where printed pages of a validated sheet end, so that a lintas fungsi table and its
/// key/value block start on a page together instead of being cut after `PROSES :` (Excel
/// repeats one range of rows per sheet, which cannot follow stacked tables).
///
/// The page is landscape A4 fitted to the sheet's width, as `ValidatedRenderer.printSetup`
/// sets it; the estimate errs on the side of an earlier break.
enum PrintedPage {
    /// Landscape A4 in points, less the top and bottom margins of 0.75 inch.
    static let usableHeight = 595.0 - 2 * 54
    /// Landscape A4's width in pixels at 96 per inch, less the side margins of 0.5 inch.
    static let usableWidthPixels = (11.69 - 1.0) * 96

    /// How much fit-to-width shrinks a sheet with these column widths (1 when it fits).
    static func fitScale(_ widths: [Double]) -> Double {
        // Excel draws a column of width w as w × 7 + 5 pixels (Calibri 11).
        let pixels = widths.reduce(0) { $0 + ($1 * 7 + 5).rounded(.down) }
        return pixels > usableWidthPixels ? usableWidthPixels / pixels : 1
    }

    /// The rows that start a new page: a block (rows `range`) that does not fit under the
    /// blocks before it starts a page; `heights` gives each row's points (15 when absent).
    static func breaks(blocks: [Range<Int>], heights: [Int: Double], widths: [Double], repeated: ClosedRange<Int>?) -> [Int] {
        func height(_ row: Int) -> Double { heights[row] ?? WrappedText.lineHeight }
        let header = repeated.map { $0.reduce(0) { $0 + max(height($1), 20) } } ?? 0
        let capacity = usableHeight / fitScale(widths) - header
        var breaks: [Int] = [], fill = 0.0
        for block in blocks {
            let needed = block.reduce(0) { $0 + height($1) } + WrappedText.lineHeight
            if fill > 0, fill + needed > capacity {
                breaks.append(block.lowerBound)
                fill = 0
            }
            fill += needed
        }
        return Array(breaks.prefix(1_023))
    }
}
