import Spreadsheet

/// Why `probis convert` did not run: bad options or nothing to read. Every message, in both
/// languages, is in the one switch below. (A row that cannot be assigned is a finding, not
/// an error; a draft that cannot be written is an `OutputError`.)
public enum ConvertError: Error, Equatable, Sendable {
    /// `--prefix OPD=PREFIX` whose prefix is not letters.
    case invalidPrefix(opd: String, prefix: String)
    /// `--prefix` naming an SKPD the plan does not have.
    case unknownOPD(String, known: [String])
    /// `--prefix` without `=`.
    case malformedPrefix(String)
    case sourceMissing(String)
    /// No table of any source could be read: nothing to draft.
    case nothingRecognised

    public func message(_ language: Language = .id) -> String {
        let texts = self.texts
        return language == .en ? texts.en : texts.id
    }

    private var texts: (id: String, en: String) {
        switch self {
        case .invalidPrefix(let opd, let prefix):
            return ("Prefiks kode \"\(prefix)\" untuk \(opd) tidak dapat dipakai: gunakan huruf saja (boleh dipisah titik atau tanda hubung), paling banyak 20 karakter.",
                    "Code prefix \"\(prefix)\" for \(opd) cannot be used: use letters only (dots or hyphens may separate them), at most 20 characters.")
        case .unknownOPD(let opd, let known):
            let list = known.joined(separator: "; ")
            return ("--prefix menyebut \"\(opd)\", yang tidak ada pada tabel; SKPD yang ada: \(list).",
                    "--prefix names \"\(opd)\", which is not in the tables; the SKPD found: \(list).")
        case .malformedPrefix(let text):
            return ("--prefix \"\(text)\" harus berbentuk OPD=PREFIKS, misalnya \"Dinas Kesehatan=DINKES\".",
                    "--prefix \"\(text)\" must read OPD=PREFIX, e.g. \"Dinas Kesehatan=DINKES\".")
        case .sourceMissing(let path):
            return ("\(path) tidak ada atau tidak dapat dibaca.", "\(path) does not exist or cannot be read.")
        case .nothingRecognised:
            return ("Tidak ada tabel RPJMD/Renstra yang dikenali pada berkas yang diberikan; tidak ada draf yang ditulis.",
                    "No RPJMD/Renstra table was recognised in the files given; no draft written.")
        }
    }
}

extension ConvertError: CustomStringConvertible {
    public var description: String { message(.id) }
}
