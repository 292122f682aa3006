import Spreadsheet

/// Peta Proses (level 0): Manajemen on top, Utama in the middle, Pendukung below (PermenPANRB
/// 19/2018 and every seed draw them so), each band a grid of process boxes in table order.
/// Processes whose JENIS PROSES is not understood get a fourth band, so none is lost.
///
/// A band holds at most `columns` boxes a row; more processes add rows, so 30 processes in a
/// band stay as legible as 3 (the drawing grows, text keeps its size).
public enum ProsesMapLayout {
    static let boxWidth = 190
    static let columns = 6
    static let bandLabelWidth = 120

    /// One band: its title and its processes.
    public struct Band: Sendable {
        public var title: String
        public var role: String
        public var nodes: [MapNode]

        public init(title: String, role: String, nodes: [MapNode]) {
            self.title = title
            self.role = role
            self.nodes = nodes
        }
    }

    /// The three official bands, plus `unknown` when it holds any process.
    public static func bands(manajemen: [MapNode], utama: [MapNode], pendukung: [MapNode], unknown: [MapNode],
                             language: Language) -> [Band] {
        let en = language == .en
        var bands = [
            Band(title: en ? "Management processes" : "Proses Manajemen", role: "band-manajemen", nodes: manajemen),
            Band(title: en ? "Core processes" : "Proses Utama", role: "band-utama", nodes: utama),
            Band(title: en ? "Support processes" : "Proses Pendukung", role: "band-pendukung", nodes: pendukung),
        ]
        if !unknown.isEmpty {
            bands.append(Band(title: en ? "Kind not recognised" : "Jenis tidak dikenali", role: "band-lain", nodes: unknown))
        }
        return bands
    }

    public static func draw(title: String, bands: [Band], language: Language) -> Drawing {
        let most = bands.map(\.nodes.count).max() ?? 0
        let cols = max(3, min(columns, most))
        let bandWidth = bandLabelWidth + cols * (boxWidth + MapStyle.gap) + MapStyle.gap
        var drawing = Drawing(width: bandWidth + 2 * MapStyle.margin, height: 0, title: title)
        var y = MapStyle.addTitle(title, to: &drawing, width: drawing.width)
        for band in bands {
            y = addBand(band, at: y, width: bandWidth, columns: cols, to: &drawing, language: language) + MapStyle.gap
        }
        drawing.height = y + MapStyle.margin - MapStyle.gap
        MapStyle.addLegend(to: &drawing, language: language)
        return drawing
    }

    /// One band at `top`; returns its bottom.
    private static func addBand(_ band: Band, at top: Int, width: Int, columns: Int, to drawing: inout Drawing,
                                language: Language) -> Int {
        let x0 = MapStyle.margin + bandLabelWidth + MapStyle.gap
        let label = TextBlock(band.title, width: bandLabelWidth - 2 * MapStyle.padding, fontSize: MapStyle.textSize, bold: true)
        var placed: [(MapNode, Rect)] = []
        var y = top + MapStyle.gap
        for rowStart in stride(from: 0, to: band.nodes.count, by: columns) {
            let row = Array(band.nodes[rowStart..<min(rowStart + columns, band.nodes.count)])
            let height = row.map { MapStyle.nodeHeight($0, width: boxWidth) }.max() ?? 0
            for (column, node) in row.enumerated() {
                placed.append((node, Rect(x: x0 + column * (boxWidth + MapStyle.gap), y: y, width: boxWidth, height: height)))
            }
            y += height + MapStyle.gap
        }
        let empty = TextBlock(language == .en ? "(none)" : "(tidak ada)", width: boxWidth, fontSize: MapStyle.smallSize)
        if band.nodes.isEmpty { y += empty.height + MapStyle.gap }
        let height = max(y - top, label.height + 2 * MapStyle.padding)
        drawing.add(Box(frame: Rect(x: MapStyle.margin, y: top, width: width, height: height), role: band.role))
        drawing.add(label.label(at: Point(MapStyle.margin + MapStyle.padding, top + MapStyle.padding), role: "band-title"))
        if band.nodes.isEmpty { drawing.add(empty.label(at: Point(x0, top + MapStyle.gap), role: "empty")) }
        for (node, frame) in placed { MapStyle.addNode(node, frame: frame, role: "proses", to: &drawing) }
        return top + height
    }
}

