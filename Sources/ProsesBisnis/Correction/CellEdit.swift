import Spreadsheet

/// Which value of a cell an edit changes. A cell may hold a name and a code together (a group
/// row's `Perencanaan (MTR.01)`, a key/value block's `PROSES : MTR.01 Perencanaan`), so the
/// place alone does not say which field is meant.
public enum EditTarget: String, Sendable, Hashable, CaseIterable {
    case code, name, jenis, number
}

/// One planned change to one field of a submission: where it is (the place in the original
/// submission, 0-based), what it reads, what it will read, and the rule that asks for it.
/// `fix` and `recode` plan lists of these, then apply them to the in-memory `Submission`.
public struct CellEdit: Hashable, Sendable {
    public var location: SourceLocation
    public var target: EditTarget
    /// The field's text before (for a trim: the untrimmed cell text).
    public var old: String
    public var new: String
    /// A rule id of REPORT-FORMAT.md (`code.separator`) or of `CorrectionRule` (`text.trim`).
    public var rule: RuleID
    /// The map file line that asked for it (`recode --map`), for refusal messages.
    public var mapLine: Int?

    public init(location: SourceLocation, target: EditTarget, old: String, new: String, rule: RuleID, mapLine: Int? = nil) {
        self.location = location
        self.target = target
        self.old = old
        self.new = new
        self.rule = rule
        self.mapLine = mapLine
    }

    /// The field an edit is for: a place and which value there.
    struct Slot: Hashable {
        var location: SourceLocation
        var target: EditTarget
    }

    var slot: Slot { Slot(location: location, target: target) }
}

extension Array where Element == CellEdit {
    /// Later edits of a field folded into earlier ones: the first `old`, the last `new` and
    /// rule, in first-seen order; fields that end where they began are dropped. Rounds of
    /// `fix` and the two passes of `recode` chain their edits this way.
    func merged() -> [CellEdit] {
        var order: [CellEdit.Slot] = []
        var bySlot: [CellEdit.Slot: CellEdit] = [:]
        for edit in self {
            if var existing = bySlot[edit.slot] {
                existing.new = edit.new
                existing.rule = edit.rule
                existing.mapLine = edit.mapLine ?? existing.mapLine
                bySlot[edit.slot] = existing
            } else {
                order.append(edit.slot)
                bySlot[edit.slot] = edit
            }
        }
        return order.compactMap { bySlot[$0] }.filter { $0.old != $0.new }
    }
}
