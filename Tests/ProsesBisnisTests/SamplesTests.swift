import Foundation
import Testing
@testable import ProsesBisnis

/// `Samples/` checked end to end through the library: exact counts, code styles and findings
/// (place, rule, fix) for every submission. `docs/samples.md` lists the irregularities each
/// sample holds on purpose; this pins what probis says about them.
struct SamplesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples").path

    static let report: CheckReport = try! CheckRun(jobs: 2).run(root: root)

    /// proses, sub proses, lintas fungsi, aktivitas.
    static let counts: [String: [Int]] = [
        "Kabupaten Grobogan/Kecamatan Klambu.xlsx": [6, 12, 22, 17],
        "Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga.xlsx": [5, 11, 15, 22],
        "Kota Pasuruan/Bagian Organisasi.xlsx": [4, 8, 14, 11],
        "Kota Pasuruan/DPMPTSP.xlsx": [7, 19, 20, 17],
        "Provinsi Nusa Tenggara Timur/Biro Organisasi": [7, 19, 8, 11],
    ]

    static let styles: [String: String] = [
        "Kabupaten Grobogan/Kecamatan Klambu.xlsx": "KECKLB.NN.NN.CFM.NN",
        "Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga.xlsx": "MTR.NN.NN.NN",
        "Kota Pasuruan/Bagian Organisasi.xlsx": "PN.N.N",
        "Kota Pasuruan/DPMPTSP.xlsx": "PN.N.N.N",
        "Provinsi Nusa Tenggara Timur/Biro Organisasi": "BO-NN.N.N",
    ]

    /// The `dst...` rows the samples keep under their filled tables are template leftovers:
    /// one `placeholder.left` per row, on its first cell.
    static let findings: [String: [String]] = [
        "Kabupaten Grobogan/Kecamatan Klambu.xlsx": [
            "Daftar:1 sheet.hidden",
            "Identifikasi Proses!B15 placeholder.left",
            "Sub Proses!B38 placeholder.left",
        ],
        "Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga.xlsx": [
            "Identifikasi Proses!C13 placeholder.left",
            "Sub Proses!C29 placeholder.left",
        ],
        "Kota Pasuruan/Bagian Organisasi.xlsx": [
            "Identifikasi Proses!E4 region.code_collision",
            "Identifikasi Proses!E5 region.code_collision",
            "Identifikasi Proses!E6 region.code_collision",
            "Identifikasi Proses!E7 region.code_collision",
            "Identifikasi Proses!C8 placeholder.left",
            "Sub Proses!D5 code.numeric → P1.1",
            "Sub Proses!F5 ref.unknown_parent",
            "Sub Proses!F6 ref.unknown_parent",
            "Sub Proses!D7 region.code_collision",
            "Sub Proses!F7 region.code_collision",
            "Sub Proses!F8 region.code_collision",
            "Sub Proses!D10 region.code_collision",
            "Sub Proses!F10 region.code_collision",
            "Sub Proses!F11 region.code_collision",
            "Sub Proses!D12 region.code_collision",
            "Sub Proses!F12 region.code_collision",
            "Sub Proses!D14 region.code_collision",
            "Sub Proses!D18 region.code_collision",
            "Sub Proses!F18 region.code_collision",
            "Sub Proses!F19 region.code_collision",
            "Sub Proses!D20 region.code_collision",
            "Sub Proses!F20 region.code_collision",
            "Sub Proses!F21 region.code_collision",
        ],
        "Kota Pasuruan/DPMPTSP.xlsx": [
            "Identifikasi Proses!E6 region.code_collision",
            "Identifikasi Proses!E7 region.code_collision",
            "Identifikasi Proses!D8 jenis.synonym → Pendukung",
            "Identifikasi Proses!E8 region.code_collision",
            "Identifikasi Proses!E9 region.code_collision",
            "Identifikasi Proses!D10 jenis.synonym → Utama",
            "Sub Proses!B6 region.code_collision",
            "Sub Proses!D6 region.code_collision",
            "Sub Proses!D8 code.separator → P1.2.1.2",
            "Sub Proses!D9 region.code_collision",
            "Sub Proses!B12 region.code_collision",
            "Sub Proses!D12 region.code_collision",
            "Sub Proses!D13 region.code_collision",
            "Sub Proses!B14 region.code_collision",
            "Sub Proses!D14 region.code_collision",
            "Sub Proses!B17 region.code_collision",
            "Sub Proses!B18 region.code_collision",
            "Sub Proses!D18 region.code_collision",
            "Sub Proses!D19 region.code_collision",
            "Sub Proses!B20 region.code_collision",
            "Sub Proses!D20 region.code_collision",
            "Sub Proses!D21 region.code_collision",
        ],
        "Provinsi Nusa Tenggara Timur/Biro Organisasi": [
            "identifikasi-proses.csv:8 code.separator → BO-04",
            "identifikasi-proses.csv:10 code.separator → BO-06",
            "lintas-fungsi-sp4n-lapor.csv:3 code.separator → BO-06 Peningkatan Kualitas Pelayanan Publik (Pelayanan Prima)",
            "sub-proses.csv:18 code.separator → BO-04",
            "sub-proses.csv:27 code.separator → BO-06",
            "sub-proses.csv:34 placeholder.left",
        ],
    ]

    static func flattened(_ finding: Finding) -> String {
        let location = finding.location
        let place = location.flatMap { location in
            location.sheet.map { sheet in location.cell.map { "\(sheet)!\($0)" } ?? "\(sheet):\(location.displayRow)" }
                ?? "\(location.file ?? ""):\(location.displayRow)"
        } ?? "-"
        return "\(place) \(finding.rule)" + (finding.fix.map { " → \($0)" } ?? "")
    }

    @Test func everySampleIsFoundWithItsRegionAndOPD() {
        #expect(Self.report.submissions.map(\.path) == Self.counts.keys.sorted())
        let identities = Self.report.submissions.map { "\($0.region) | \($0.opd)" }
        #expect(identities == [
            "Kabupaten Grobogan | Kecamatan Klambu",
            "Kota Metro | Dinas Pendidikan Kebudayaan Pemuda dan Olahraga",
            "Kota Pasuruan | Bagian Organisasi",
            "Kota Pasuruan | DPMPTSP",
            "Provinsi Nusa Tenggara Timur | Biro Organisasi",
        ])
    }

    @Test(arguments: counts.keys.sorted())
    func exactCountsAndStyle(path: String) throws {
        let submission = try #require(Self.report.submissions.first { $0.path == path })
        let counts = submission.counts
        #expect([counts.proses, counts.subProses, counts.lintasFungsi, counts.aktivitas] == Self.counts[path])
        #expect(submission.codeStyle == Self.styles[path])
    }

    @Test(arguments: findings.keys.sorted())
    func exactFindings(path: String) throws {
        let submission = try #require(Self.report.submissions.first { $0.path == path })
        #expect(submission.findings.map(Self.flattened) == Self.findings[path])
    }

    @Test func regionCollisionIsReportedOnTheRegionToo() throws {
        let pasuruan = try #require(Self.report.regions.first { $0.name == "Kota Pasuruan" })
        #expect(pasuruan.submissions == 2)
        #expect(pasuruan.findings.count == 19)
        #expect(pasuruan.findings.map(\.code).prefix(3) == ["P1", "P1.2", "P1.2.1"])
        #expect(Self.report.regions.filter { $0.name != "Kota Pasuruan" }.allSatisfy { $0.findings.isEmpty })
    }
}
