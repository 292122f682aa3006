/// Writes a `Drawing` as SVG: inline in an HTML page, or as a standalone `.svg` file to insert
/// into a Word document or a decree. The SVG carries its own small style sheet so that both
/// look the same; fonts are named, never embedded or fetched.
public enum SVGWriter {
    /// The style of every drawing; marks: error red, warning amber.
    static let style = """
        .peta text{font-family:Arial,Helvetica,'Liberation Sans',sans-serif;fill:#1a1a1a}
        .peta .title{font-weight:bold}
        .peta rect{stroke:#445;stroke-width:1;fill:#fff}
        .peta rect.band-manajemen{fill:#eef3fb}.peta rect.band-utama{fill:#eaf6ec}
        .peta rect.band-pendukung{fill:#fbf3e8}.peta rect.band-lain{fill:#f3f3f3;stroke-dasharray:6 3}
        .peta rect.proses{fill:#fff;stroke:#2f4a7a;stroke-width:1.5}
        .peta rect.subproses{fill:#f5f8ff;stroke:#2f4a7a}
        .peta rect.lintasfungsi{fill:#fff;stroke:#6a7a99}
        .peta rect.lane{fill:#fff;stroke:#889}.peta rect.lane-pj{fill:#fbfcff}
        .peta rect.lane-header{fill:#e9edf5;stroke:#889}
        .peta rect.kegiatan{fill:#fff;stroke:#2f4a7a;stroke-width:1.5}
        .peta rect.ikut{fill:#fff;stroke:#6a7a99;stroke-dasharray:4 3}
        .peta rect.relasi-header{fill:#e9edf5}.peta rect.relasi-unit{fill:#f6f7fa}
        .peta rect.relasi-on{fill:#d7e6fb}
        .peta rect.mark-error{stroke:#c62828;stroke-width:3;fill:#fdecea}
        .peta rect.mark-warning{stroke:#d98f00;stroke-width:3;fill:#fff4d6}
        .peta rect:target{stroke-width:5}
        .peta .lane-pj,.peta .output{font-style:italic;fill:#333}
        .peta line,.peta polyline{fill:none;stroke:#333;stroke-width:1.2}
        .peta .ikut-line,.peta .tree{stroke:#6a7a99;stroke-dasharray:2 3}
        .peta circle.start{fill:#fff;stroke:#2e7d32;stroke-width:2}
        .peta circle.end{fill:#fff;stroke:#b71c1c;stroke-width:4}
        .peta a rect{cursor:pointer}
        """

    /// The drawing as an `<svg>` element; `prefix` keeps ids unique when several drawings
    /// share a page; `attributes` are added to the root (`data-lintas-fungsi="..."`).
    public static func svg(_ drawing: Drawing, prefix: String, attributes: [(String, String)] = []) -> String {
        // One buffer for the whole drawing: a province's maps are hundreds of thousands of
        // elements, and a string per element was a third of their cost.
        var out = ""
        out.reserveCapacity(512 + drawing.items.count * 110)
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"peta\" width=\"\(drawing.width)\" height=\"\(drawing.height)\" "
        out += "viewBox=\"0 0 \(drawing.width) \(drawing.height)\" role=\"img\""
        for (name, value) in attributes { out += " \(name)=\"\(escape(value))\"" }
        out += ">\n<title>\(escape(drawing.title))</title>\n"
        out += "<defs><marker id=\"\(prefix)-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" "
        out += "orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333\"/></marker></defs>\n"
        out += "<rect x=\"0\" y=\"0\" width=\"\(drawing.width)\" height=\"\(drawing.height)\" style=\"stroke:none;fill:#fff\"/>\n"
        for item in drawing.items { element(item, prefix: prefix, into: &out) }
        out += "</svg>\n"
        return out
    }

    /// A standalone `.svg` file: the XML declaration and the style inside the drawing.
    public static func standalone(_ drawing: Drawing) -> String {
        standalone(inline: svg(drawing, prefix: "p"))
    }

    /// The standalone file of a drawing already written inline (`svg(_:prefix:attributes:)`),
    /// so that a page's drawing is serialised once for the page and its `.svg` file.
    public static func standalone(inline svg: String) -> String {
        var file = svg
        let head = file.range(of: "</title>\n")!.upperBound
        file.insert(contentsOf: "<style>\n\(style)\n</style>\n", at: head)
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + file
    }

    private static func element(_ item: Drawing.Item, prefix: String, into out: inout String) {
        switch item {
        case .box(let box): rect(box, into: &out)
        case .text(let label): text(label, into: &out)
        case .line(let points, let role, let arrow):
            out += "<polyline class=\"\(role)\" points=\""
            for (index, point) in points.enumerated() {
                if index > 0 { out += " " }
                out += "\(point.x),\(point.y)"
            }
            out += arrow ? "\" marker-end=\"url(#\(prefix)-arrow)\"/>\n" : "\"/>\n"
        case .circle(let center, let radius, let role):
            out += "<circle class=\"\(role)\" cx=\"\(center.x)\" cy=\"\(center.y)\" r=\"\(radius)\"/>\n"
        }
    }

    private static func rect(_ box: Box, into out: inout String) {
        if let link = box.link { out += "<a href=\"\(escape(link))\">" }
        out += "<rect"
        if let id = box.id { out += " id=\"\(escape(id))\"" }
        out += " class=\"\(box.role)"
        if let mark = box.mark { out += " mark-\(mark.rawValue)" }
        let frame = box.frame
        out += "\" x=\"\(frame.x)\" y=\"\(frame.y)\" width=\"\(frame.width)\" height=\"\(frame.height)\""
        if let tooltip = box.tooltip, !tooltip.isEmpty {
            out += "><title>\(escape(tooltip))</title></rect>"
        } else {
            out += "/>"
        }
        if box.link != nil { out += "</a>" }
        out += "\n"
    }

    private static func text(_ label: Label, into out: inout String) {
        let lineHeight = TextMetrics.lineHeight(label.fontSize)
        out += "<text class=\"\(label.role)\" font-size=\"\(label.fontSize)\""
        if label.bold { out += " font-weight=\"bold\"" }
        if label.centered { out += " text-anchor=\"middle\"" }
        out += ">"
        for (index, line) in label.lines.enumerated() {
            let baseline = label.origin.y + index * lineHeight + lineHeight * 3 / 4
            out += "<tspan x=\"\(label.origin.x)\" y=\"\(baseline)\">\(escape(line))</tspan>"
        }
        out += "</text>\n"
    }

    /// Text made safe in XML content and attribute values.
    static func escape(_ text: String) -> String {
        // Most texts need nothing: a look at their bytes says so without building a copy.
        if !text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A) }) {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // Control characters are not allowed in XML 1.0.
                if let ascii = character.asciiValue, ascii < 0x20, ascii != 0x09, ascii != 0x0A { out += " " } else { out.append(character) }
            }
        }
        return out
    }
}
