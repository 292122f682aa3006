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
        .peta line,.peta polyline,.peta path.ikut-line{fill:none;stroke:#333;stroke-width:1.2}
        .peta .ikut-line,.peta .tree{stroke:#6a7a99;stroke-dasharray:2 3}
        .peta circle.start{fill:#fff;stroke:#2e7d32;stroke-width:2}
        .peta circle.end{fill:#fff;stroke:#b71c1c;stroke-width:4}
        .peta a rect{cursor:pointer}
        """

    /// The drawing as an `<svg>` element; `prefix` keeps ids unique when several drawings
    /// share a page; `attributes` are added to the root (`data-lintas-fungsi="..."`).
    public static func svg(_ drawing: Drawing, prefix: String, attributes: [(String, String)] = []) -> String {
        markup(drawing, prefix: prefix, attributes: attributes).inline.string
    }

    /// A standalone `.svg` file: the XML declaration and the style inside the drawing.
    public static func standalone(_ drawing: Drawing) -> String {
        markup(drawing, prefix: "p").standalone.string
    }

    /// The standalone file of a drawing already written inline (`svg(_:prefix:attributes:)`).
    public static func standalone(inline svg: String) -> String {
        var file = svg
        let head = file.range(of: "</title>\n")!.upperBound
        file.insert(contentsOf: "<style>\n\(style)\n</style>\n", at: head)
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + file
    }

    /// A drawing serialised once, for its page (`inline`) and its `.svg` file (`standalone`,
    /// which differs only by the XML declaration and the style sheet after the title).
    struct Markup {
        let inline: MarkupBuffer
        /// Where the style sheet goes in the standalone file: right after `</title>`.
        let headEnd: Int

        var standalone: MarkupBuffer {
            var file = MarkupBuffer(capacity: inline.count + style.utf8.count + 64)
            file.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            file.raw(inline.bytes[..<headEnd])
            file.raw("<style>\n")
            file.verbatim(style)
            file.raw("\n</style>\n")
            file.raw(inline.bytes[headEnd...])
            return file
        }
    }

    static func markup(_ drawing: Drawing, prefix: String, attributes: [(String, String)] = []) -> Markup {
        var out = MarkupBuffer(capacity: 512 + drawing.items.count * 110)
        out.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"peta\" width=\"")
        out.int(drawing.width)
        out.raw("\" height=\"")
        out.int(drawing.height)
        out.raw("\" viewBox=\"0 0 ")
        out.int(drawing.width)
        out.raw(" ")
        out.int(drawing.height)
        out.raw("\" role=\"img\"")
        for (name, value) in attributes {
            out.raw(" ")
            out.verbatim(name)
            out.raw("=\"")
            out.escaped(value)
            out.raw("\"")
        }
        out.raw(">\n<title>")
        out.escaped(drawing.title)
        out.raw("</title>\n")
        let headEnd = out.count
        out.raw("<defs><marker id=\"")
        out.verbatim(prefix)
        out.raw("-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" ")
        out.raw("orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333\"/></marker></defs>\n")
        out.raw("<rect x=\"0\" y=\"0\" width=\"")
        out.int(drawing.width)
        out.raw("\" height=\"")
        out.int(drawing.height)
        out.raw("\" style=\"stroke:none;fill:#fff\"/>\n")
        for item in drawing.items { element(item, prefix: prefix, into: &out) }
        out.raw("</svg>\n")
        return Markup(inline: out, headEnd: headEnd)
    }

    private static func element(_ item: Drawing.Item, prefix: String, into out: inout MarkupBuffer) {
        switch item {
        case .box(let box): rect(box, into: &out)
        case .text(let label): text(label, into: &out)
        case .line(let points, let role, let arrow):
            out.raw("<polyline class=\"")
            out.verbatim(role)
            out.raw("\" points=\"")
            for (index, point) in points.enumerated() {
                if index > 0 { out.raw(" ") }
                out.int(point.x)
                out.raw(",")
                out.int(point.y)
            }
            if arrow {
                out.raw("\" marker-end=\"url(#")
                out.verbatim(prefix)
                out.raw("-arrow)\"/>\n")
            } else {
                out.raw("\"/>\n")
            }
        case .path(let pieces, let role):
            out.raw("<path class=\"")
            out.verbatim(role)
            out.raw("\" d=\"")
            for piece in pieces {
                for (index, point) in piece.enumerated() {
                    out.raw(index == 0 ? "M" : "L")
                    out.int(point.x)
                    out.raw(",")
                    out.int(point.y)
                }
            }
            out.raw("\"/>\n")
        case .circle(let center, let radius, let role):
            out.raw("<circle class=\"")
            out.verbatim(role)
            out.raw("\" cx=\"")
            out.int(center.x)
            out.raw("\" cy=\"")
            out.int(center.y)
            out.raw("\" r=\"")
            out.int(radius)
            out.raw("\"/>\n")
        }
    }

    private static func rect(_ box: Box, into out: inout MarkupBuffer) {
        if let link = box.link {
            out.raw("<a href=\"")
            out.escaped(link)
            out.raw("\">")
        }
        out.raw("<rect")
        if let id = box.id {
            out.raw(" id=\"")
            out.escaped(id)
            out.raw("\"")
        }
        out.raw(" class=\"")
        out.verbatim(box.role)
        if let mark = box.mark {
            out.raw(" mark-")
            out.verbatim(mark.rawValue)
        }
        let frame = box.frame
        out.raw("\" x=\"")
        out.int(frame.x)
        out.raw("\" y=\"")
        out.int(frame.y)
        out.raw("\" width=\"")
        out.int(frame.width)
        out.raw("\" height=\"")
        out.int(frame.height)
        out.raw("\"")
        if let tooltip = box.tooltip, !tooltip.isEmpty {
            out.raw("><title>")
            out.escaped(tooltip)
            out.raw("</title></rect>")
        } else {
            out.raw("/>")
        }
        if box.link != nil { out.raw("</a>") }
        out.raw("\n")
    }

    private static func text(_ label: Label, into out: inout MarkupBuffer) {
        let lineHeight = TextMetrics.lineHeight(label.fontSize)
        out.raw("<text class=\"")
        out.verbatim(label.role)
        out.raw("\" font-size=\"")
        out.int(label.fontSize)
        out.raw("\"")
        if label.bold { out.raw(" font-weight=\"bold\"") }
        if label.centered { out.raw(" text-anchor=\"middle\"") }
        out.raw(">")
        for (index, line) in label.lines.enumerated() {
            out.raw("<tspan x=\"")
            out.int(label.origin.x)
            out.raw("\" y=\"")
            out.int(label.origin.y + index * lineHeight + lineHeight * 3 / 4)
            out.raw("\">")
            out.escaped(line)
            out.raw("</tspan>")
        }
        out.raw("</text>\n")
    }

    /// Text made safe in XML content and attribute values (`MarkupBuffer.escaped`).
    static func escape(_ text: String) -> String {
        // Most texts need nothing: a look at their bytes says so without building a copy.
        guard text.utf8.contains(where: MarkupBuffer.needsEscape) else { return text }
        var out = MarkupBuffer(capacity: text.utf8.count + 16)
        out.escaped(text)
        return out.string
    }
}
