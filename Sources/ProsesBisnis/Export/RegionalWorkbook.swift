import Foundation
import Spreadsheet
import XLSXWriter

/// Writes a regional workbook (`DIR/<region>.xlsx`): every OPD's counts, rows, relationship
/// map, unit dictionary and findings, streamed in libxlsxwriter's constant-memory mode unless
/// the region is small. (`REKAP.xlsx`, the overview of the whole root, is `RekapWorkbookWriter`'s.)
///
/// Sheets, in tab order: `Ringkasan`, `Proses`, `Sub Proses`, `Lintas Fungsi`, `Kegiatan`,
/// `Peta Relasi`, `Kamus Unit`, `Temuan`; a sheet that would pass `maxRowsPerSheet` rows goes
/// on in `Kegiatan (2)`, `Kegiatan (3)` ..., which come after `Temuan` because tabs are in
/// creation order and rows are streamed. The file is written under a temporary name in the
/// target folder and renamed at `close()`, so a reader never sees half a workbook. The
/// document date is fixed, so the same input gives the same bytes.
///
/// ```swift
/// let writer = try RegionalWorkbookWriter(path: "out/Kota Metro.xlsx", title: "Kota Metro", language: .id)
/// try writer.append(region: "Kota Metro", submissions: rows, regionFindings: [], dictionary: dictionary)
/// try writer.close()
/// ```
public final class RegionalWorkbookWriter {
    public let path: String
    public let language: Language
    private let staged: StagedFile
    private let workbook: XLSXWriter.Workbook
    private let sheets: [RegionalSheet: RegionalPagedSheet]
    private var isClosed = false
    /// Ringkasan's count columns summed, its OPDs and those with errors, for the totals row.
    private var sums: [Int: Int] = [:]
    private var opdCount = 0
    private var needingFix = 0

    /// Starts a workbook that `close()` writes to `path`; `title` goes into the document
    /// properties. `maxRowsPerSheet` (header included) is Excel's limit unless lowered.
    /// `temporaryDirectory` is where libxlsxwriter stages the rows until `close()`; by default
    /// the destination folder, where a full disk makes the final write fail too (a full
    /// memory-backed folder would cut parts short silently), and `close()` checks the result.
    /// `constantMemory: false` keeps the cells in memory until `close()`, which lets
    /// libxlsxwriter share repeated strings (the region and OPD on every row): smaller sheets,
    /// less to compress; only for a workbook known to be small (`RegionalSection.isSmall`).
    public init(path: String, title: String, language: Language, maxRowsPerSheet: Int = 1_048_576,
                temporaryDirectory: String? = nil, constantMemory: Bool = true, syncingLater: Bool = false) throws {
        guard (2...ExcelLimits.maxRows).contains(maxRowsPerSheet) else {
            throw RegionalWorkbookError.rowsPerSheetOutOfRange(maxRowsPerSheet)
        }
        self.path = path
        self.language = language
        staged = try StagedFile(path: path, syncingLater: syncingLater)
        workbook = try XLSXWriter.Workbook(
            path: staged.temporaryPath,
            options: .init(constantMemory: constantMemory, temporaryDirectory: temporaryDirectory ?? AtomicFile.parent(of: path)),
            properties: DocumentProperties(title: title, author: "probis"))
        var sheets: [RegionalSheet: RegionalPagedSheet] = [:]
        let pageText = RegionalPrint.pageText(title: title, language: language)
        for kind in RegionalSheet.allCases {
            let columns = kind.columns
            sheets[kind] = try RegionalPagedSheet(
                kind.name, header: kind == .petaRelasi ? nil : columns.map { $0.header(language) }, columns: columns,
                preamble: kind == .ringkasan ? RegionalPrint.ringkasanPreamble(title: title, language: language) : [],
                pageText: pageText, workbook: workbook, maxRows: maxRowsPerSheet)
        }
        self.sheets = sheets
    }

    /// Writes one region: its OPDs in the order given, then the region's own findings (with
    /// the OPD column empty).
    public func append(
        region: String, submissions: [(submission: Submission, summary: SubmissionSummary, workbookLink: String?)],
        regionFindings: [Finding], dictionary: UnitDictionary
    ) throws {
        try append(RegionalSection(region: region, submissions: submissions, regionFindings: regionFindings,
                                   dictionary: dictionary, language: language))
    }

