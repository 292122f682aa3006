/// The rule ids a correction can name in the change log. The code and JENIS PROSES fixes are
/// the report's own rules (their findings' `fix` is what is written); four more mend what the
/// report does not count as a finding; the two recode ids name explicit renames.
public enum CorrectionRule {
    /// Surrounding spaces removed from a name, a code or a JENIS PROSES.
    public static let trim = "text.trim"
    /// An official JENIS PROSES in another case (`UTAMA`, `utama`) written `Utama`.
    public static let jenisCase = "jenis.case"
    /// NO written 1, 2, 3 … per table, as the instrument numbers it.
    public static let renumber = "no.renumber"
    /// Template text removed: a placeholder-only row (`dst...`) of a filled table, or a `*****`
    /// unit column that no activity marks. Each of its cells is one change (new text empty).
    public static let placeholderRemove = "placeholder.remove"
    /// A line of `recode --map`.
    public static let map = "recode.map"
    /// `recode --prefix`.
    public static let prefix = "recode.prefix"

    /// The rules `fix` applies, in the order `--only` lists them in messages.
    public static let fixable: [String] = [
        "code.separator", "code.numeric", "code.parent_mismatch", "jenis.synonym", "jenis.invalid",
        trim, jenisCase, renumber, placeholderRemove,
    ]

    /// Code fixes of one cell by precedence: a fix that changes where the code belongs wins
    /// over one that only rewrites its separators (the new code is already in style).
    static let codePrecedence = ["code.parent_mismatch", "code.numeric", "code.separator"]
}
