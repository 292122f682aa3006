import Foundation
import Testing
@testable import ProsesBisnis

/// One small drawing per drawing rule, compared byte for byte with its snapshot in `Tests/Golden/Maps/`
/// (outside the test target, so that SwiftPM does not ask to declare them as resources)
/// (named after the rule). `PROBIS_UPDATE_GOLDEN=1 swift test --filter GoldenSVGTests` rewrites
/// the snapshots after a deliberate change; look at them (rsvg-convert) before committing.
struct GoldenSVGTests {
    static let cases: [(name: String, drawing: @Sendable () -> Drawing)] = [
        ("lanes-follow-unit-columns-activities-in-no-order", {
            LintasFungsiLayout.draw(title: "PETA LINTAS FUNGSI A.01.01.01 Contoh", lanes: MapFixtures.lanes(["Kepala Dinas", "Sekretariat", "Bidang"]),
                                    activities: [MapFixtures.activity(1, "Menyusun rencana", output: "Rencana", main: 2),
                                                 MapFixtures.activity(2, "Memeriksa rencana", output: "Nota", main: 1),
                                                 MapFixtures.activity(3, "Menetapkan", output: "Keputusan", main: 0)], language: .id)
        }),
        ("shared-activity-repeats-dashed-in-other-lanes", {
            LintasFungsiLayout.draw(title: "PETA LINTAS FUNGSI A.01.01.02", lanes: MapFixtures.lanes(["A", "B", "C"]),
                                    activities: [MapFixtures.activity(1, "Rapat koordinasi", output: "Notulen", main: 1, participants: [0, 2])],
                                    language: .id)
        }),
        ("unmatched-pj-is-written-under-the-activity", {
            LintasFungsiLayout.draw(title: "PETA LINTAS FUNGSI A.01.01.03", lanes: MapFixtures.lanes(["A", "B"]),
                                    activities: [MapFixtures.activity(1, "Mengirim surat", main: 0, mark: .warning, pj: "Caraka")],
                                    language: .id)
        }),
        ("long-names-wrap-inside-their-box", {
            ProsesMapLayout.draw(title: "PETA PROSES BISNIS LEVEL 0 CONTOH", bands: ProsesMapLayout.bands(
                manajemen: [], utama: [MapFixtures.node("A.01", "Peningkatan dan pemerataan kualitas pelayanan pendidikan anak usia dini")],
                pendukung: [], unknown: [], language: .id), language: .id)
        }),
        ("process-bands-and-marks-with-legend", {
            ProsesMapLayout.draw(title: "PETA PROSES", bands: ProsesMapLayout.bands(
                manajemen: [MapFixtures.node("A.01", "Perencanaan", mark: .warning)],
                utama: [MapFixtures.node("A.02", "Pelayanan", mark: .error)], pendukung: [MapFixtures.node("A.03", "Umum")],
                unknown: [MapFixtures.node("A.04", "Lain")], language: .id), language: .id)
        }),
        ("sub-process-columns-list-their-lintas-fungsi", {
            SubProsesMapLayout.draw(title: "PETA SUB PROSES A.01", process: MapFixtures.node("A.01", "Pelayanan"), columns: [
                .init(subProses: MapFixtures.node("A.01.01", "Perizinan"), lintasFungsi: [MapFixtures.node("A.01.01.01", "Izin usaha")]),
                .init(subProses: MapFixtures.node("A.01.02", "Pengaduan"), lintasFungsi: []),
            ], language: .id)
        }),
        ("relasi-counts-activities-per-unit-and-process", {
            RelasiMapLayout.draw(title: "PETA RELASI", processes: [MapFixtures.node("A.01", "Pelayanan"), MapFixtures.node("A.02", "Umum")],
                                 rows: [.init(unit: "Sekretariat", counts: [0, 3]), .init(unit: "Bidang Pelayanan", counts: [5, 0])],
                                 language: .en)
        }),
    ]

    @Test(arguments: cases.map(\.name))
    func drawingMatchesItsSnapshot(_ name: String) throws {
        let drawing = Self.cases.first { $0.name == name }!.drawing()
        let svg = SVGWriter.standalone(drawing)
        let url = MapFixtures.golden.appendingPathComponent("\(name).svg")
        if ProcessInfo.processInfo.environment["PROBIS_UPDATE_GOLDEN"] == "1" {
            try Data(svg.utf8).write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(svg == expected, "\(name): differs from Golden/\(name).svg")
    }

    @Test func sameInputGivesIdenticalBytes() {
        let large = MapFixtures.largeLintasFungsi()
        let first = SVGWriter.standalone(LintasFungsiLayout.draw(title: "T", lanes: large.lanes, activities: large.activities, language: .id))
        let second = SVGWriter.standalone(LintasFungsiLayout.draw(title: "T", lanes: large.lanes, activities: large.activities, language: .id))
        #expect(first == second)
    }

    @Test func textIsEscaped() {
        let drawing = ProsesMapLayout.draw(title: "A & B <c>", bands: [], language: .id)
        let svg = SVGWriter.standalone(drawing)
        #expect(svg.contains("A &amp; B &lt;c&gt;"))
        #expect(!svg.contains("<c>"))
    }
}
