import Spreadsheet
import Testing
@testable import ProsesBisnis

/// Codes and names of the drafts: clean two-digit codes under one prefix per SKPD, each
/// sasaran and programme once however many rows repeat it.
struct DraftBuilderTests {
    private func item(_ text: String, _ number: String? = nil, row: Int = 5, column: Int = 2) -> RPJMDItem {
        RPJMDItem(number: number, text: text, location: SourceLocation(file: "rpjmd.xlsx", sheet: "Kebijakan Umum", row: row, column: column))
    }

    private func assignment(_ sasaran: String, _ number: String, _ program: String, _ skpd: String, row: Int,
                            kegiatan: [String] = []) -> RPJMDAssignment {
        RPJMDAssignment(misi: "Misi I", tujuan: nil, sasaran: item(sasaran, number, row: row), program: item(program, row: row, column: 9),
                        kegiatan: kegiatan.map { item($0, row: row, column: 10) }, skpd: item(skpd, row: row, column: 11), table: .kebijakanUmum)
    }

    private var plan: RPJMDPlan {
        var plan = RPJMDPlan()
        plan.assignments = [
            assignment("Meningkatnya kualitas belajar", "1.2", "Program Wajib Belajar", "Dinas Dikbudpora", row: 5),
            assignment("Meningkatnya kualitas belajar", "1.2", "Program Wajib Belajar", "Dinas Dikbudpora", row: 6),
            assignment("Meningkatnya kualitas belajar", "1.2", "Program Non Formal", "Dinas Dikbudpora", row: 7,
                       kegiatan: ["Kegiatan pelatihan tutor", "Pendataan warga belajar"]),
            assignment("Berkembangnya Pendidikan Inklusif", "1.4", "Program Wajib Belajar",
                       "Dinas Pendidikan, Kebudayaan, Pemuda dan Olahraga", row: 8),
            assignment("Meningkatnya derajat kesehatan", "1.6", "Program Kemitraan", "Dinas Kesehatan", row: 9),
        ]
        return plan
    }

    @Test func codesAreCleanAndEachSasaranAndProgrammeIsWrittenOnce() throws {
        let drafts = try DraftBuilder(plan, prefixes: [:]).drafts(plan)
        #expect(drafts.map(\.skpd) == ["Dinas Dikbudpora", "Dinas Kesehatan"])
        let rows = drafts[0].proses.flatMap { proses in
            ["\(proses.kode) \(proses.nama)"] + proses.subProses.flatMap { sub in
                ["\(sub.kode) \(sub.nama)"] + sub.lintasFungsi.map { "\($0.kode) \($0.nama)" }
            }
        }
        #expect(rows == [
            "DIKBUDPORA.01 Peningkatan kualitas belajar",
            "DIKBUDPORA.01.01 Wajib Belajar",
            "DIKBUDPORA.01.02 Non Formal",
            "DIKBUDPORA.01.02.01 Pelatihan tutor",
            "DIKBUDPORA.01.02.02 Pendataan warga belajar",
            "DIKBUDPORA.02 Pengembangan Pendidikan Inklusif",
            "DIKBUDPORA.02.01 Wajib Belajar",
        ])
        #expect(drafts[0].proses[0].subProses[0].locations.map(\.description) == ["Kebijakan Umum!J6", "Kebijakan Umum!J7"])
        #expect(drafts[1].prefix == "DINKES" && !drafts[1].prefixGiven)
    }

    @Test func prefixGivenForAnyOfTheSpellings() throws {
        let drafts = try DraftBuilder(plan, prefixes: ["Dinas Pendidikan, Kebudayaan, Pemuda dan Olahraga": "MTR"]).drafts(plan)
        #expect(drafts[0].prefix == "MTR" && drafts[0].prefixGiven)
        #expect(drafts[0].proses.map(\.kode) == ["MTR.01", "MTR.02"])
        let bySpelling = try DraftBuilder(plan, prefixes: ["DINAS PENDIDIKAN KEBUDAYAAN PEMUDA & OLAHRAGA": "MTR"]).drafts(plan)
        #expect(bySpelling[0].prefix == "MTR")
    }

    @Test func prefixForAnUnknownSKPDOrNotLettersIsRefused() {
        #expect(throws: ConvertError.unknownOPD("Dinas Pertanian", known: ["Dinas Dikbudpora", "Dinas Kesehatan"])) {
            try DraftBuilder(plan, prefixes: ["Dinas Pertanian": "TANI"])
        }
        #expect(throws: ConvertError.invalidPrefix(opd: "Dinas Kesehatan", prefix: "P1")) {
            try DraftBuilder(plan, prefixes: ["Dinas Kesehatan": "P1"])
        }
    }

    @Test(arguments: [
        ("Dinas Dikbudpora", "DIKBUDPORA"), ("Kantor Pustakardok", "PUSTAKARDOK"), ("Dinas Kesehatan", "DINKES"),
        ("Badan Perencanaan Pembangunan Daerah", "BAPERPEMDAE"), ("Bappeda", "BAPPEDA"), ("Dinas Pekerjaan Umum", "DINPEKUMU"),
    ])
    func prefixDerivedFromTheName(_ name: String, _ prefix: String) {
        #expect(DraftBuilder.derivedPrefix(name) == prefix)
        #expect(TemplateOptions.isValidPrefix(prefix))
    }

    @Test func twoSKPDWithOnePrefixAreToldApart() throws {
        var plan = RPJMDPlan()
        plan.assignments = [assignment("Meningkatnya A", "1.1", "Program A", "Dinas Kesehatan", row: 5),
                            assignment("Meningkatnya B", "1.2", "Program B", "Dinas Kesejahteraan", row: 6)]
        #expect(try DraftBuilder(plan, prefixes: [:]).drafts(plan).map(\.prefix) == ["DINKES", "DINKESB"])
    }

    @Test(arguments: [
        ("Meningkatnya kualitas belajar", "Peningkatan kualitas belajar"),
        ("Terwujudnya Pemerataan pendidikan", "Perwujudan Pemerataan pendidikan"),
        ("Kualitas belajar yang meningkat", "Kualitas belajar yang meningkat"),
    ])
    func processNamedFromTheSasaran(_ sasaran: String, _ nama: String) {
        #expect(ProcessNames.proses(sasaran) == nama)
    }
}

