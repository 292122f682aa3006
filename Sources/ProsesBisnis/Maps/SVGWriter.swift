import Foundation
import Synchronization

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
        String(decoding: markup(drawing, prefix: "p").standalone.joined(), as: UTF8.self)
    }

    /// A drawing serialised once, for its page (`inline`) and its `.svg` file (`standalone`,
    /// which differs only by the XML declaration and the style sheet after the title).
    struct Markup {
        let inline: MarkupBuffer
        /// Where the style sheet goes in the standalone file: right after `</title>`.
        let headEnd: Int
        /// The classes the drawing uses: its file carries only the style rules that name one.
        let classes: [String]

        /// The file's pieces: the declaration, the inline markup up to the title, the style
        /// block and the rest of the inline markup, which is shared, not copied.
        var standalone: [ArraySlice<UInt8>] {
            [SVGWriter.declaration[...], inline.bytes[..<headEnd], StyleSheet.block(for: classes)[...], inline.bytes[headEnd...]]
        }
    }

    static let declaration = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".utf8)

    /// The style sheet cut into rules, so that a standalone file carries only the rules of the
    /// classes it uses (an `.svg` of a lintas fungsi needs no process bands): on a province's
    /// map site that is a tenth of every `.svg` file.
    enum StyleSheet {
        /// Each rule with the classes its selectors name (besides `peta`); a rule with a selector
        /// that names none (`.peta text`, `.peta line,.peta polyline,...`) applies to every drawing.
        static let parsed: [(classes: [String], text: String)] = style.split(separator: "}").compactMap { piece in
            let text = piece.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let brace = text.firstIndex(of: "{") else { return nil }
            var classes: [String] = []
            for selector in text[..<brace].split(separator: ",") {
                let named = classNames(in: selector)
                guard !named.isEmpty else { return ([], text + "}") }
                classes += named
            }
            return (classes, text + "}")
        }

        /// The class names in one selector (`.peta rect.band-utama` → `band-utama`).
        private static func classNames(in selector: Substring) -> [String] {
            var names: [String] = []
            var current: String?
            for character in selector + " " {
                if character.isLetter || character.isNumber || character == "-" || character == "_" {
                    current?.append(character)
                    continue
                }
                if let name = current, !name.isEmpty, name != "peta" { names.append(name) }
                current = character == "." ? "" : nil
            }
            return names
        }

        /// The rules that apply to a drawing using `used`, in the sheet's order, one per line.
        static func rules(for used: [String]) -> String {
            parsed.filter { $0.classes.isEmpty || $0.classes.contains(where: used.contains) }.map(\.text).joined(separator: "\n")
        }

        /// `<style>` with the rules for `used`: made once per set of classes (a site has a few
        /// dozen sets: one per kind of drawing and its marks), shared by every file with it.
        static func block(for used: [String]) -> [UInt8] {
            if let block = cache.withLock({ $0[used] }) { return block }
            let block = Array("<style>\n\(rules(for: used))\n</style>\n".utf8)
            cache.withLock { $0[used] = block }
            return block
        }

        private static let cache = Mutex<[[String]: [UInt8]]>([:])
    }

    static func markup(_ drawing: Drawing, prefix: String, attributes: [(String, String)] = []) -> Markup {
        // Texts of the most common size leave it to the root (inherited), others say theirs.
        let fontSize = commonFontSize(drawing)
        let hasArrows = drawing.items.contains { if case .line(_, _, true) = $0 { true } else { false } }
        var out = MarkupBuffer(capacity: 512 + drawing.items.count * 100)
        var classes = Classes()
        out.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"peta\" width=\"")
        out.int(drawing.width)
        out.raw("\" height=\"")
        out.int(drawing.height)
        out.raw("\" viewBox=\"0 0 ")
        out.int(drawing.width)
        out.raw(" ")
        out.int(drawing.height)
        out.raw("\" font-size=\"")
        out.int(fontSize)
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
        if hasArrows {
            out.raw("<defs><marker id=\"")
            out.verbatim(prefix)
            out.raw("-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" ")
            out.raw("orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333\"/></marker></defs>\n")
        }
        out.raw("<rect x=\"0\" y=\"0\" width=\"")
        out.int(drawing.width)
        out.raw("\" height=\"")
        out.int(drawing.height)
        out.raw("\" style=\"stroke:none;fill:#fff\"/>\n")
        for item in drawing.items { element(item, prefix: prefix, fontSize: fontSize, classes: &classes, into: &out) }
        out.raw("</svg>\n")
        return Markup(inline: out, headEnd: headEnd, classes: classes.names)
    }

    /// The font size most of the drawing's texts have (the smaller on a tie; 12 without text).
    static func commonFontSize(_ drawing: Drawing) -> Int {
        var counts: [(size: Int, count: Int)] = []
        for case .text(let label) in drawing.items {
            if let index = counts.firstIndex(where: { $0.size == label.fontSize }) {
                counts[index].count += 1
            } else {
                counts.append((label.fontSize, 1))
            }
        }
        return counts.max { $0.count < $1.count || ($0.count == $1.count && $0.size > $1.size) }?.size ?? MapStyle.textSize
    }

    /// The distinct class names of a drawing as it is written (a drawing has a dozen at most).
    struct Classes {
        private(set) var names: [String] = []
        /// The roles seen so far, as written (`lane lane-pj`): most items repeat one of them,
        /// and one hash of a short string costs less than comparing it with each role seen.
        private var roles: Set<String> = []
        private var seen: Set<Substring> = []

        mutating func note(_ role: String) {
            guard roles.insert(role).inserted else { return }
            // Most roles are one class: no splitting.
            guard role.utf8.contains(0x20) else {
                if seen.insert(role[...]).inserted { names.append(role) }
                return
            }
            for name in role.split(separator: " ") where seen.insert(name).inserted {
                names.append(String(name))
            }
        }
    }

    private static func element(_ item: Drawing.Item, prefix: String, fontSize: Int, classes: inout Classes,
                                into out: inout MarkupBuffer) {
        switch item {
        case .box(let box):
            classes.note(box.role)
            if let mark = box.mark { classes.note("mark-" + mark.rawValue) }
            rect(box, into: &out)
        case .text(let label):
            classes.note(label.role)
            text(label, defaultFontSize: fontSize, into: &out)
        case .line(let points, let role, let arrow):
            classes.note(role)
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
            classes.note(role)
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
            classes.note(role)
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

    /// A label: one line as the `<text>` itself, several as a `<tspan>` each.
    private static func text(_ label: Label, defaultFontSize: Int, into out: inout MarkupBuffer) {
        let lineHeight = TextMetrics.lineHeight(label.fontSize)
        out.raw("<text class=\"")
        out.verbatim(label.role)
        out.raw("\"")
        if label.fontSize != defaultFontSize {
            out.raw(" font-size=\"")
            out.int(label.fontSize)
            out.raw("\"")
        }
        if label.bold { out.raw(" font-weight=\"bold\"") }
        if label.centered { out.raw(" text-anchor=\"middle\"") }
        if label.lines.count == 1 {
            out.raw(" x=\"")
            out.int(label.origin.x)
            out.raw("\" y=\"")
            out.int(label.origin.y + lineHeight * 3 / 4)
            out.raw("\">")
            out.escaped(label.lines[0])
            out.raw("</text>\n")
            return
        }
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
