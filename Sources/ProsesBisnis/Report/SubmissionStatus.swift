/// A submission's status in one word, the same in Ringkasan, the text report and the JSON
/// report: what an officer sorts the OPDs by.
///
/// - `tidakTerbaca` (`Tidak terbaca`): nothing could be read (`table.unreadable` and no table);
/// - `kosong` (`Kosong`): read, but no table holds a data row (`submission.empty`);
/// - `perluPerbaikan` (`Perlu perbaikan`): at least one error-level finding;
/// - `sesuai` (`Sesuai`): no error (warnings and notes may remain).
public enum SubmissionStatus: String, Sendable, CaseIterable {
    case sesuai, perluPerbaikan, tidakTerbaca, kosong

    public init(_ summary: SubmissionSummary) {
        let rules = Set(summary.findings.map(\.rule))
        let counts = summary.counts
        let nothingRead = counts.proses + counts.subProses + counts.lintasFungsi + counts.aktivitas == 0
        if rules.contains(RuleID.tableUnreadable), nothingRead {
            self = .tidakTerbaca
        } else if rules.contains(SubmissionEmptyRule.id) {
            self = .kosong
        } else if summary.findings.contains(where: { $0.severity == .error }) {
            self = .perluPerbaikan
        } else {
            self = .sesuai
        }
    }

    /// The word shown to users.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.sesuai, .en): "Conforms"
        case (.sesuai, _): "Sesuai"
        case (.perluPerbaikan, .en): "Needs correction"
        case (.perluPerbaikan, _): "Perlu perbaikan"
        case (.tidakTerbaca, .en): "Unreadable"
        case (.tidakTerbaca, _): "Tidak terbaca"
        case (.kosong, .en): "Empty"
        case (.kosong, _): "Kosong"
        }
    }

    /// The identifier in the JSON report: stable, whatever the language.
    public var id: String {
        switch self {
        case .sesuai: "sesuai"
        case .perluPerbaikan: "perlu_perbaikan"
        case .tidakTerbaca: "tidak_terbaca"
        case .kosong: "kosong"
        }
    }
}

import Spreadsheet
