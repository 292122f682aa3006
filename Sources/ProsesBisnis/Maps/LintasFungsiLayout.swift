import Spreadsheet

/// Peta Lintas Fungsi (cross-functional map): one lane per unit in the order of the table's unit
/// columns, a start event, the activities left to right in NO order, an end event.
///
/// Each activity has one column. Its full box (number and text, output written under it) sits
/// in the lane of its PENANGGUNG JAWAB, or of its first marked unit when the PJ names no unit
/// of the table; every other unit marked on the row gets a small dashed box with the number in
/// its own lane of that column, tied to the full box by a dotted line at the column's left
/// edge. Arrows join consecutive full boxes, turning only in the gaps between columns, so no
/// arrow crosses a box. Lanes grow to their tallest box; nothing shrinks.
public enum LintasFungsiLayout {
    static let headerWidth = 170
    static let eventWidth = 56
    static let columnWidth = 180
    static let gapWidth = 44
    /// Space left of each box for the participation connector.
    static let connectorInset = 10
    static let minimumLaneHeight = 64
    static let participationHeight = 24
    /// Arrows meet boxes this far below their top edge (every box is taller).
    static let arrowDrop = 16
    static let eventRadius = 12

    public struct Lane: Sendable {
        public var name: String
        public var id: String
        public var mark: Severity?

        public init(name: String, id: String, mark: Severity? = nil) {
            self.name = name
            self.id = id
            self.mark = mark
        }
    }

    public struct Activity: Sendable {
        public var no: String
        public var uraian: String
        public var output: String
        /// The lane of the full box (PJ, else first marked unit, else the first lane).
        public var main: Int
        /// Other lanes marked on the row.
        public var participants: [Int]
        /// The PENANGGUNG JAWAB as written, shown when it names no lane.
        public var unmatchedPJ: String?
        public var id: String
        public var mark: Severity?

        public init(no: String, uraian: String, output: String, main: Int, participants: [Int], unmatchedPJ: String? = nil,
                    id: String, mark: Severity? = nil) {
            self.no = no
            self.uraian = uraian
            self.output = output
            self.main = main
            self.participants = participants
            self.unmatchedPJ = unmatchedPJ
            self.id = id
            self.mark = mark
        }
    }

    /// Where things went, for BPMN and tests: per activity its full box, per lane its frame.
    public struct Geometry: Sendable {
        public var lanes: [Rect] = []
        public var tasks: [Rect] = []
        public var start = Rect(x: 0, y: 0, width: 0, height: 0)
        public var end = Rect(x: 0, y: 0, width: 0, height: 0)
    }

    public static func draw(title: String, lanes: [Lane], activities: [Activity], language: Language) -> Drawing {
        layout(title: title, lanes: lanes, activities: activities, language: language).drawing
    }

    public static func layout(title: String, lanes input: [Lane], activities: [Activity],
                              language: Language) -> (drawing: Drawing, geometry: Geometry) {
        let lanes = input.isEmpty ? [Lane(name: language == .en ? "(no unit)" : "(tanpa unit)", id: "")] : input
        let x0 = MapStyle.margin
        let bodyX = x0 + headerWidth + eventWidth
        let width = headerWidth + eventWidth + activities.count * (columnWidth + gapWidth) + gapWidth + eventWidth
        var drawing = Drawing(width: width + 2 * MapStyle.margin, height: 0, title: title)
        let top = MapStyle.addTitle(title, to: &drawing, width: max(drawing.width, 480))
        let blocks = activities.map { content($0, language: language) }
        let names = lanes.map { TextBlock($0.name, width: headerWidth - 2 * MapStyle.padding, fontSize: MapStyle.textSize, bold: true) }
        let heights = laneHeights(names, activities, blocks)
        var geometry = Geometry()
        var y = top
        for height in heights {
            geometry.lanes.append(Rect(x: x0, y: y, width: width, height: height))
            y += height
        }
        drawLanes(lanes, names: names, geometry.lanes, activities: activities, language: language, to: &drawing)
        func columnLeft(_ k: Int) -> Int { bodyX + gapWidth + k * (columnWidth + gapWidth) }
        for (k, activity) in activities.enumerated() {
            let frame = drawActivity(activity, blocks[k], left: columnLeft(k), lanes: geometry.lanes, to: &drawing)
            geometry.tasks.append(frame)
        }
        addEvents(&geometry, bodyX: bodyX, endX: columnLeft(activities.count) - gapWidth / 2 + eventWidth / 2,
                  activities: activities, to: &drawing)
        addFlows(geometry, columnLeft: columnLeft, to: &drawing)
        drawing.height = y + MapStyle.margin
        MapStyle.addLegend(to: &drawing, language: language)
        return (drawing, geometry)
    }

