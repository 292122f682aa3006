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

    @Test func aStandaloneFileIsTheInlineDrawingWithDeclarationAndStyle() {
        var drawing = Drawing(width: 100, height: 40, title: "Peta & uji")
        drawing.add(Box(frame: Rect(x: 1, y: 2, width: 30, height: 20), role: "kegiatan", id: "k0", mark: .error, tooltip: "a < b"))
        let inline = SVGWriter.svg(drawing, prefix: "x")
        let standalone = SVGWriter.markup(drawing, prefix: "x").standalone.string
        #expect(standalone == SVGWriter.standalone(inline: inline))
        #expect(inline.contains("<rect id=\"k0\" class=\"kegiatan mark-error\" x=\"1\" y=\"2\" width=\"30\" height=\"20\"><title>a &lt; b</title></rect>"))
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
