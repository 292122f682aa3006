/// How serious a finding is (see REPORT-FORMAT.md).
public enum Severity: String, Sendable, Comparable, CaseIterable {
    /// The data is wrong or ambiguous.
    case error
    /// Allowed but worth a look, or a style deviation that `fix` can mend.
    case warning
    case info

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// The three instrument tables, named as the report contract names them.
public enum TableKind: String, Sendable, CaseIterable {
    case proses
    case subproses
    case lintasfungsi
}

/// A message in both languages; Indonesian is the default shown to users.
public struct LocalizedText: Hashable, Sendable {
    public var id: String
    public var en: String

    public init(id: String, en: String) {
        self.id = id
        self.en = en
    }

    public func text(_ language: Language) -> String {
        language == .en ? en : id
    }
}

import Spreadsheet

/// A problem found in the data: a value, never thrown. It names its rule, and where it can,
/// the table, the code and the cell.
public struct Finding: Hashable, Sendable {
    public var rule: RuleID
    public var severity: Severity
    public var table: TableKind?
    public var code: String?
    public var location: SourceLocation?
    public var message: LocalizedText
    /// The value `probis fix` would write, when there is one.
    public var fix: String?

    public init(rule: RuleID, severity: Severity, table: TableKind? = nil, code: String? = nil,
                location: SourceLocation? = nil, message: LocalizedText, fix: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.table = table
        self.code = code
        self.location = location
        self.message = message
        self.fix = fix
    }
}
