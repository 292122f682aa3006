import Foundation
import Spreadsheet

/// Whom a blank instrument template is for and what it pre-sets: the title rows, the code
/// prefix shown as the expected pattern, and the unit columns of the Lintas Fungsi sheet.
///
/// ```swift
/// let options = try TemplateOptions(region: "Kota Metro", opd: "Dinas Pendidikan", prefix: "MTR",
///                                   units: ["Sekretariat", "Bidang PAUD"], language: .id)
/// ```
public struct TemplateOptions: Sendable, Hashable {
    public var region: String
    public var opd: String
    /// Letters only (`MTR`, `KECKLB`, `DPMPTSP.P`): a digit would be read as a code number.
    public var prefix: String?
    /// The unit columns of every lintas fungsi table; empty gives the official `*****` columns.
    public var units: [String]
    public var language: Language
    /// Empty formatted rows under the data of each table, for the OPD to fill.
    public var emptyRows: EmptyRows

    /// How many empty rows each table offers; the OPD inserts more where needed.
    public struct EmptyRows: Sendable, Hashable {
        public var proses: Int
        public var subProses: Int
        public var kegiatan: Int

        public init(proses: Int = 30, subProses: Int = 60, kegiatan: Int = 20) {
            self.proses = proses
            self.subProses = subProses
            self.kegiatan = kegiatan
        }
    }

    /// Placeholder unit columns of the blank official template (seed 000 shows six).
    static let placeholderUnitCount = 6
    static let placeholderUnit = "*****"
    /// Columns Excel can show on one landscape page and probis's unit dictionary stays useful for.
    static let maxUnits = 30
    static let maxPrefixLength = 20

    /// Checks and normalises the options: trimmed texts, units without blanks or duplicates,
    /// a prefix of letters.
    public init(region: String = "", opd: String = "", prefix: String? = nil, units: [String] = [],
                language: Language = .id, emptyRows: EmptyRows = EmptyRows()) throws {
        self.region = region.trimmingCharacters(in: .whitespacesAndNewlines)
        self.opd = opd.trimmingCharacters(in: .whitespacesAndNewlines)
        let prefix = prefix?.trimmingCharacters(in: .whitespacesAndNewlines)
        self.prefix = prefix?.isEmpty == true ? nil : prefix
        self.units = try Self.checkedUnits(units)
        self.language = language
        self.emptyRows = emptyRows
        if let prefix = self.prefix, !Self.isValidPrefix(prefix) { throw TemplateError.invalidPrefix(prefix) }
    }

    /// Splits the command line's `"Sekretariat;Bidang A;Bidang B"`; a trailing `;` is forgiven,
    /// an empty name between two is kept so that the options refuse it.
    public static func units(from list: String) -> [String] {
        var parts = list.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        if parts.count > 1, parts.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { parts.removeLast() }
        return parts
    }

    /// Letter runs joined by single `.`, `-` or `_`, at most 20 characters.
    static func isValidPrefix(_ prefix: String) -> Bool {
        guard prefix.count <= maxPrefixLength else { return false }
        let runs = prefix.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "-" || $0 == "_" }
        return runs.allSatisfy { run in !run.isEmpty && run.allSatisfy { $0.isASCII && $0.isLetter } }
    }

    private static func checkedUnits(_ units: [String]) throws -> [String] {
        let trimmed = units.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        if trimmed.count > maxUnits { throw TemplateError.tooManyUnits(count: trimmed.count, limit: maxUnits) }
        var seen: [String: String] = [:]
        for (index, unit) in trimmed.enumerated() {
            if unit.isEmpty || RowKinds.isPlaceholder(unit) { throw TemplateError.unitInvalid(position: index + 1, name: unit) }
            let key = HeaderVocabulary.normalise(unit)
            if let earlier = seen[key] { throw TemplateError.unitDuplicate(unit, earlier: earlier) }
            seen[key] = unit
        }
        return trimmed
    }

    /// The unit column headers: the units given, or the official placeholders.
    var unitHeaders: [String] {
        units.isEmpty ? Array(repeating: Self.placeholderUnit, count: Self.placeholderUnitCount) : units
    }
}
