import Foundation
import Spreadsheet
import XLSXWriter

/// Writes `REKAP.xlsx`, the province's overview: the regions and OPDs with their counts and
/// links, the processes, sub processes, lintas fungsi and unit names of every OPD, the code
/// collisions and shared processes of every region, and the findings counted by rule and
/// region. It holds no activity row: the `Kegiatan` rows, each OPD's `Peta Relasi` and the
/// findings cell by cell are in the regional workbooks (linked from `Ringkasan`), the database
/// and the map site, so REKAP stays small enough for any spreadsheet program to open.
///
/// Sheets, in tab order: `Ringkasan` (a row per region), `Ringkasan OPD` (a row per OPD),
/// `Proses`, `Sub Proses`, `Lintas Fungsi`, `Kamus Unit`, `Kode Bentrok`, `Proses Bersama`,
/// `Temuan` (counts); a sheet that would pass `maxRowsPerSheet` rows goes on in `Name (2)`.
/// Rows are streamed region by region (constant-memory mode); the file is written under a
/// temporary name and renamed at `close()`.
///
/// ```swift
/// let rekap = try RekapWorkbookWriter(path: "out/REKAP.xlsx", title: "REKAP", language: .id)
/// try rekap.append(section)   // one RegionalSection per region, in region order
/// try rekap.close()
/// ```
public final class RekapWorkbookWriter {
    public let path: String
    public let language: Language
    private let staged: StagedFile
    private let workbook: XLSXWriter.Workbook
    private let sheets: [RekapSheet: RegionalPagedSheet]
    private var isClosed = false
    /// Column sums of the two Ringkasan sheets, for their totals rows.
    private var regionSums: [Int: Int] = [:]
    private var opdSums: [Int: Int] = [:]
    private var regionCount = 0
    private var opdCount = 0
    private var needingFix = 0
    /// Findings over the whole root, by rule and severity (and whether they are the region's own).
    private var provinceCounts: [RegionalSection.FindingCount] = []

    public init(path: String, title: String, language: Language, maxRowsPerSheet: Int = 1_048_576,
                temporaryDirectory: String? = nil) throws {
        guard (2...ExcelLimits.maxRows).contains(maxRowsPerSheet) else {
            throw RegionalWorkbookError.rowsPerSheetOutOfRange(maxRowsPerSheet)
        }
        self.path = path
        self.language = language
        staged = try StagedFile(path: path)
        workbook = try XLSXWriter.Workbook(
            path: staged.temporaryPath,
            options: .init(constantMemory: true, temporaryDirectory: temporaryDirectory ?? AtomicFile.parent(of: path)),
            properties: DocumentProperties(title: title, author: "probis"))
        let pageText = RegionalPrint.pageText(title: title, language: language)
        var sheets: [RekapSheet: RegionalPagedSheet] = [:]
        for kind in RekapSheet.allCases {
            let columns = kind.columns
            let preamble: RegionalPagedSheet.Preamble = switch kind {
            case .ringkasan: RekapText.ringkasanPreamble(title: title, language: language)
            case .ringkasanOPD: RegionalPrint.ringkasanPreamble(title: title, language: language)
            default: []
            }
            sheets[kind] = try RegionalPagedSheet(
                kind.name, header: columns.map { $0.header(language) }, columns: columns, preamble: preamble,
                pageText: pageText, workbook: workbook, maxRows: maxRowsPerSheet)
        }
        self.sheets = sheets
    }

    /// Writes one region's lines; call once per region, in region order.
    public func append(_ section: RegionalSection) throws {
        guard !isClosed else { throw RegionalWorkbookError.closed(path: path) }
        try writeRegion(section)
        for opd in section.opds {
            try writeOPD(opd.ringkasan, hasErrors: opd.hasErrors)
            try write(opd.proses, to: .proses)
            try write(opd.subProses, to: .subProses)
            try write(opd.lintasFungsi, to: .lintasFungsi)
            try write(opd.kamusUnit, to: .kamusUnit)
        }
        let region = RegionalValue.text(section.region)
        for finding in section.regionFindings {
            let message = RegionalValue.text(finding.message.text(language))
            switch finding.rule {
            case RegionRules.collision: try sheets[.kodeBentrok]!.write([region, .text(finding.code ?? ""), message])
            case RegionRules.sharedProcess: try sheets[.prosesBersama]!.write([region, message])
            default: break
            }
        }
        for count in section.findingCounts {
            try sheets[.temuan]!.write(RekapText.countRow(region, count, language: language))
            if let index = provinceCounts.firstIndex(where: {
                $0.rule == count.rule && $0.severity == count.severity && ($0.opds == nil) == (count.opds == nil)
            }) {
                provinceCounts[index].count += count.count
                provinceCounts[index].opds = count.opds.map { $0 + (provinceCounts[index].opds ?? 0) }
            } else {
                provinceCounts.append(count)
            }
        }
    }

