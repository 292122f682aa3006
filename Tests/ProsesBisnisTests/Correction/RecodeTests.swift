import Foundation
import Spreadsheet
import Testing
@testable import ProsesBisnis

/// `RecodePlanner` and `RecodeMap`: explicit renames with their cascade, scopes, `--prefix`,
/// and the maps it refuses.
struct RecodeTests {
    /// MTR.01 (group row with the code in the name cell) with MTR.01.01 → MTR.01.01.01 and a
    /// lintas fungsi table naming all three; MTR.02 with MTR.02.01.
    static func metro(path: String = "Kota Metro/Dinas.xlsx", region: String = "Kota Metro", opd: String = "Dinas") -> Submission {
        var builder = SubmissionBuilder()
        builder.submission.path = path
        builder.submission.region = region
        builder.submission.opd = opd
        builder.proses(8, "Perencanaan", "Utama", "MTR.01")
        builder.proses(9, "Evaluasi", "Utama", "MTR.02")
        builder.group(8, "Perencanaan", "MTR.01")
        var kode = SubmissionBuilder.field("Sub Proses", "B8", "MTR.01")!
        kode.raw = "Perencanaan (MTR.01)"
        builder.submission.subProses = []
        builder.sub(9, "Penyusunan", "MTR.01.01", lintas: "Renstra", "MTR.01.01.01")
        builder.submission.subProses[0].parent = ParentReference(nama: SubmissionBuilder.field("Sub Proses", "B8", "Perencanaan"), kode: kode)
        builder.group(10, "Evaluasi", "MTR.02")
        builder.sub(11, "Evaluasi Kinerja", "MTR.02.01")
        builder.table(6, proses: "MTR.01", sub: "MTR.01.01", lintas: "MTR.01.01.01", units: ["Sekretariat"],
                      [.init(uraian: "Menyusun", units: [0], pj: "Sekretariat")])
        return builder.submission
    }

    static func line(_ number: Int, _ old: String, _ new: String, region: String? = nil, opd: String? = nil) -> RecodeMapLine {
        RecodeMapLine(line: number, old: Kode(old)!, new: new, region: region, opd: opd)
    }

    static func log(_ result: CorrectedSubmission) -> [String] {
        ChangeLog.changes(result.edits, in: result.original).map { "\($0.sheet)!\($0.cell) \($0.old) → \($0.new) \($0.rule)" }
    }

    /// The refusal messages (Indonesian) of a plan that must fail.
    static func refusal(_ planner: RecodePlanner, _ submissions: [Submission]) -> [String] {
        do {
            _ = try planner.plan(submissions)
            return []
        } catch let refusal as RecodeRefusal {
            return refusal.problems.map { $0.message(.id) }
        } catch {
            return ["\(error)"]
        }
    }

