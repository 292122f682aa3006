/// A map as plain geometry: boxes, texts, lines and arrows in whole pixels, laid out once and
/// then written as SVG (and, for lintas fungsi, read again for BPMN). Whole pixels keep the
/// output byte-identical across machines: no floating-point formatting is involved.
public struct Drawing: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var title: String
    public var items: [Item] = []

    public init(width: Int, height: Int, title: String) {
        self.width = width
        self.height = height
        self.title = title
    }

    /// One drawn thing. `role` names what it is (a CSS class: `proses`, `lane`, `kegiatan`...).
    public enum Item: Sendable, Equatable {
        case box(Box)
        case text(Label)
        /// A polyline; `arrow` puts an arrow head at its last point; `dashed` for participation.
        case line(points: [Point], role: String, arrow: Bool)
        /// Several unconnected polylines drawn as one element (`<path>`): the dotted ties of a
        /// shared activity, a spine and a tick per lane, which would otherwise be an element each.
        case path(pieces: [[Point]], role: String)
        case circle(center: Point, radius: Int, role: String)
    }

    /// The boxes of the drawing (for tests and BPMN).
    public var boxes: [Box] {
        items.compactMap { if case .box(let box) = $0 { box } else { nil } }
    }

    /// The text labels of the drawing.
    public var labels: [Label] {
        items.compactMap { if case .text(let label) = $0 { label } else { nil } }
    }

    mutating func add(_ box: Box) { items.append(.box(box)) }
    mutating func add(_ label: Label) { items.append(.text(label)) }
}

public struct Point: Sendable, Equatable, Hashable {
    public var x: Int
    public var y: Int

    public init(_ x: Int, _ y: Int) {
        self.x = x
        self.y = y
    }
}

public struct Rect: Sendable, Equatable, Hashable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var midX: Int { x + width / 2 }
    public var midY: Int { y + height / 2 }

    /// True when the two rectangles share some area (touching edges do not count).
    public func overlaps(_ other: Rect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    public func contains(_ other: Rect) -> Bool {
        other.x >= x && other.y >= y && other.maxX <= maxX && other.maxY <= maxY
    }
}

/// A rectangle with a role; `id` (unique in its page) lets findings link to it, `mark` shows the
/// most severe finding on it, `link` makes it a hyperlink (a sub proses to its map).
public struct Box: Sendable, Equatable {
    public var frame: Rect
    public var role: String
    public var id: String?
    public var mark: Severity?
    public var link: String?
    /// A tooltip: the full text of what the box shows.
    public var tooltip: String?

    public init(frame: Rect, role: String, id: String? = nil, mark: Severity? = nil, link: String? = nil, tooltip: String? = nil) {
        self.frame = frame
        self.role = role
        self.id = id
        self.mark = mark
        self.link = link
        self.tooltip = tooltip
    }
}

/// Lines of text placed from their top-left corner (`anchor` start) or centre (`middle`).
public struct Label: Sendable, Equatable {
    public var lines: [String]
    public var origin: Point
    public var fontSize: Int
    public var bold: Bool
    public var centered: Bool
    public var role: String

    public init(lines: [String], origin: Point, fontSize: Int, bold: Bool = false, centered: Bool = false, role: String = "") {
        self.lines = lines
        self.origin = origin
        self.fontSize = fontSize
        self.bold = bold
        self.centered = centered
        self.role = role
    }

    /// The area the text covers, from the estimate of `TextMetrics`.
    public var frame: Rect {
        let width = lines.map { TextMetrics.width($0, fontSize: fontSize, bold: bold) }.max() ?? 0
        let height = lines.count * TextMetrics.lineHeight(fontSize)
        return Rect(x: centered ? origin.x - width / 2 : origin.x, y: origin.y, width: width, height: height)
    }
}

/// A block of wrapped text measured before it is placed.
struct TextBlock {
    var lines: [String]
    var fontSize: Int
    var bold: Bool

    init(_ text: String, width: Int, fontSize: Int, bold: Bool = false) {
        lines = TextMetrics.wrap(text, maxWidth: width, fontSize: fontSize, bold: bold)
        self.fontSize = fontSize
        self.bold = bold
    }

    var height: Int { lines.count * TextMetrics.lineHeight(fontSize) }

    func label(at origin: Point, centered: Bool = false, role: String = "") -> Label {
        Label(lines: lines, origin: origin, fontSize: fontSize, bold: bold, centered: centered, role: role)
    }
}