    /// Writes the totals rows, sets the autofilters, writes the file under its temporary name
    /// and renames it to `path`. Call it once; on failure `path` is left as it was.
    public func close() throws {
        guard !isClosed else { throw RegionalWorkbookError.closed(path: path) }
        isClosed = true
        try staged.commit(package: true) {
            try writeTotals()
            for kind in RekapSheet.allCases { try sheets[kind]!.finish() }
            try workbook.close()
        }
    }

    // MARK: - Rows

    private func write(_ rows: [[RegionalValue]], to kind: RekapSheet) throws {
        let sheet = sheets[kind]!
        for row in rows { try sheet.write(row) }
    }

    /// A region's line: its OPDs, their counts summed, its findings by severity (as the totals
    /// count them), the OPDs needing correction (filled red when any), the link to its workbook.
    private func writeRegion(_ section: RegionalSection) throws {
        var sums = Array(repeating: 0, count: 4)
        for opd in section.opds {
            for (slot, column) in (3...6).enumerated() {
                if case .number(let value) = opd.ringkasan[column] { sums[slot] += value }
            }
        }
        func counted(_ severity: Severity) -> Int {
            section.findingCounts.filter { $0.severity == severity }.reduce(0) { $0 + $1.count }
        }
        let fixing = section.opds.filter(\.hasErrors).count
        let row: [RegionalValue] = [.text(section.region), .number(section.opds.count)] + sums.map(RegionalValue.number)
            + [.number(counted(.error)), .number(counted(.warning)), .number(fixing),
               .fileLink(OutputFolder.safeName(section.region) + ".xlsx")]
        var styles = RekapSheet.ringkasan.columns.map(\.style)
        styles[RekapSheet.needingFixColumn] = fixing > 0 ? RegionalStyles.needsFix : RegionalStyles.conforms
        try sheets[.ringkasan]!.write(row, styles: styles)
        add(row, to: &regionSums)
        regionCount += 1
    }

    private func writeOPD(_ row: [RegionalValue], hasErrors: Bool) throws {
        let columns = RegionalSheet.ringkasan.columns
        var styles: [CellStyle?] = row.indices.map { $0 < columns.count ? columns[$0].style : nil }
        styles[RegionalSheet.statusColumn] = hasErrors ? RegionalStyles.needsFix : RegionalStyles.conforms
        try sheets[.ringkasanOPD]!.write(row, styles: styles)
        add(row, to: &opdSums)
        opdCount += 1
        if hasErrors { needingFix += 1 }
    }

    private func add(_ row: [RegionalValue], to sums: inout [Int: Int]) {
        for (column, value) in row.enumerated() {
            if case .number(let count) = value { sums[column, default: 0] += count }
        }
    }

    /// The totals rows under both Ringkasan sheets, and the whole root's counts under Temuan.
    private func writeTotals() throws {
        let english = language == .en
        var regions: [RegionalValue] = [.text(english ? "TOTAL: \(regionCount) regions" : "JUMLAH: \(regionCount) wilayah")]
        regions += (1..<RekapSheet.ringkasan.columns.count - 1).map { .number(regionSums[$0] ?? 0) }
        regions.append(.text(""))
        try sheets[.ringkasan]!.write(regions, styles: regions.map { _ in RegionalStyles.totals }, filtered: false)
        let opds = RegionalPrint.ringkasanTotals(opdSums, opds: opdCount, needingFix: needingFix, language: language)
        try sheets[.ringkasanOPD]!.write(opds, styles: opds.map { _ in RegionalStyles.totals }, filtered: false)
        let total = RegionalValue.text(english ? "TOTAL" : "JUMLAH")
        for count in RegionalSection.sorted(provinceCounts) {
            let row = RekapText.countRow(total, count, language: language)
            try sheets[.temuan]!.write(row, styles: row.map { _ in RegionalStyles.totals }, filtered: false)
        }
    }
}

