import Spreadsheet

/// One thing a map shows as a box (a process, a sub process, a lintas fungsi): what it says,
/// where findings point (`id`), how severe the worst of them is, and where it links.
public struct MapNode: Sendable, Equatable {
    public var kode: String
    public var nama: String
    public var id: String
    public var mark: Severity?
    public var link: String?

    public init(kode: String, nama: String, id: String, mark: Severity? = nil, link: String? = nil) {
        self.kode = kode
        self.nama = nama
        self.id = id
        self.mark = mark
        self.link = link
    }

    /// `MTR.01 Pelayanan Pendidikan`, as a tooltip and a title.
    var caption: String { [kode, nama].filter { !$0.isEmpty }.joined(separator: " ") }
}

/// Shared pieces of every layout: margins, the title, a box with its code and name, the legend.
enum MapStyle {
    static let margin = 20
    static let gap = 16
    static let padding = 8
    static let titleSize = 16
    static let textSize = 12
    static let smallSize = TextMetrics.minimumFontSize

    /// The title at the top; returns the y below it.
    static func addTitle(_ title: String, to drawing: inout Drawing, width: Int) -> Int {
        let block = TextBlock(title, width: width - 2 * margin, fontSize: titleSize, bold: true)
        drawing.add(block.label(at: Point(margin, margin), role: "title"))
        return margin + block.height + gap
    }

    /// The height a box of `width` needs for the code (bold) above the wrapped name.
    static func nodeHeight(_ node: MapNode, width: Int, fontSize: Int = textSize) -> Int {
        let inner = width - 2 * padding
        let code = node.kode.isEmpty ? 0 : TextBlock(node.kode, width: inner, fontSize: fontSize, bold: true).height
        let name = TextBlock(node.nama.isEmpty ? "—" : node.nama, width: inner, fontSize: fontSize).height
        return code + name + 2 * padding
    }

    /// A node's box and its two labels inside `frame`.
    static func addNode(_ node: MapNode, frame: Rect, role: String, to drawing: inout Drawing, fontSize: Int = textSize) {
        drawing.add(Box(frame: frame, role: role, id: node.id, mark: node.mark, link: node.link, tooltip: node.caption))
        let inner = frame.width - 2 * padding
        var y = frame.y + padding
        if !node.kode.isEmpty {
            let code = TextBlock(node.kode, width: inner, fontSize: fontSize, bold: true)
            drawing.add(code.label(at: Point(frame.midX, y), centered: true, role: "kode"))
            y += code.height
        }
        let name = TextBlock(node.nama.isEmpty ? "—" : node.nama, width: inner, fontSize: fontSize)
        drawing.add(name.label(at: Point(frame.midX, y), centered: true, role: "nama"))
    }

    /// The legend of the marks (error red, warning amber) under everything, when any box is
    /// marked; grows the drawing.
    static func addLegend(to drawing: inout Drawing, language: Language) {
        let marks = Set(drawing.boxes.compactMap(\.mark))
        guard !marks.isEmpty else { return }
        var x = margin
        let y = drawing.height
        for severity in [Severity.error, .warning] where marks.contains(severity) {
            drawing.add(Box(frame: Rect(x: x, y: y, width: 24, height: 14), role: "legend", mark: severity))
            let text = legendText(severity, language)
            drawing.add(Label(lines: [text], origin: Point(x + 30, y), fontSize: smallSize, role: "legend"))
            x += 30 + TextMetrics.width(text, fontSize: smallSize) + gap
        }
        drawing.height = y + 14 + margin
        drawing.width = max(drawing.width, x + margin)
    }

    static func legendText(_ severity: Severity, _ language: Language) -> String {
        switch (severity, language) {
        case (.error, .en): "error (see the findings)"
        case (.error, _): "galat (lihat temuan)"
        case (.warning, .en): "warning"
        case (_, .en): "note"
        case (.warning, _): "peringatan"
        case (_, _): "catatan"
        }
    }
}