/// The draft is the template's layout with rows: each filled name cell carries a comment
/// naming the table, file and cell it came from.
struct DraftContentTests {
    @Test func everyFilledRowNamesItsSourceInAComment() throws {
        var plan = RPJMDPlan()
        let place = { (row: Int, column: Int) in SourceLocation(file: "Lokakarya/rpjmd.xlsx", sheet: "KU", row: row, column: column) }
        plan.assignments = [RPJMDAssignment(
            misi: nil, tujuan: nil, sasaran: RPJMDItem(number: "1.6", text: "Meningkatnya derajat kesehatan", location: place(12, 2)),
            program: RPJMDItem(text: "Program Kemitraan", location: place(12, 9)),
            kegiatan: [RPJMDItem(text: "Kegiatan Rujukan", location: place(12, 10))],
            skpd: RPJMDItem(text: "Dinas Kesehatan", location: place(12, 11)), table: .renstra)]
        let draft = try #require(try DraftBuilder(plan, prefixes: [:]).drafts(plan).first)
        let options = try TemplateOptions(region: "Kota Metro", opd: draft.skpd, prefix: draft.prefix)
        let sheets = try InstrumentTemplate.plan(options, content: draft.content(.id))
        let comments = sheets.map { sheet in sheet.comments.map { "\(sheet.plan.name)!\(CellAddress(row: $0.row, column: $0.column)) \($0.text)" } }
        #expect(comments == [
            [],
            ["Identifikasi Proses!B9 Sumber: Renstra, rpjmd.xlsx › KU!C13 (Sasaran 1.6: Meningkatnya derajat kesehatan)"],
            ["Sub Proses!B10 Sumber: Renstra, rpjmd.xlsx › KU!J13 (Program: Program Kemitraan)",
             "Sub Proses!D10 Sumber: Renstra, rpjmd.xlsx › KU!K13 (Kegiatan: Kegiatan Rujukan)"],
            ["Lintas Fungsi!C8 Sumber: Renstra, rpjmd.xlsx › KU!K13 (Kegiatan: Kegiatan Rujukan)"],
        ])
    }
}