    /// Writes a region whose rows were built beforehand: consolidation builds a region's rows
    /// once, for its workbook and for REKAP (which takes the lighter sheets).
    public func append(_ section: RegionalSection) throws {
        guard !isClosed else { throw RegionalWorkbookError.closed(path: path) }
        for opd in section.opds {
            try writeRingkasan(opd.ringkasan, hasErrors: opd.hasErrors)
            try write(opd.proses, to: .proses)
            try write(opd.subProses, to: .subProses)
            try write(opd.lintasFungsi, to: .lintasFungsi)
            try write(opd.kegiatan, to: .kegiatan)
            try RelasiBlockWriter(sheet: sheets[.petaRelasi]!, language: language).write(opd.relasi, title: opd.relasiTitle)
            try write(opd.kamusUnit, to: .kamusUnit)
            try write(opd.temuan, to: .temuan)
        }
        try write(section.regionTemuan, to: .temuan)
    }

    /// Sets the autofilters, writes the file under its temporary name and renames it to `path`.
    ///
    /// Call it once; on failure the temporary file is removed and `path` is left as it was.
    public func close() throws {
        guard !isClosed else { throw RegionalWorkbookError.closed(path: path) }
        isClosed = true
        try staged.commit(package: true) {
            let totals = RegionalPrint.ringkasanTotals(sums, opds: opdCount, needingFix: needingFix, language: language)
            try sheets[.ringkasan]!.write(totals, styles: totals.map { _ in RegionalStyles.totals }, filtered: false)
            for kind in RegionalSheet.allCases { try sheets[kind]!.finish() }
            try workbook.close()
        }
    }

    // MARK: - Sheets

    private func write(_ rows: [[RegionalValue]], to kind: RegionalSheet) throws {
        let sheet = sheets[kind]!
        for row in rows { try sheet.write(row) }
    }

    /// The status cell is filled red or green so that OPDs needing work stand out; the
    /// counts are summed for the totals row.
    private func writeRingkasan(_ row: [RegionalValue], hasErrors: Bool) throws {
        let columns = RegionalSheet.ringkasan.columns
        var styles: [CellStyle?] = row.indices.map { $0 < columns.count ? columns[$0].style : nil }
        styles[RegionalSheet.statusColumn] = hasErrors ? RegionalStyles.needsFix : RegionalStyles.conforms
        try sheets[.ringkasan]!.write(row, styles: styles)
        for (column, value) in row.enumerated() {
            if case .number(let count) = value { sums[column, default: 0] += count }
        }
        opdCount += 1
        if hasErrors { needingFix += 1 }
    }
}

/// What can stop a regional workbook from being written (besides `XLSXWriterError`).
public enum RegionalWorkbookError: Error, Equatable, Sendable {
    case rowsPerSheetOutOfRange(Int)
    case closed(path: String)

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.rowsPerSheetOutOfRange(let rows), .en):
            "At most \(rows) rows per sheet leaves no room for a header and a row; use 2 to \(ExcelLimits.maxRows)."
        case (.rowsPerSheetOutOfRange(let rows), _):
            "Batas \(rows) baris per lembar tidak cukup untuk judul kolom dan satu baris; pakai 2 sampai \(ExcelLimits.maxRows)."
        case (.closed(let path), .en): "The workbook \(path) has already been closed."
        case (.closed(let path), _): "Buku kerja \(path) sudah ditutup."
        }
    }
}

extension RegionalWorkbookError: CustomStringConvertible {
    public var description: String { message(.id) }
}

/// The rows of one region for every sheet of a regional workbook, built once.
public struct RegionalSection: Sendable {
    struct OPD: Sendable {
        var ringkasan: [RegionalValue]
        var hasErrors: Bool
        var proses: [[RegionalValue]]
        var subProses: [[RegionalValue]]
        var lintasFungsi: [[RegionalValue]]
        var kegiatan: [[RegionalValue]]
        var relasi: PetaRelasi
        var relasiTitle: String
        var kamusUnit: [[RegionalValue]]
        var temuan: [[RegionalValue]]
    }

