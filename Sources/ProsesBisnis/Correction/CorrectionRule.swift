/// The rule ids a correction can name in the change log. The code and JENIS PROSES fixes are
/// the report's own rules (their findings' `fix` is what is written); four more mend what the
/// report does not count as a finding; the two recode ids name explicit renames.
public enum CorrectionRule {
    /// Surrounding spaces removed from a name, a code or a JENIS PROSES.
    public static let trim = RuleID.textTrim
    /// An official JENIS PROSES in another case (`UTAMA`, `utama`) written `Utama`.
    public static let jenisCase = RuleID.jenisCase
    /// NO written 1, 2, 3 … per table, as the instrument numbers it.
    public static let renumber = RuleID.noRenumber
    /// Template text removed: a placeholder-only row (`dst...`) of a filled table, or a `*****`
    /// unit column that no activity marks. Each of its cells is one change (new text empty).
    public static let placeholderRemove = RuleID.placeholderRemove
    /// A line of `recode --map`.
    public static let map = RuleID.recodeMap
    /// `recode --prefix`.
    public static let prefix = RuleID.recodePrefix

    /// The rules `fix` applies, in the order `--only` lists them in messages.
    public static let fixable: [RuleID] = [
        RuleID.codeSeparator, RuleID.codeNumeric, RuleID.codeParentMismatch, RuleID.jenisSynonym, RuleID.jenisInvalid,
        trim, jenisCase, renumber, placeholderRemove,
    ]

    /// Code fixes of one cell by precedence: a fix that changes where the code belongs wins
    /// over one that only rewrites its separators (the new code is already in style).
    static let codePrecedence = [RuleID.codeParentMismatch, RuleID.codeNumeric, RuleID.codeSeparator]
}
