import Spreadsheet

extension Submission {
    /// The submission with `edits` applied to every field they name. A field is found by its
    /// place and target, so the copies of a value the reader made (a sub proses's code in the
    /// lintas fungsi listed under it, a group row over its sub processes) change together and
    /// stay equal, which is how the validated workbook finds which rows belong together.
    /// A NO that was empty is created in the cell the edit names.
    public func applying(_ edits: [CellEdit]) -> Submission {
        guard !edits.isEmpty else { return self }
        let applier = EditApplier(edits)
        var result = self
        for index in result.proses.indices {
            applier.apply(&result.proses[index].no, .number, row: result.proses[index].location)
            applier.apply(&result.proses[index].nama, .name)
            applier.apply(&result.proses[index].jenis, .jenis)
            applier.apply(&result.proses[index].kode, .code)
        }
        for index in result.subProses.indices {
            applier.apply(&result.subProses[index].no, .number, row: result.subProses[index].location)
            applier.apply(&result.subProses[index].nama, .name)
            applier.apply(&result.subProses[index].kode, .code)
            applier.apply(&result.subProses[index].parent)
        }
        for index in result.lintasFungsi.indices {
            applier.apply(&result.lintasFungsi[index].nama, .name)
            applier.apply(&result.lintasFungsi[index].kode, .code)
            applier.apply(&result.lintasFungsi[index].subProses)
        }
        for index in result.tabelLintasFungsi.indices {
            applier.apply(&result.tabelLintasFungsi[index].proses)
            applier.apply(&result.tabelLintasFungsi[index].subProses)
            applier.apply(&result.tabelLintasFungsi[index].lintasFungsi)
            for row in result.tabelLintasFungsi[index].kegiatan.indices {
                let record = result.tabelLintasFungsi[index].kegiatan[row].location
                applier.apply(&result.tabelLintasFungsi[index].kegiatan[row].no, .number, row: record)
            }
        }
        return result
    }
}

/// Looks edits up by field, and by row for a NO that has no cell yet.
private struct EditApplier {
    private var bySlot: [CellEdit.Slot: CellEdit] = [:]
    private var numberByRow: [SourceLocation: CellEdit] = [:]

    init(_ edits: [CellEdit]) {
        for edit in edits {
            bySlot[edit.slot] = edit
            if edit.target == .number, edit.old.isEmpty {
                var row = edit.location
                row.column = nil
                numberByRow[row] = edit
            }
        }
    }

    func apply(_ reference: inout ParentReference?) {
        guard reference != nil else { return }
        apply(&reference!.nama, .name)
        apply(&reference!.kode, .code)
    }

    func apply(_ field: inout FieldValue?, _ target: EditTarget, row: SourceLocation? = nil) {
        guard let current = field else {
            if target == .number, let row, let edit = numberByRow[row] {
                field = FieldValue(text: edit.new, location: edit.location)
            }
            return
        }
        guard let edit = bySlot[CellEdit.Slot(location: current.location, target: target)] else { return }
        var changed = current
        changed.text = edit.new
        changed.raw = CellText.isWhole(current) ? edit.new
            : CellText.replacing(current.text, with: edit.new, in: current.raw) ?? edit.new
        if target == .code { changed.wasNumber = false }
        field = changed
    }
}

/// A field's value inside its cell's text.
enum CellText {
    /// True when the field is the whole cell (surrounding spaces aside), not a part of it.
    static func isWhole(_ field: FieldValue) -> Bool {
        field.raw == field.text || TextTrimming.trimmed(field.raw) == field.text
    }

    /// `text` with `old` replaced by `new`: the only occurrence, else the last one (a code
    /// follows its name in `Nama (KODE)`); nil when `old` does not occur.
    static func replacing(_ old: String, with new: String, in text: String) -> String? {
        guard !old.isEmpty, let range = text.range(of: old, options: .backwards) else { return nil }
        return text.replacingCharacters(in: range, with: new)
    }

    /// The code a reference's fix writes, from the whole-cell text `CellFix.replacing` made of it.
    static func code(fromCellFix fix: String, for field: FieldValue) -> String? {
        if isWhole(field) { return fix }
        let raw = field.raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = raw.components(separatedBy: field.text)
        guard parts.count == 2, fix.hasPrefix(parts[0]), fix.hasSuffix(parts[1]),
              fix.count >= parts[0].count + parts[1].count else { return nil }
        return String(fix.dropFirst(parts[0].count).dropLast(parts[1].count))
    }
}

import Foundation