/// The sheets of REKAP with their columns, in tab order (names stay Indonesian, headers follow
/// the language, as in the regional workbooks).
enum RekapSheet: Int, CaseIterable {
    case ringkasan, ringkasanOPD, proses, subProses, lintasFungsi, kamusUnit, kodeBentrok, prosesBersama, temuan

    var name: String {
        switch self {
        case .ringkasan: "Ringkasan"
        case .ringkasanOPD: "Ringkasan OPD"
        case .proses: RegionalSheet.proses.name
        case .subProses: RegionalSheet.subProses.name
        case .lintasFungsi: RegionalSheet.lintasFungsi.name
        case .kamusUnit: RegionalSheet.kamusUnit.name
        case .kodeBentrok: "Kode Bentrok"
        case .prosesBersama: "Proses Bersama"
        case .temuan: "Temuan"
        }
    }

    /// Ringkasan's PERLU PERBAIKAN column, filled red or green.
    static let needingFixColumn = 8

    var columns: [RegionalColumn] {
        let region = RegionalColumn("WILAYAH", "REGION", 22)
        switch self {
        case .ringkasan:
            return [region, .init("OPD", "OPDS", 8, .count), .init("PROSES", "PROCESSES", 9, .count),
                    .init("SUB PROSES", "SUB PROCESSES", 9, .count),
                    .init("LINTAS FUNGSI", "CROSS-FUNCTIONAL FLOWS", 10, .count), .init("AKTIVITAS", "ACTIVITIES", 10, .count),
                    .init("GALAT", "ERRORS", 8, .count), .init("PERINGATAN", "WARNINGS", 13, .count),
                    .init("OPD PERLU PERBAIKAN", "OPDS NEEDING CORRECTION", 13, .count),
                    .init("BUKU KERJA WILAYAH", "REGIONAL WORKBOOK", 30)]
        case .ringkasanOPD: return RegionalSheet.ringkasan.columns
        case .proses: return RegionalSheet.proses.columns
        case .subProses: return RegionalSheet.subProses.columns
        case .lintasFungsi: return RegionalSheet.lintasFungsi.columns
        case .kamusUnit: return RegionalSheet.kamusUnit.columns
        case .kodeBentrok:
            return [region, .init("KODE", "CODE", 16, .code), .init("PESAN", "MESSAGE", 80, .long)]
        case .prosesBersama:
            return [region, .init("PESAN", "MESSAGE", 96, .long)]
        case .temuan:
            return [region, .init("ATURAN", "RULE", 26, .code), .init("TINGKAT", "SEVERITY", 10),
                    .init("OPD", "OPDS", 8, .count), .init("TEMUAN", "FINDINGS", 10, .count)]
        }
    }
}

/// Words REKAP writes, in both languages.
enum RekapText {
    /// Ringkasan's rows above its header: the title, what REKAP holds and where the rest is,
    /// a blank row.
    static func ringkasanPreamble(title: String, language: Language) -> RegionalPagedSheet.Preamble {
        let english = language == .en
        let heading = english ? "SUMMARY OF THE BUSINESS PROCESS MAP — \(title)" : "RINGKASAN PETA PROSES BISNIS — \(title)"
        let notes = english
            ? ["Note: REKAP is the overview of the whole root. The activity rows (Kegiatan), each OPD's Peta Relasi and every finding cell by cell",
               "are in each region's workbook (REGIONAL WORKBOOK column), in the database probis.sqlite and in the maps (peta/index.html)."]
            : ["Catatan: REKAP adalah ikhtisar seluruh wilayah. Baris kegiatan (Kegiatan), Peta Relasi tiap OPD dan setiap temuan per sel",
               "ada di buku kerja tiap wilayah (kolom BUKU KERJA WILAYAH), di basis data probis.sqlite dan di peta (peta/index.html)."]
        return [[(.text(heading), RegionalStyles.sheetTitle)]] + notes.map { [(.text($0), RegionalStyles.note)] } + [[]]
    }

    /// A line of the Temuan sheet: where, the rule, its severity, on how many OPDs, how many.
    static func countRow(_ region: RegionalValue, _ count: RegionalSection.FindingCount, language: Language) -> [RegionalValue] {
        [region, .text(count.rule), .text(count.severity.rawValue),
         count.opds.map(RegionalValue.number) ?? .text(language == .en ? "(region)" : "(wilayah)"), .number(count.count)]
    }
}
