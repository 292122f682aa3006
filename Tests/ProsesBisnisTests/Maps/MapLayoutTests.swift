import Foundation
import Testing
@testable import ProsesBisnis

/// The geometry of the maps: text that fits, nothing overlapping, sizes never below legible.
struct MapLayoutTests {
    @Test(arguments: [
        ("Menyusun rencana kebutuhan sarana dan prasarana PAUD", 120),
        ("KeputusanKepalaDinasPendidikanKebudayaanPemudaDanOlahraga", 80),
        ("a", 10),
    ])
    func wrappedLinesFitTheirWidth(_ text: String, _ width: Int) {
        let lines = TextMetrics.wrap(text, maxWidth: width, fontSize: 12)
        #expect(!lines.isEmpty)
        for line in lines where line.count > 1 { #expect(TextMetrics.width(line, fontSize: 12) <= width, "\(line)") }
        #expect(lines.joined().replacingOccurrences(of: " ", with: "") == text.replacingOccurrences(of: " ", with: ""))
    }

    /// A plain line (single spaces, ASCII) is wrapped on its bytes; the same words with other
    /// spacing take the word-by-word path: both must break at the same places.
    @Test(arguments: [60, 90, 120, 200, 400])
    func plainLinesBreakWhereTheWordByWordPathBreaks(_ width: Int) {
        let texts = ["Menyusun rencana kebutuhan sarana dan prasarana PAUD tahun anggaran berikutnya",
                     "Melakukan verifikasi usulan bantuan dari satuan PAUD (berita acara) / 2024",
                     "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z", "Pengadministrasian"]
        for bold in [false, true] {
            for text in texts {
                let plain = TextMetrics.wrap(text, maxWidth: width, fontSize: 12, bold: bold)
                let spaced = TextMetrics.wrap(" " + text.replacingOccurrences(of: " ", with: "  ") + "\n",
                                              maxWidth: width, fontSize: 12, bold: bold)
                #expect(plain == spaced, "\(text) at \(width)")
            }
        }
    }

    @Test func widthEstimateIsDeterministicAndGrowsWithText() {
        #expect(TextMetrics.width("Sekretariat", fontSize: 12) == TextMetrics.width("Sekretariat", fontSize: 12))
        #expect(TextMetrics.width("Sekretariat Dinas", fontSize: 12) > TextMetrics.width("Sekretariat", fontSize: 12))
        #expect(TextMetrics.width("WWWW", fontSize: 12, bold: true) > TextMetrics.width("WWWW", fontSize: 12))
    }

    /// The width classes in hundredths of the font size (at size 100 a width is the sum):
    /// narrow 36, wide 92, capitals 72, the rest of ASCII 58, any other character 80 however
    /// many bytes it takes in UTF-8.
    @Test(arguments: [("il", 72), ("mW", 184), ("Aa", 130), ("{~", 116), ("é", 80), ("—", 80), ("😀", 80),
                      ("Kabupaten Bantul — Dinas", 72 * 3 + 36 * 7 + 58 * 13 + 80)])
    func charactersAreMeasuredByTheirClass(_ text: String, _ hundredths: Int) {
        #expect(TextMetrics.width(text, fontSize: 100) == hundredths)
    }

    /// A process column of the Peta Relasi is as wide as the longest word of the headers, so a
    /// word such as `Penyelenggaraan` is never cut in two; past 160 pixels a word is cut instead.
    @Test func relasiColumnsGrowToTheirLongestWordUpToALimit() {
        let names = ["Penyelenggaraan Pemerintahan dan Pelayanan Publik", "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"]
        let processes = names.enumerated().map { MapFixtures.node("KECKLB.0\($0.offset + 1)", $0.element) }
        let drawing = RelasiMapLayout.draw(title: "PETA RELASI", processes: processes,
                                           rows: [.init(unit: "Camat", counts: [1, 2])], language: .id)
        let words = Set(names.flatMap { $0.split(separator: " ").map(String.init) } + ["KECKLB.01", "KECKLB.02"])
        let headerLines = drawing.labels.filter { $0.role == "header" && $0.centered }.flatMap(\.lines)
        #expect(!headerLines.isEmpty)
        for line in headerLines {
            for word in line.split(separator: " ") { #expect(words.contains(String(word)), "\(word) is a piece of a word") }
        }
        let width = RelasiMapLayout.columnWidth(processes)
        #expect(width > RelasiMapLayout.minimumCellWidth && width <= RelasiMapLayout.maxCellWidth)
        #expect(RelasiMapLayout.columnWidth([MapFixtures.node("A.01", "Umum")]) == RelasiMapLayout.minimumCellWidth)
        let long = [MapFixtures.node("A.01", String(repeating: "Pemerintahan", count: 4))]
        #expect(RelasiMapLayout.columnWidth(long) == RelasiMapLayout.maxCellWidth)
        let cut = RelasiMapLayout.draw(title: "PETA RELASI", processes: long, rows: [], language: .id)
        #expect(cut.labels.filter { $0.role == "header" && $0.centered }.flatMap(\.lines).count > 2)
    }

    @Test func fortyActivitiesInEightLanesOverlapNowhere() {
        let large = MapFixtures.largeLintasFungsi()
        let drawing = LintasFungsiLayout.draw(title: "PETA LINTAS FUNGSI X.01.01.01", lanes: large.lanes,
                                              activities: large.activities, language: .id)
        Self.expectNoOverlap(drawing, boxRoles: ["kegiatan", "ikut"],
                             labelRoles: ["kegiatan-text", "output", "ikut-text", "lane-name", "lane-pj", "title"])
        Self.expectLabelsInsideDrawing(drawing)
        #expect(drawing.labels.allSatisfy { $0.fontSize >= TextMetrics.minimumFontSize })
        #expect(drawing.boxes.filter { $0.role == "kegiatan" }.count == 40)
    }

    @Test func activityTextStaysInsideItsBox() {
        let large = MapFixtures.largeLintasFungsi()
        let drawing = LintasFungsiLayout.draw(title: "T", lanes: large.lanes, activities: large.activities, language: .id)
        let boxes = drawing.boxes.filter { $0.role == "kegiatan" }
        let texts = drawing.labels.filter { $0.role == "kegiatan-text" }
        for (box, text) in zip(boxes, texts) { #expect(box.frame.contains(text.frame), "\(text.lines)") }
    }

    @Test func thirtyProcessesPerBandOverlapNowhere() {
        let drawing = ProsesMapLayout.draw(title: "PETA PROSES BISNIS LEVEL 0", bands: MapFixtures.largeBands(), language: .id)
        Self.expectNoOverlap(drawing, boxRoles: ["proses"], labelRoles: ["band-title", "title"])
        let boxes = drawing.boxes.filter { $0.role == "proses" }
        #expect(boxes.count == 90)
        let bands = drawing.boxes.filter { $0.role.hasPrefix("band-") }
        for box in boxes { #expect(bands.contains { $0.frame.contains(box.frame) }) }
        #expect(drawing.labels.allSatisfy { $0.fontSize >= TextMetrics.minimumFontSize })
    }

    @Test func bandsAreManajemenThenUtamaThenPendukung() {
        let bands = ProsesMapLayout.bands(manajemen: [MapFixtures.node("A.1", "a")], utama: [MapFixtures.node("A.2", "b")],
                                          pendukung: [MapFixtures.node("A.3", "c")], unknown: [], language: .id)
        let drawing = ProsesMapLayout.draw(title: "T", bands: bands, language: .id)
        let ys = ["n-A.1", "n-A.2", "n-A.3"].map { id in drawing.boxes.first { $0.id == id }!.frame.y }
        #expect(ys == ys.sorted() && Set(ys).count == 3)
    }

    @Test func aSharedActivityHasOneFullBoxAndADashedBoxInEachOtherMarkedLane() {
        let drawing = LintasFungsiLayout.draw(title: "T", lanes: MapFixtures.lanes(["A", "B", "C"]),
                                              activities: [MapFixtures.activity(1, "Rapat", main: 1, participants: [0, 2])], language: .id)
        let full = drawing.boxes.filter { $0.role == "kegiatan" }
        let shared = drawing.boxes.filter { $0.role == "ikut" }
        let lanes = drawing.boxes.filter { $0.role.hasPrefix("lane ") || $0.role == "lane" }
        #expect(full.count == 1 && shared.count == 2)
        #expect(lanes[1].frame.contains(full[0].frame))
        #expect(lanes[0].frame.contains(shared[0].frame) && lanes[2].frame.contains(shared[1].frame))
    }

    /// No two boxes of `boxRoles` and no two labels of `labelRoles` share any area.
    static func expectNoOverlap(_ drawing: Drawing, boxRoles: Set<String>, labelRoles: Set<String>) {
        let boxes = drawing.boxes.filter { boxRoles.contains($0.role) }.map(\.frame)
        let labels = drawing.labels.filter { labelRoles.contains($0.role) }.map(\.frame)
        for group in [boxes, labels] {
            let sorted = group.sorted { ($0.x, $0.y) < ($1.x, $1.y) }
            for i in sorted.indices {
                for j in (i + 1)..<sorted.count {
                    if sorted[j].x >= sorted[i].maxX { break }
                    #expect(!sorted[i].overlaps(sorted[j]), "\(sorted[i]) overlaps \(sorted[j])")
                }
            }
        }
    }

    static func expectLabelsInsideDrawing(_ drawing: Drawing) {
        let page = Rect(x: 0, y: 0, width: drawing.width, height: drawing.height)
        for label in drawing.labels { #expect(page.contains(label.frame), "\(label.lines)") }
    }
}