    /// What an activity's column shows in its full box and under it.
    struct Content {
        var text: TextBlock
        var under: TextBlock
        var boxHeight: Int { text.height + 2 * MapStyle.padding }
        var height: Int { boxHeight + (under.lines.isEmpty ? 0 : 4 + under.height) }
    }

    static var boxWidth: Int { columnWidth - connectorInset }

    static func content(_ activity: Activity, language: Language) -> Content {
        let inner = boxWidth - 2 * MapStyle.padding
        let number = activity.no.isEmpty ? "" : activity.no + ". "
        let text = TextBlock(number + (activity.uraian.isEmpty ? "—" : activity.uraian), width: inner, fontSize: MapStyle.textSize)
        var notes: [String] = []
        if !activity.output.isEmpty { notes.append((language == .en ? "Output: " : "Keluaran: ") + activity.output) }
        if let pj = activity.unmatchedPJ, !pj.isEmpty { notes.append("PJ: " + pj) }
        var under = TextBlock("", width: boxWidth, fontSize: MapStyle.smallSize)
        for note in notes { under.lines += TextBlock(note, width: boxWidth, fontSize: MapStyle.smallSize).lines }
        return Content(text: text, under: under)
    }

    /// Each lane as tall as its header text (`names`, wrapped) and its tallest box (with what
    /// is written under it).
    private static func laneHeights(_ names: [TextBlock], _ activities: [Activity], _ blocks: [Content]) -> [Int] {
        var heights = names.map { name in
            max(minimumLaneHeight, name.height + TextMetrics.lineHeight(MapStyle.smallSize) + 2 * MapStyle.padding)
        }
        for (activity, block) in zip(activities, blocks) {
            heights[activity.main] = max(heights[activity.main], block.height + 2 * MapStyle.padding)
            for lane in activity.participants {
                heights[lane] = max(heights[lane], participationHeight + 2 * MapStyle.padding)
            }
        }
        return heights
    }

    private static func drawLanes(_ lanes: [Lane], names: [TextBlock], _ frames: [Rect], activities: [Activity],
                                  language: Language, to drawing: inout Drawing) {
        var responsibleCounts = Array(repeating: 0, count: lanes.count)
        for activity in activities where activity.unmatchedPJ == nil && responsibleCounts.indices.contains(activity.main) {
            responsibleCounts[activity.main] += 1
        }
        for (index, (lane, frame)) in zip(lanes, frames).enumerated() {
            let responsible = responsibleCounts[index]
            drawing.add(Box(frame: frame, role: responsible > 0 ? "lane lane-pj" : "lane"))
            let header = Rect(x: frame.x, y: frame.y, width: headerWidth, height: frame.height)
            // No tooltip: the name is written in full (wrapped) in the header.
            drawing.add(Box(frame: header, role: "lane-header", id: lane.id.isEmpty ? nil : lane.id, mark: lane.mark))
            let name = names[index]
            drawing.add(name.label(at: Point(frame.x + MapStyle.padding, frame.y + MapStyle.padding), role: "lane-name"))
            if responsible > 0 {
                let note = language == .en ? "PJ of \(responsible) activit\(responsible == 1 ? "y" : "ies")" : "PJ \(responsible) kegiatan"
                drawing.add(Label(lines: [note], origin: Point(frame.x + MapStyle.padding, frame.y + MapStyle.padding + name.height),
                                  fontSize: MapStyle.smallSize, role: "lane-pj"))
            }
        }
    }