    @Test func renamingAProcessRenamesEverythingUnderItAndEveryReference() throws {
        let results = try RecodePlanner(mapFile: "peta.csv", lines: [Self.line(2, "MTR.01", "MTR.07")]).plan([Self.metro()])
        #expect(Self.log(results[0]) == [
            "Lintas Fungsi!A6 PROSES : Nama proses (MTR.01) → PROSES : Nama proses (MTR.07) recode.map",
            "Lintas Fungsi!A7 SUB PROSES : Nama sub proses (MTR.01.01) → SUB PROSES : Nama sub proses (MTR.07.01) recode.map",
            "Lintas Fungsi!A8 LINTAS FUNGSI : Nama lintas fungsi (MTR.01.01.01) → LINTAS FUNGSI : Nama lintas fungsi (MTR.07.01.01) recode.map",
            "Proses!D8 MTR.01 → MTR.07 recode.map",
            "Sub Proses!B8 Perencanaan (MTR.01) → Perencanaan (MTR.07) recode.map",
            "Sub Proses!C9 MTR.01.01 → MTR.07.01 recode.map",
            "Sub Proses!E9 MTR.01.01.01 → MTR.07.01.01 recode.map",
        ])
        #expect(hits(RuleCatalogue.checkWithStyle(results[0].corrected).submission.findings).isEmpty)
    }

    @Test func scopedLinesApplyOnlyToTheirRegionAndOPD() throws {
        let metro = Self.metro(), other = Self.metro(path: "Kota Lain/Dinas.xlsx", region: "Kota Lain", opd: "Dinas")
        let planner = RecodePlanner(mapFile: "peta.csv", lines: [Self.line(2, "MTR.02", "MTR.09", region: "kota lain", opd: "DINAS")])
        let results = try planner.plan([metro, other])
        #expect(results[0].edits.isEmpty)
        #expect(Self.log(results[1]) == ["Proses!D9 MTR.02 → MTR.09 recode.map", "Sub Proses!C10 MTR.02 → MTR.09 recode.map",
                                         "Sub Proses!C11 MTR.02.01 → MTR.09.01 recode.map"])
    }

    @Test func prefixReplacesWhatComesBeforeTheFirstNumber() throws {
        let planner = RecodePlanner(prefixes: [try PrefixChange("Kota Metro/Dinas=DISDIK.MTR-")])
        let result = try planner.plan([Self.metro()])[0]
        #expect(result.corrected.proses.map { $0.kode?.text } == ["DISDIK.MTR-01", "DISDIK.MTR-02"])
        #expect(result.corrected.lintasFungsi.map { $0.kode?.text } == ["DISDIK.MTR-01.01.01"])
        #expect(hits(RuleCatalogue.checkWithStyle(result.corrected).submission.findings).isEmpty)
    }

    /// A code left over from another OPD's template (`DPMPTSP.P3`) is namespaced as well, and
    /// logged like the others: otherwise the collision the prefix was meant to mend remains.
    @Test func prefixNamespacesCodesWrittenWithAnotherPrefixToo() throws {
        var submission = Self.metro()
        var builder = SubmissionBuilder()
        builder.proses(10, "Arsip", "Pendukung", "DPMPTSP.P3")
        submission.proses += builder.submission.proses
        let planner = RecodePlanner(prefixes: [try PrefixChange("Kota Metro/Dinas=DISDIK.")])
        let result = try planner.plan([submission])[0]
        #expect(result.corrected.proses.map { $0.kode?.text } == ["DISDIK.01", "DISDIK.02", "DISDIK.3"])
        #expect(Self.log(result).contains("Proses!D10 DPMPTSP.P3 → DISDIK.3 recode.prefix"))
    }

    @Test(arguments: [
        ([line(2, "MTR.01", "MTR.07"), line(3, "MTR.01", "MTR.08")],
         "peta.csv:3: MTR.01 sudah dipetakan ke kode lain pada baris 2; pertahankan salah satu baris saja."),
        ([line(2, "MTR.01", "MTR.07"), line(3, "MTR.07", "MTR.08")],
         "peta.csv:2: kode baru MTR.07 diubah lagi oleh baris 3 (berantai); petakan setiap kode lama langsung ke kode akhirnya."),
        ([line(2, "MTR.01", "MTR.02"), line(3, "MTR.02", "MTR.01")],
         "peta.csv:3: MTR.02 → MTR.01 sedangkan baris 2 memetakan MTR.01 kembali ke MTR.02 (siklus); gunakan kode lain yang belum dipakai."),
        ([line(2, "MTR.01", "MTR.07", region: "Kota Antah")],
         "peta.csv:2: wilayah \"Kota Antah\" tidak memiliki kiriman di folder ini."),
        ([line(4, "MTR.01", "MTR.07", region: "Kota Metro", opd: "Dinas Antah")],
         "peta.csv:4: OPD \"Dinas Antah\" tidak memiliki kiriman di wilayah \"Kota Metro\"."),
        ([line(2, "MTR.01", "MTR.02")],
         "peta.csv:2: recode akan memberi kode MTR.02 kepada dua butir di Kota Metro/Dinas.xlsx (Proses!D8, Proses!D9).\n"
            + "peta.csv:2: recode akan memberi kode MTR.02.01 kepada dua butir di Kota Metro/Dinas.xlsx (Sub Proses!C9, Sub Proses!C11)."),
    ])
    func conflictingMapsAreRefused(lines: [RecodeMapLine], messages: String) {
        #expect(Self.refusal(RecodePlanner(mapFile: "peta.csv", lines: lines), [Self.metro()]) == messages.components(separatedBy: "\n"))
    }

    @Test func prefixNamingNoSubmissionIsRefused() throws {
        let planner = RecodePlanner(prefixes: [try PrefixChange("Kota Metro/Dinas Antah=X.")])
        #expect(Self.refusal(planner, [Self.metro()]) == ["--prefix \"Kota Metro/Dinas Antah=X.\": tidak ada kiriman wilayah dan OPD tersebut di folder ini."])
        #expect(throws: RecodeRefusal.self) { try PrefixChange("Kota Metro/Dinas") }
        #expect(throws: RecodeRefusal.self) { try PrefixChange("Kota Metro/Dinas=12") }
    }

    @Test(arguments: [
        ("\u{FEFF}lama;baru\r\nMTR.01;MTR.07\r\n", [2]),
        ("sep=,\nMTR.01,MTR.07,Kota Metro,Dinas\n", [2]),
        ("kode baru;wilayah;kode lama\nMTR.07;Kota Metro;MTR.01\n", [2]),
        ("MTR.01;MTR.07\n\nMTR.02;MTR.08\n", [1, 3]),
    ])
    func mapFilesReadWithOrWithoutHeader(text: String, lines: [Int]) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("peta-\(UUID().uuidString).csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let read = try RecodeMap.read(path: path)
        #expect(read.map(\.line) == lines)
        #expect(read.first?.old.raw == "MTR.01")
        #expect(read.first?.new == "MTR.07")
    }

    @Test func badMapLinesAreAllReported() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("peta-\(UUID().uuidString).csv").path
        try Data("lama;baru\nMTR.01;\nKode Lama;MTR.02\nMTR.01;MTR.01.01\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: RecodeRefusal([.missingValue(file: path, line: 2), .notACode(file: path, line: 3, text: "Kode Lama"),
                                       .levelChange(file: path, line: 4, old: "MTR.01", new: "MTR.01.01")])) {
            try RecodeMap.read(path: path)
        }
    }
}

extension RecodeRefusal: Equatable {
    public static func == (lhs: RecodeRefusal, rhs: RecodeRefusal) -> Bool { lhs.problems == rhs.problems }
}
