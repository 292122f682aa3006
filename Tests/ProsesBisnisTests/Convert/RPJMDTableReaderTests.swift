import Spreadsheet
import Testing
@testable import ProsesBisnis

/// The RPJMD and Renstra tables as workshops type them: titles, two-row headers, merged and
/// blank continuation rows, the SKPD written once, enumerations in one cell.
struct RPJMDTableReaderTests {
    private func read(_ sheets: [SheetBuilder]) -> RPJMDPlan {
        var plan = RPJMDPlan()
        RPJMDTableReader(file: "rpjmd.xlsx").read(Workbook(path: "rpjmd.xlsx", format: .xlsx, sheets: sheets.map(\.sheet)), into: &plan)
        plan.link()
        return plan
    }

    /// `[sasaran number, programme, SKPD, programme cell]` per assignment.
    private func flat(_ plan: RPJMDPlan) -> [[String]] {
        plan.assignments.map { [$0.sasaran.number ?? "-", $0.program.text, $0.skpd.text, $0.program.location.description] }
    }

    private func findings(_ plan: RPJMDPlan) -> [String] {
        plan.findings.map { "\($0.location?.description ?? "-") \($0.rule)" }
    }

    private let kebijakanHeader = [
        ["Kebijakan Umum dan Program Pembangunan Kota Metro Tahun 2016 – 2021"],
        [],
        ["No", "Sasaran", "", "Strategi", "Indikator Kinerja (Outcome)", "Capaian Kinerja", "", "Program Pembangunan Daerah", "SKPD Penanggung Jawab"],
        ["", "", "", "", "", "Kondisi Awal", "Kondisi Akhir", "", ""],
        ["Misi I : Meningkatkan kualitas sumberdaya manusia"],
    ]

