import Spreadsheet

/// Peta Relasi (relationship map): units down, processes across, and in each cell the number of
/// activities in which the unit takes part in that process (blank for none). Headers wrap in
/// their cells; more processes make the matrix wider, more units make it taller.
public enum RelasiMapLayout {
    static let unitWidth = 200
    /// The narrowest process column; a column grows to the longest word of the headers, up to
    /// `maxCellWidth`.
    static let minimumCellWidth = 96
    static let maxCellWidth = 160
    static let cellHeight = 26
    /// Space left and right of a header's text inside its cell.
    static let headerInset = 4

    public struct Row: Sendable {
        public var unit: String
        /// Activities per process, in the order of the columns.
        public var counts: [Int]

        public init(unit: String, counts: [Int]) {
            self.unit = unit
            self.counts = counts
        }
    }

    public static func draw(title: String, processes: [MapNode], rows: [Row], language: Language) -> Drawing {
        let cellWidth = columnWidth(processes)
        let width = unitWidth + max(1, processes.count) * cellWidth
        var drawing = Drawing(width: width + 2 * MapStyle.margin, height: 0, title: title)
        let top = MapStyle.addTitle(title, to: &drawing, width: max(drawing.width, 420))
        let x0 = MapStyle.margin
        let headerHeight = processes.map { header($0, cellWidth: cellWidth).height }.max().map { $0 + 2 * MapStyle.padding } ?? cellHeight
        let corner = TextBlock(language == .en ? "Unit \\ Process" : "Unit \\ Proses", width: unitWidth - 2 * MapStyle.padding,
                               fontSize: MapStyle.textSize, bold: true)
        drawing.add(Box(frame: Rect(x: x0, y: top, width: unitWidth, height: headerHeight), role: "relasi-header"))
        drawing.add(corner.label(at: Point(x0 + MapStyle.padding, top + MapStyle.padding), role: "header"))
        for (index, process) in processes.enumerated() {
            let frame = Rect(x: x0 + unitWidth + index * cellWidth, y: top, width: cellWidth, height: headerHeight)
            drawing.add(Box(frame: frame, role: "relasi-header", id: process.id, mark: process.mark, link: process.link,
                            tooltip: process.caption))
            drawing.add(header(process, cellWidth: cellWidth).label(at: Point(frame.midX, frame.y + MapStyle.padding), centered: true, role: "header"))
        }
        var y = top + headerHeight
        for row in rows {
            let name = TextBlock(row.unit, width: unitWidth - 2 * MapStyle.padding, fontSize: MapStyle.smallSize)
            let height = max(cellHeight, name.height + 2 * 5)
            drawing.add(Box(frame: Rect(x: x0, y: y, width: unitWidth, height: height), role: "relasi-unit"))
            drawing.add(name.label(at: Point(x0 + MapStyle.padding, y + 5), role: "unit"))
            for (index, count) in row.counts.enumerated() {
                let frame = Rect(x: x0 + unitWidth + index * cellWidth, y: y, width: cellWidth, height: height)
                drawing.add(Box(frame: frame, role: count > 0 ? "relasi-cell relasi-on" : "relasi-cell"))
                if count > 0 {
                    let text = TextBlock(String(count), width: cellWidth, fontSize: MapStyle.textSize, bold: true)
                    drawing.add(text.label(at: Point(frame.midX, frame.midY - text.height / 2), centered: true, role: "count"))
                }
            }
            y += height
        }
        drawing.height = y + MapStyle.margin
        MapStyle.addLegend(to: &drawing, language: language)
        return drawing
    }

    /// The width of every process column: wide enough that no word of a header is cut in two
    /// (`Penyelenggaraan` in a column of 96 was), up to `maxCellWidth`, past which a word is
    /// cut rather than the matrix growing without bound.
    static func columnWidth(_ processes: [MapNode]) -> Int {
        var widest = 0
        for process in processes {
            widest = max(widest, TextMetrics.width(process.kode, fontSize: MapStyle.smallSize, bold: true))
            for word in process.nama.split(whereSeparator: \.isWhitespace) {
                widest = max(widest, TextMetrics.width(String(word), fontSize: MapStyle.smallSize))
            }
        }
        return min(maxCellWidth, max(minimumCellWidth, widest + 2 * headerInset))
    }

    /// A process header: its code in bold, then its name, wrapped to the cell.
    private static func header(_ process: MapNode, cellWidth: Int) -> TextBlock {
        let inner = cellWidth - 2 * headerInset
        var block = TextBlock(process.kode, width: inner, fontSize: MapStyle.smallSize, bold: true)
        block.bold = false
        let name = TextBlock(process.nama, width: inner, fontSize: MapStyle.smallSize)
        block.lines += name.lines
        return block
    }
}