/// Peta Sub Proses (level 1) of one process: the process across the top, then one column per
/// sub process (its box, and under it the boxes of its lintas fungsi, each linking to its own
/// map), at most `columns` columns a row.
public enum SubProsesMapLayout {
    static let columnWidth = 200
    static let columns = 5
    static let indent = 14

    public struct Column: Sendable {
        public var subProses: MapNode
        public var lintasFungsi: [MapNode]

        public init(subProses: MapNode, lintasFungsi: [MapNode]) {
            self.subProses = subProses
            self.lintasFungsi = lintasFungsi
        }
    }

    public static func draw(title: String, process: MapNode, columns items: [Column], language: Language) -> Drawing {
        let cols = max(2, min(columns, items.count))
        let innerWidth = cols * (columnWidth + MapStyle.gap) - MapStyle.gap
        var drawing = Drawing(width: innerWidth + 2 * MapStyle.margin, height: 0, title: title)
        var y = MapStyle.addTitle(title, to: &drawing, width: drawing.width)
        let processHeight = MapStyle.nodeHeight(process, width: innerWidth)
        let processFrame = Rect(x: MapStyle.margin, y: y, width: innerWidth, height: processHeight)
        MapStyle.addNode(process, frame: processFrame, role: "proses", to: &drawing)
        y += processHeight + 2 * MapStyle.gap
        if items.isEmpty {
            let none = TextBlock(language == .en ? "No sub process listed." : "Tidak ada sub proses.", width: innerWidth,
                                 fontSize: MapStyle.textSize)
            drawing.add(none.label(at: Point(MapStyle.margin, y), role: "empty"))
            y += none.height + MapStyle.gap
        }
        for rowStart in stride(from: 0, to: items.count, by: cols) {
            let row = Array(items[rowStart..<min(rowStart + cols, items.count)])
            var bottom = y
            for (index, column) in row.enumerated() {
                let x = MapStyle.margin + index * (columnWidth + MapStyle.gap)
                bottom = max(bottom, addColumn(column, x: x, top: y, process: processFrame, to: &drawing))
            }
            y = bottom + 2 * MapStyle.gap
        }
        drawing.height = y - MapStyle.gap + MapStyle.margin
        MapStyle.addLegend(to: &drawing, language: language)
        return drawing
    }

    /// One sub process and its lintas fungsi; returns the column's bottom.
    private static func addColumn(_ column: Column, x: Int, top: Int, process: Rect, to drawing: inout Drawing) -> Int {
        let height = MapStyle.nodeHeight(column.subProses, width: columnWidth)
        let frame = Rect(x: x, y: top, width: columnWidth, height: height)
        // A connector from the process above, in the gap between the rows.
        drawing.items.append(.line(points: [Point(frame.midX, top - 2 * MapStyle.gap + 4), Point(frame.midX, top)],
                                   role: "connector", arrow: true))
        MapStyle.addNode(column.subProses, frame: frame, role: "subproses", to: &drawing)
        var y = frame.maxY + MapStyle.padding
        let width = columnWidth - indent
        for lintas in column.lintasFungsi {
            let h = MapStyle.nodeHeight(lintas, width: width, fontSize: MapStyle.smallSize)
            let box = Rect(x: x + indent, y: y, width: width, height: h)
            drawing.items.append(.line(points: [Point(x + indent / 2, y - MapStyle.padding), Point(x + indent / 2, box.midY),
                                                Point(box.x, box.midY)], role: "tree", arrow: false))
            MapStyle.addNode(lintas, frame: box, role: "lintasfungsi", to: &drawing, fontSize: MapStyle.smallSize)
            y = box.maxY + MapStyle.padding
        }
        return y
    }
}