    @Test func continuationRowsMergedOrBlankContinueTheirSasaranAndSKPD() {
        let rows = kebijakanHeader + [
            ["1.", "1.1", "Terwujudnya pemerataan", "1) Peningkatan", "1. APK PAUD", "60%", "100%", "Program PAUD", "Dinas Dikbudpora"],
            ["", "", "", "", "2. Kelulusan", "100%", "100%", "Program Wajib Belajar", ""],
            ["", "1.2", "Meningkatnya kualitas belajar", "1) Optimalisasi", "1. Nilai rata-rata", "70,62", "71,67", "Program Wajib Belajar", "Dinas Dikbudpora"],
            ["", "", "", "", "2. Nilai rata-rata SMP", "66,09", "68,09", "", ""],
            ["", "", "", "", "3. Siswa terbina", "1.588", "1.768", "Program Non Formal", ""],
        ]
        let sheet = SheetBuilder(name: "Kebijakan Umum", rows: rows, merged: ["A1:I1", "B3:C4", "F3:G3", "A5:I5", "B6:B7", "C6:C7"])
        let plan = read([sheet])
        #expect(plan.tables.map { "\($0.kind) \($0.location.description)" } == ["kebijakanUmum Kebijakan Umum!3"])
        #expect(flat(plan) == [
            ["1.1", "Program PAUD", "Dinas Dikbudpora", "Kebijakan Umum!H6"],
            ["1.1", "Program Wajib Belajar", "Dinas Dikbudpora", "Kebijakan Umum!H7"],
            ["1.2", "Program Wajib Belajar", "Dinas Dikbudpora", "Kebijakan Umum!H8"],
            ["1.2", "Program Non Formal", "Dinas Dikbudpora", "Kebijakan Umum!H10"],
        ])
        #expect(plan.assignments.allSatisfy { $0.misi == "Misi I : Meningkatkan kualitas sumberdaya manusia" })
        #expect(plan.assignments[0].sasaran.text == "Terwujudnya pemerataan" && plan.assignments[0].sasaran.location.description == "Kebijakan Umum!C6")
        #expect(plan.regionFromTitle == "Kota Metro")
        #expect(plan.findings.isEmpty)
    }

    @Test func aNewSasaranWithoutSKPDIsReportedNotGuessed() {
        let rows = kebijakanHeader + [
            ["", "1.1", "Meningkatnya A", "", "", "", "", "Program A", "Dinas A"],
            ["", "1.2", "Meningkatnya B", "", "", "", "", "Program B", ""],
            ["", "1.3", "Meningkatnya C", "", "", "", "", "", "Dinas C"],
            ["", "1.4", "Meningkatnya D", "", "", "", "", "Program D", "Dinas D"],
        ]
        let plan = read([SheetBuilder(name: "KU", rows: rows)])
        #expect(flat(plan).map { $0[1] } == ["Program A", "Program D"])
        #expect(findings(plan) == ["KU!H7 convert.no_skpd", "KU!C8 convert.no_program"])
    }

    @Test func aProgrammeBeforeAnySasaranIsReported() {
        let rows = kebijakanHeader + [["", "", "", "", "", "", "", "Program Lepas", "Dinas A"]]
        #expect(findings(read([SheetBuilder(name: "KU", rows: rows)])) == ["KU!H6 convert.no_sasaran"])
    }

    @Test func strategiTableEnumerationsGiveTheCascade() {
        let rows = [
            ["Strategi dan Arah Kebijakan RPJMD Kota Metro Tahun 2016-2021"],
            ["VISI : Metro Kota Pendidikan"],
            ["MISI I : Meningkatkan kualitas SDM"],
            ["3 Tujuan", "4 Sasaran", "5 Strategi", "6 Arah Kebijakan"],
            ["1. Meningkatkan kualitas pendidikan", "1.1 Terwujudnya pemerataan 1.2 Meningkatnya kualitas belajar",
             "1.1.1 Peningkatan APS 1.2.1 Optimalisasi belajar 1.2.2 Kreativitas", "1.1.1.1 Pelayanan"],
        ]
        let plan = read([SheetBuilder(name: "Strategi", rows: rows, merged: ["A2:D2", "A3:D3"])])
        #expect(plan.tables.map(\.kind) == [.strategi])
        #expect(plan.sasaran.map { [$0.misi ?? "-", $0.tujuan ?? "-", $0.sasaran.numbered, $0.strategi.joined(separator: "; ")] } == [
            ["MISI I : Meningkatkan kualitas SDM", "Meningkatkan kualitas pendidikan", "1.1 Terwujudnya pemerataan", "1.1.1 Peningkatan APS"],
            ["MISI I : Meningkatkan kualitas SDM", "Meningkatkan kualitas pendidikan", "1.2 Meningkatnya kualitas belajar",
             "1.2.1 Optimalisasi belajar; 1.2.2 Kreativitas"],
        ])
        #expect(plan.regionFromTitle == "Kota Metro")
    }

    @Test func strategiSasaranThatNoSKPDCarriesIsANote() {
        let strategi = SheetBuilder(name: "Strategi", rows: [
            ["Tujuan", "Sasaran", "Strategi"],
            ["1. Tujuan satu", "1.1 Meningkatnya A 1.2 Meningkatnya B", "1.1.1 S"],
        ])
        let kebijakan = SheetBuilder(name: "KU", rows: kebijakanHeader + [["", "1.1", "Meningkatnya A", "", "", "", "", "Program A", "Dinas A"]])
        let plan = read([strategi, kebijakan])
        #expect(plan.assignments.map { $0.tujuan ?? "-" } == ["Tujuan satu"])
        #expect(findings(plan) == ["Strategi!B2 convert.sasaran_unassigned"])
    }

    @Test func renstraKegiatanFollowTheirProgrammeAndTheTitleNamesTheOPD() {
        let rows = [
            ["RENSTRA DINAS KESEHATAN KOTA METRO TAHUN 2016-2021"],
            ["Tujuan", "Sasaran", "Program", "Kegiatan"],
            ["Meningkatkan derajat kesehatan", "Meningkatnya derajat kesehatan masyarakat", "Program Kemitraan", "Kegiatan Jaminan kesehatan"],
            ["", "", "", "Kegiatan Rujukan"],
            ["", "", "Program Balita", "1. Pemantauan gizi 2. Imunisasi"],
            ["Kepala Dinas Kesehatan"],
        ]
        let plan = read([SheetBuilder(name: "Renstra", rows: rows)])
        #expect(plan.tables.map(\.kind) == [.renstra])
        #expect(plan.assignments.map { [$0.skpd.text, $0.program.text] + $0.kegiatan.map(\.text) } == [
            ["Dinas Kesehatan", "Program Kemitraan", "Kegiatan Jaminan kesehatan", "Kegiatan Rujukan"],
            ["Dinas Kesehatan", "Program Balita", "Pemantauan gizi", "Imunisasi"],
        ])
        #expect(plan.findings.isEmpty)
    }

    @Test func subKegiatanAreReadOnlyWithoutAKegiatanColumn() {
        let both = SheetBuilder(name: "Renstra", rows: [
            ["Sasaran", "Program", "Kegiatan", "Sub Kegiatan", "Perangkat Daerah"],
            ["Meningkatnya A", "Program A", "Kegiatan K", "Sub kegiatan S", "Dinas A"],
        ])
        let only = SheetBuilder(name: "Renstra", rows: [
            ["Sasaran", "Program", "Sub Kegiatan", "Perangkat Daerah"],
            ["Meningkatnya A", "Program A", "Sub kegiatan S", "Dinas A"],
        ])
        #expect(read([both]).assignments.map { $0.kegiatan.map(\.text) } == [["Kegiatan K"]])
        #expect(read([only]).assignments.map { $0.kegiatan.map(\.text) } == [["Sub kegiatan S"]])
    }

    @Test func aWorkbookWithoutTablesIsAFinding() {
        let plan = read([SheetBuilder(name: "Catatan", rows: [["Daftar hadir"], ["Nama", "Instansi"]])])
        #expect(findings(plan) == ["rpjmd.xlsx:1 convert.no_table"])
    }
}