    /// The full box, what is under it, and the participation boxes; returns the full box.
    private static func drawActivity(_ activity: Activity, _ content: Content, left: Int, lanes: [Rect],
                                     to drawing: inout Drawing) -> Rect {
        let x = left + connectorInset
        let main = Rect(x: x, y: lanes[activity.main].y + MapStyle.padding, width: boxWidth, height: content.boxHeight)
        // No tooltip: the box grows until its text is written in full; a dashed box of another
        // lane, which shows only the number, has the text as its tooltip.
        drawing.add(Box(frame: main, role: "kegiatan", id: activity.id, mark: activity.mark))
        drawing.add(content.text.label(at: Point(x + MapStyle.padding, main.y + MapStyle.padding), role: "kegiatan-text"))
        if !content.under.lines.isEmpty {
            drawing.add(content.under.label(at: Point(x, main.maxY + 4), role: "output"))
        }
        guard !activity.participants.isEmpty else { return main }
        let number = TextBlock(activity.no.isEmpty ? "•" : activity.no, width: boxWidth, fontSize: MapStyle.smallSize)
        var ticks: [Int] = []
        for lane in activity.participants {
            let frame = Rect(x: x, y: lanes[lane].y + MapStyle.padding, width: boxWidth, height: participationHeight)
            drawing.add(Box(frame: frame, role: "ikut", tooltip: activity.uraian))
            drawing.add(number.label(at: Point(frame.midX, frame.y + 5), centered: true, role: "ikut-text"))
            ticks.append(frame.midY)
        }
        let tickX = left + connectorInset / 2
        let all = (ticks + [main.maxY - 8]).sorted()
        let spine = [Point(tickX, all.first!), Point(tickX, all.last!)]
        drawing.items.append(.path(pieces: [spine] + all.map { [Point(tickX, $0), Point(x, $0)] }, role: "ikut-line"))
        return main
    }

    private static func addEvents(_ geometry: inout Geometry, bodyX: Int, endX: Int, activities: [Activity],
                                  to drawing: inout Drawing) {
        let firstLane = geometry.lanes[activities.first?.main ?? 0]
        let lastLane = geometry.lanes[activities.last?.main ?? 0]
        let startCenter = Point(bodyX - eventWidth / 2 + gapWidth / 2, firstLane.y + MapStyle.padding + arrowDrop)
        let endCenter = Point(endX, lastLane.y + MapStyle.padding + arrowDrop)
        geometry.start = Rect(x: startCenter.x - eventRadius, y: startCenter.y - eventRadius, width: 2 * eventRadius, height: 2 * eventRadius)
        geometry.end = Rect(x: endCenter.x - eventRadius, y: endCenter.y - eventRadius, width: 2 * eventRadius, height: 2 * eventRadius)
        drawing.items.append(.circle(center: startCenter, radius: eventRadius, role: "start"))
        drawing.items.append(.circle(center: endCenter, radius: eventRadius, role: "end"))
    }

    /// Arrows start → first, each activity → the next, last → end; a change of lane turns in
    /// the gap before the target column.
    private static func addFlows(_ geometry: Geometry, columnLeft: (Int) -> Int, to drawing: inout Drawing) {
        var from = Point(geometry.start.maxX, geometry.start.midY)
        for (k, task) in geometry.tasks.enumerated() {
            let to = Point(task.x, task.y + arrowDrop)
            drawing.items.append(.line(points: route(from, to, turnX: columnLeft(k) - gapWidth / 2), role: "flow", arrow: true))
            from = Point(task.maxX, task.y + arrowDrop)
        }
        let end = Point(geometry.end.x, geometry.end.midY)
        drawing.items.append(.line(points: route(from, end, turnX: end.x - eventRadius - 6), role: "flow", arrow: true))
    }

    static func route(_ from: Point, _ to: Point, turnX: Int) -> [Point] {
        from.y == to.y ? [from, to] : [from, Point(turnX, from.y), Point(turnX, to.y), to]
    }
}
