/// What `fix` removes of the template text recognition set aside (`placeholder.remove`): the
/// cells of placeholder-only rows (`dst...`, `lihat kegiatan dalam program` on its own) and
/// the headers of `*****` unit columns that no activity marks. Those are not part of the model,
/// so the corrected workbook, written from the model, simply no longer has them; the edits
/// put them in the change log. A `*****` column that holds marks is data with a missing name
/// and stays, still reported, for a person to name.
struct PlaceholderRemoval {
    /// The placeholders left in place.
    var kept: [(field: FieldValue, table: TableKind)] = []
    /// One edit per removed cell, its new text empty.
    var edits: [CellEdit] = []

    init(_ submission: Submission) {
        let markedUnits = Set(submission.tabelLintasFungsi.flatMap { $0.units.map(\.location) })
        for placeholder in submission.placeholders {
            let field = placeholder.field
            guard !markedUnits.contains(field.location) else { kept.append(placeholder); continue }
            edits.append(CellEdit(location: field.location, target: .name, old: field.raw, new: "",
                                  rule: CorrectionRule.placeholderRemove))
        }
    }
}
