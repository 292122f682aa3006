import Foundation
import Testing
@testable import ProsesBisnis

/// The byte writer behind every SVG, BPMN and HTML file of the map site.
struct MarkupBufferTests {
    @Test(arguments: [(0, "0"), (7, "7"), (10, "10"), (2382, "2382"), (-45, "-45"), (Int.max, "\(Int.max)"), (Int.min, "\(Int.min)")])
    func numbersAreWrittenInDecimal(value: Int, text: String) {
        var out = MarkupBuffer()
        out.int(value)
        #expect(out.string == text)
    }

    /// One to four digits take their own way: every length and its edges, against `String`.
    @Test func everyNumberOfUpToSixDigitsIsWrittenAsStringWritesIt() {
        for value in Array(-10_000...100_000) + [999_999, 1_000_000, -1_000_000] {
            var out = MarkupBuffer()
            out.raw("x")
            out.int(value)
            #expect(out.string == "x\(value)", "\(value)")
            if out.string != "x\(value)" { break }
        }
    }

    @Test func markupCharactersBecomeEntitiesAndControlCharactersSpaces() {
        var out = MarkupBuffer()
        out.escaped("Dinas \"A\" & <B>\u{1}\tC\r\nD\rE\nF")
        #expect(out.string == "Dinas &quot;A&quot; &amp; &lt;B&gt; \tC\r\nD E\nF")
        #expect(SVGWriter.escape("Dinas \"A\" & <B>\u{1}") == "Dinas &quot;A&quot; &amp; &lt;B&gt; ")
    }

    @Test func textThatNeedsNothingIsCopiedAsItIs() {
        var out = MarkupBuffer()
        out.raw("<t>")
        out.escaped("Bidang Pemerintahan — Kecamatan Bantul")
        out.raw("</t>")
        #expect(out.string == "<t>Bidang Pemerintahan — Kecamatan Bantul</t>")
    }

    @Test func aStandaloneFileIsTheInlineDrawingWithDeclarationAndTheRulesItUses() throws {
        var drawing = Drawing(width: 100, height: 40, title: "Peta & uji")
        drawing.add(Box(frame: Rect(x: 1, y: 2, width: 30, height: 20), role: "kegiatan", id: "k0", mark: .error, tooltip: "a < b"))
        let inline = SVGWriter.svg(drawing, prefix: "x")
        let standalone = SVGWriter.markup(drawing, prefix: "x").standalone
        let file = String(decoding: standalone.joined(), as: UTF8.self)
        #expect(inline.contains("<rect id=\"k0\" class=\"kegiatan mark-error\" x=\"1\" y=\"2\" width=\"30\" height=\"20\"><title>a &lt; b</title></rect>"))
        // The inline drawing is shared, not copied: two of the file's pieces are slices of it.
        #expect(standalone.count == 4)
        let style = String(decoding: standalone[2], as: UTF8.self)
        #expect(file == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + inline.replacingOccurrences(of: "</title>\n", with: "</title>\n" + style))
        #expect(style.hasPrefix("<style>\n") && style.hasSuffix("\n</style>\n"))
        for rule in [".peta text{", ".peta rect.kegiatan{", ".peta rect.mark-error{", ".peta rect:target{",
                     ".peta line,.peta polyline,.peta path.ikut-line{"] {
            #expect(style.contains(rule), "\(rule) missing")
        }
        for rule in ["band-utama", "lane-header", "mark-warning", "circle.start"] {
            #expect(!style.contains(rule), "\(rule) is not used by the drawing")
        }
        // Every rule of the whole sheet is kept by some set of classes, unchanged.
        let all = SVGWriter.StyleSheet.rules(for: SVGWriter.StyleSheet.parsed.flatMap(\.classes))
        #expect(all.replacingOccurrences(of: "\n", with: "") == SVGWriter.style.replacingOccurrences(of: "\n", with: ""))
    }

    @Test func oneLineTextIsTheTextElementAndTheCommonSizeIsSaidOnce() {
        var drawing = Drawing(width: 200, height: 100, title: "T")
        drawing.add(Label(lines: ["Satu"], origin: Point(10, 20), fontSize: 11, role: "output"))
        drawing.add(Label(lines: ["Dua"], origin: Point(10, 40), fontSize: 11, role: "output"))
        drawing.add(Label(lines: ["Tiga", "baris"], origin: Point(10, 60), fontSize: 12, bold: true, role: "kegiatan-text"))
        let svg = SVGWriter.svg(drawing, prefix: "x")
        #expect(svg.contains("viewBox=\"0 0 200 100\" font-size=\"11\" role=\"img\""))
        #expect(svg.contains("<text class=\"output\" x=\"10\" y=\"31\">Satu</text>"))
        #expect(svg.contains("<text class=\"kegiatan-text\" font-size=\"12\" font-weight=\"bold\"><tspan x=\"10\" y=\"72\">Tiga</tspan><tspan x=\"10\" y=\"88\">baris</tspan></text>"))
        // A drawing without arrows has no marker.
        #expect(!svg.contains("<marker"))
    }

    @Test func piecesAreJoinedInOrderWithoutTheTextBetweenThemLost() {
        let shared = MarkupBuffer(capacity: 8)
        var drawing = shared
        drawing.raw("<svg/>")
        var pieces = MarkupPieces()
        pieces.text.raw("<p>a</p>")
        pieces.append(shared: drawing)
        pieces.append(shared: drawing)
        pieces.text.raw("<p>b</p>")
        var page = MarkupPieces()
        page.text.raw("<html>")
        page.append(pieces)
        page.text.raw("</html>")
        #expect(page.string == "<html><p>a</p><svg/><svg/><p>b</p></html>")
        #expect(page.count == page.string.utf8.count)
    }
}

/// PENANGGUNG JAWAB texts naming several units, as the maps and the rules split them.
struct UnitNamePartsTests {
    @Test func partsAreSplitAtSeparatorsAndTrimmed() {
        #expect(UnitNames.parts(" Sekretariat / Bidang A;Bidang B ,\tSeksi C\nUPT ") == ["Sekretariat", "Bidang A", "Bidang B", "Seksi C", "UPT"])
        #expect(UnitNames.parts("/ ,;") == [])
        #expect(UnitNames.parts("") == [])
    }

    @Test func aWindowsLineBreakIsNotASeparator() {
        // `\r\n` is one Character: the reading by characters never split there, nor does this one.
        #expect(UnitNames.parts("Bidang A\r\nBidang B") == ["Bidang A\r\nBidang B"])
        #expect(UnitNames.parts("Bidang A\nBidang B") == ["Bidang A", "Bidang B"])
    }
}