    /// What REKAP counts of one rule at one severity in a region: how many findings, on how
    /// many OPDs (nil for the region's own findings).
    struct FindingCount: Sendable, Equatable {
        var rule: String
        var severity: Severity
        var opds: Int?
        var count: Int
    }

    let region: String
    let opds: [OPD]
    let regionTemuan: [[RegionalValue]]
    /// The region's own findings (code collisions, shared processes), for REKAP's lists.
    let regionFindings: [Finding]
    /// Findings counted by rule and severity, as the totals count them: every submission's,
    /// and the region's own that are not mirrored on submissions (`CheckReport.countedRegionFindings`).
    let findingCounts: [FindingCount]

    /// Cells a workbook of this section alone may hold in memory: libxlsxwriter keeps about
    /// 160 bytes a cell, so a region below this stays under ~50 MB while it is written.
    static let inMemoryCellLimit = 300_000

    /// The count of cells of the data sheets (Peta Relasi aside), for choosing how to write.
    var cellCount: Int {
        opds.reduce(regionTemuan.count * 9) { total, opd in
            total + [opd.proses, opd.subProses, opd.lintasFungsi, opd.kegiatan, opd.kamusUnit, opd.temuan]
                .reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } }
        }
    }

    /// Small enough for a workbook holding only this section to be written in memory.
    public var isSmall: Bool { cellCount <= Self.inMemoryCellLimit }

    public init(region: String, submissions: [(submission: Submission, summary: SubmissionSummary, workbookLink: String?)],
                regionFindings: [Finding], dictionary: UnitDictionary, language: Language) {
        self.region = region
        self.regionFindings = regionFindings
        findingCounts = Self.count(submissions.map(\.summary.findings), region: CheckReport.countedRegionFindings(regionFindings))
        opds = submissions.map { item in
            let rows = RegionalRows(region: region, submission: item.submission, dictionary: dictionary, language: language)
            let relasi = PetaRelasi(item.submission, dictionary: dictionary)
            return OPD(ringkasan: rows.ringkasan(item.summary, link: item.workbookLink),
                       hasErrors: item.summary.findings.contains { $0.severity == .error },
                       proses: rows.proses(), subProses: rows.subProses(), lintasFungsi: rows.lintasFungsi(),
                       kegiatan: rows.kegiatan(relasi), relasi: relasi, relasiTitle: "\(region) — \(item.submission.opd)",
                       kamusUnit: rows.kamusUnit(), temuan: rows.temuan(item.summary.findings))
        }
        let lead: [RegionalValue] = [.text(region), .text("")]
        regionTemuan = regionFindings.map { RegionalRows.temuan($0, lead: lead, path: "", language: language) }
    }

    /// Counts by severity (errors first), then rule; a rule met on submissions and on the
    /// region alone gives two lines.
    static func count(_ submissions: [[Finding]], region: [Finding]) -> [FindingCount] {
        struct Key: Hashable { var rule: String; var severity: Severity; var onRegion: Bool }
        var counts: [Key: (opds: Int, count: Int)] = [:]
        for findings in submissions {
            var seen: Set<Key> = []
            for finding in findings {
                let key = Key(rule: finding.rule.rawValue, severity: finding.severity, onRegion: false)
                var entry = counts[key] ?? (0, 0)
                entry.count += 1
                if seen.insert(key).inserted { entry.opds += 1 }
                counts[key] = entry
            }
        }
        for finding in region {
            counts[Key(rule: finding.rule.rawValue, severity: finding.severity, onRegion: true), default: (0, 0)].count += 1
        }
        return sorted(counts.map { key, entry in
            FindingCount(rule: key.rule, severity: key.severity, opds: key.onRegion ? nil : entry.opds, count: entry.count)
        })
    }

    /// Errors first, then warnings and notes; by rule; a submission's count before the region's own.
    static func sorted(_ counts: [FindingCount]) -> [FindingCount] {
        counts.sorted { ($0.severity, $0.rule, $0.opds == nil ? 1 : 0) < ($1.severity, $1.rule, $1.opds == nil ? 1 : 0) }
    }
}
