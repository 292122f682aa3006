import Spreadsheet
@testable import ProsesBisnis

/// Builds a recognised `Submission` by hand for rule tests, with every value at a known cell:
///
/// - sheet `Proses`: NO in A, PROSES in B, JENIS PROSES in C, KODE in D;
/// - sheet `Sub Proses`: NO in A, SUB PROSES in B, KODE SUB PROSES in C, LINTAS FUNGSI in D,
///   KODE LINTAS FUNGSI in E; a group row writes the process name in B and its code in C;
/// - sheet `Lintas Fungsi`: the key/value block in column A (`PROSES : Nama (KODE)`), the
///   header row, the unit names in the row under it from column C, then the activities, with
///   OUTPUT and PENANGGUNG JAWAB after the units.
///
/// Rows are given 1-based, as the user sees them. A code written `#1.1` is stored as a number.
struct SubmissionBuilder {
    var submission = Submission(path: "Kota Uji/Dinas Uji.xlsx", region: "Kota Uji", opd: "Dinas Uji", format: .xlsx)
    private var group: ParentReference?
    private var current: ParentReference?

    /// A field at an A1 cell (`"C9"`) of a sheet; `#` before a number stores it as a number.
    static func field(_ sheet: String, _ cell: String, _ text: String?) -> FieldValue? {
        guard let text else { return nil }
        let address = CellAddress(cell)!
        let location = SourceLocation(sheet: sheet, row: address.row, column: address.column)
        if text.hasPrefix("#") { return FieldValue(text: String(text.dropFirst()), wasNumber: true, location: location) }
        return FieldValue(text: text.trimmingCharacters(in: .whitespaces), raw: text, location: location)
    }

    static func row(_ sheet: String, _ row: Int) -> SourceLocation {
        SourceLocation(sheet: sheet, row: row - 1, column: nil)
    }

    mutating func proses(_ row: Int, _ nama: String?, _ jenis: String?, _ kode: String?) {
        submission.tablesFound.insert(.proses)
        submission.proses.append(Proses(
            nama: Self.field("Proses", "B\(row)", nama), jenis: Self.field("Proses", "C\(row)", jenis),
            kode: Self.field("Proses", "D\(row)", kode), location: Self.row("Proses", row)))
    }

    /// A group row: the process that the next sub processes are listed under.
    mutating func group(_ row: Int, _ nama: String, _ kode: String?) {
        submission.tablesFound.insert(.subproses)
        group = ParentReference(nama: Self.field("Sub Proses", "B\(row)", nama), kode: Self.field("Sub Proses", "C\(row)", kode))
        current = nil
    }

    /// A sub process row, with the lintas fungsi written on the same row when given.
    mutating func sub(_ row: Int, _ nama: String?, _ kode: String?, lintas: String? = nil, _ lintasKode: String? = nil) {
        submission.tablesFound.insert(.subproses)
        let nama = Self.field("Sub Proses", "B\(row)", nama), kode = Self.field("Sub Proses", "C\(row)", kode)
        submission.subProses.append(SubProses(nama: nama, kode: kode, parent: group, location: Self.row("Sub Proses", row)))
        current = ParentReference(nama: nama, kode: kode)
        if lintas != nil || lintasKode != nil { self.lintas(row, lintas, lintasKode) }
    }

    /// A lintas fungsi of the sub process above (a continuation row when alone on its row).
    mutating func lintas(_ row: Int, _ nama: String?, _ kode: String?) {
        submission.lintasFungsi.append(LintasFungsi(
            nama: Self.field("Sub Proses", "D\(row)", nama), kode: Self.field("Sub Proses", "E\(row)", kode),
            subProses: current, location: Self.row("Sub Proses", row)))
    }

    /// One activity: its text, the indices of the units marked, and its PENANGGUNG JAWAB.
    struct Activity {
        var uraian: String?
        var units: [Int]
        var pj: String?
    }

    /// A lintas fungsi table whose key/value block fills rows `top`...`top + 2` (a nil code
    /// leaves its line out), with its header on `top + 3`, unit names on `top + 4`.
    mutating func table(_ top: Int, proses: String?, sub: String?, lintas: String?, units: [String],
                        _ activities: [Activity]) {
        let sheet = "Lintas Fungsi"
        func reference(_ row: Int, _ key: String, _ code: String?) -> ParentReference? {
            guard let code else { return nil }
            var kode = Self.field(sheet, "A\(row)", code)!
            kode.raw = "\(key) : Nama \(key.lowercased()) (\(code))"
            return ParentReference(nama: nil, kode: kode)
        }
        let header = top + 3, firstActivity = top + 5
        let unitColumns = units.indices.map { 2 + $0 }
        let pjColumn = 2 + units.count + 1
        let unitKerja = zip(units, unitColumns).map { UnitKerja(name: $0, location: SourceLocation(sheet: sheet, row: header, column: $1)) }
        let kegiatan = activities.enumerated().map { n, activity in
            let row = firstActivity + n
            return Kegiatan(no: Self.field(sheet, "A\(row)", "\(n + 1)"), uraian: activity.uraian.flatMap { Self.field(sheet, "B\(row)", $0) },
                            units: activity.units, output: nil,
                            penanggungJawab: activity.pj.flatMap { Self.field(sheet, "\(Self.column(pjColumn))\(row)", $0) },
                            location: Self.row(sheet, row))
        }
        submission.tablesFound.insert(.lintasfungsi)
        submission.tabelLintasFungsi.append(TabelLintasFungsi(
            proses: reference(top, "PROSES", proses), subProses: reference(top + 1, "SUB PROSES", sub),
            lintasFungsi: reference(top + 2, "LINTAS FUNGSI", lintas), units: unitKerja, kegiatan: kegiatan,
            location: SourceLocation(sheet: sheet, row: header - 1, column: 1)))
    }

    static func column(_ index: Int) -> String {
        CellAddress(row: 0, column: index).description.filter(\.isLetter)
    }
}

/// A finding as tests compare it: `Sub Proses!C9 code.duplicate → MTR.01.03`.
func hits(_ findings: [Finding]) -> [String] {
    findings.map { finding in
        "\(finding.location?.description ?? "-") \(finding.rule)" + (finding.fix.map { " → \($0)" } ?? "")
    }
}

/// Runs one rule over a submission.
func run(_ rule: some Rule, _ builder: SubmissionBuilder) -> [Finding] {
    rule.check(RuleContext(submission: builder.submission))
}

import Foundation
