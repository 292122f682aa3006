/// Finds the process and sub process that each lintas fungsi table of a submission belongs to,
/// by codes compared through `Kode` keys so that `BO-01`, `BO.01` and `bo-1` agree.
///
/// A table names its parents in its key/value block, but the block is often incomplete: the
/// PROSES line is left out, or holds a name only. The structure of the LINTAS FUNGSI (or SUB
/// PROSES) code then says where the table belongs: `MTR.01.02.03` is under `MTR.01.02` and
/// `MTR.01`, `KECKLB.02.01.CFM.01` under `KECKLB.02.01` and `KECKLB.02`.
struct TableAssignment {
    /// Process indices by code key; the first process wins when a code is duplicated.
    private var processByKey: [String: Int] = [:]
    /// Process indices by normalised name, for a block with a name but no code.
    private var processByName: [String: Int] = [:]
    private var subProsesByKey: [String: Int] = [:]
    /// Lintas fungsi names from the Sub Proses table by code key.
    private var lintasNameByKey: [String: String] = [:]
    private let submission: Submission

    init(_ submission: Submission) {
        self.submission = submission
        for (index, proses) in submission.proses.enumerated() {
            if let key = Self.key(proses.kode?.text), processByKey[key] == nil { processByKey[key] = index }
            if let name = proses.nama.map({ HeaderVocabulary.normalise($0.text) }), !name.isEmpty,
               processByName[name] == nil {
                processByName[name] = index
            }
        }
        for (index, sub) in submission.subProses.enumerated() {
            if let key = Self.key(sub.kode?.text), subProsesByKey[key] == nil { subProsesByKey[key] = index }
        }
        for lintas in submission.lintasFungsi {
            if let key = Self.key(lintas.kode?.text), let nama = lintas.nama?.text, lintasNameByKey[key] == nil {
                lintasNameByKey[key] = nama
            }
        }
    }

    /// The index into `submission.proses` of the table's process, nil when nothing matches.
    ///
    /// In order: the code on the PROSES line, the structure of the LINTAS FUNGSI then SUB PROSES
    /// code, and last the name on the PROSES line.
    func process(of table: TabelLintasFungsi) -> Int? {
        if let key = Self.key(table.proses?.kode?.text), let index = processByKey[key] { return index }
        for reference in [table.lintasFungsi, table.subProses] {
            if let index = Self.firstMatch(reference, in: processByKey) { return index }
        }
        guard let name = table.proses?.nama.map({ HeaderVocabulary.normalise($0.text) }) else { return nil }
        return processByName[name]
    }

    /// The index into `submission.subProses` of the table's sub process, nil when nothing matches.
    func subProses(of table: TabelLintasFungsi) -> Int? {
        if let key = Self.key(table.subProses?.kode?.text), let index = subProsesByKey[key] { return index }
        return Self.firstMatch(table.lintasFungsi, in: subProsesByKey)
    }

    /// The index of the process a code belongs to by its structure (`MTR.01.02` → `MTR.01`).
    func process(ofCode text: String?) -> Int? {
        Self.firstMatch(text, in: processByKey)
    }

    /// The lintas fungsi's name: from the key/value block, else from the Sub Proses table.
    func lintasFungsiName(of table: TabelLintasFungsi) -> String? {
        if let nama = table.lintasFungsi?.nama?.text, !nama.isEmpty { return nama }
        return Self.key(table.lintasFungsi?.kode?.text).flatMap { lintasNameByKey[$0] }
    }

    /// The first of the code's own key and its ancestors' keys found in `index`.
    private static func firstMatch(_ reference: ParentReference?, in index: [String: Int]) -> Int? {
        firstMatch(reference?.kode?.text, in: index)
    }

    private static func firstMatch(_ text: String?, in index: [String: Int]) -> Int? {
        guard let text, let kode = Kode(text) else { return nil }
        for key in [kode.key] + kode.ancestorKeys {
            if let found = index[key] { return found }
        }
        return nil
    }

    static func key(_ text: String?) -> String? {
        guard let text else { return nil }
        return Kode(text)?.key
    }
}
