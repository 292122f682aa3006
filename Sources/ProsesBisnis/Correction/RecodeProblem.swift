import Spreadsheet

/// Why `recode` refuses to run: a bad map line or `--prefix`, or a mapping that would break
/// the data. Found before anything is written; every message names the map file and line.
public enum RecodeProblem: Hashable, Sendable {
    case mapUnreadable(file: String, reason: LocalizedText)
    case mapEmpty(file: String)
    case missingValue(file: String, line: Int)
    case notACode(file: String, line: Int, text: String)
    case levelChange(file: String, line: Int, old: String, new: String)
    case unreadableResult(file: String, line: Int, code: String)
    case mappedTwice(file: String, line: Int, other: Int, old: String)
    case chain(file: String, line: Int, other: Int, code: String)
    case cycle(file: String, line: Int, other: Int, old: String, new: String)
    case unknownRegion(file: String, line: Int, region: String)
    case unknownOPD(file: String, line: Int, region: String, opd: String)
    /// The recode would give two items of one submission the same code.
    case duplicate(source: String, submission: String, code: String, cells: [String])
    case prefixSyntax(argument: String)
    case prefixUnknown(argument: String)
    case prefixInvalid(argument: String, example: String)
    case prefixTwice(argument: String)

    public func message(_ language: Language) -> String {
        let en = language == .en
        switch self {
        case .mapUnreadable(let file, let reason):
            return en ? "\(file): the code map cannot be read (\(reason.en))." : "\(file): peta kode tidak dapat dibaca (\(reason.id))."
        case .mapEmpty(let file):
            return en ? "\(file): the code map has no line old;new." : "\(file): peta kode tidak berisi baris lama;baru."
        case .missingValue(let file, let line):
            return en ? "\(file):\(line): the line needs both the old and the new code."
                : "\(file):\(line): baris ini harus berisi kode lama dan kode baru."
        case .notACode(let file, let line, let text):
            return en ? "\(file):\(line): \"\(text)\" is not a code (letters and numbers separated by dots)."
                : "\(file):\(line): \"\(text)\" bukan kode (huruf dan angka yang dipisah titik)."
        case .levelChange(let file, let line, let old, let new):
            return en ? "\(file):\(line): \(old) and \(new) have different numbers of levels; a recode keeps an item at its level."
                : "\(file):\(line): \(old) dan \(new) berbeda jumlah tingkatnya; recode tidak memindahkan tingkat suatu butir."
        case .unreadableResult(let file, let line, let code):
            return en ? "\(file):\(line): the new code \(code) could not be read back from a table (a prefix segment of at most 10 letters, numbers of at most 4 digits)."
                : "\(file):\(line): kode baru \(code) tidak akan terbaca kembali dari tabel (segmen awalan paling banyak 10 huruf, angka paling banyak 4 digit)."
        case .mappedTwice(let file, let line, let other, let old):
            return en ? "\(file):\(line): \(old) is already mapped on line \(other) to another code; keep one of the two lines."
                : "\(file):\(line): \(old) sudah dipetakan ke kode lain pada baris \(other); pertahankan salah satu baris saja."
        case .chain(let file, let line, let other, let code):
            return en ? "\(file):\(line): the new code \(code) is renamed again by line \(other) (a chain); map each old code straight to its final code."
                : "\(file):\(line): kode baru \(code) diubah lagi oleh baris \(other) (berantai); petakan setiap kode lama langsung ke kode akhirnya."
        case .cycle(let file, let line, let other, let old, let new):
            return en ? "\(file):\(line): \(old) → \(new) and line \(other) maps \(new) back to \(old) (a cycle); use an unused code in between."
                : "\(file):\(line): \(old) → \(new) sedangkan baris \(other) memetakan \(new) kembali ke \(old) (siklus); gunakan kode lain yang belum dipakai."
        case .unknownRegion(let file, let line, let region):
            return en ? "\(file):\(line): the region \"\(region)\" has no submission in this folder."
                : "\(file):\(line): wilayah \"\(region)\" tidak memiliki kiriman di folder ini."
        case .unknownOPD(let file, let line, let region, let opd):
            return en ? "\(file):\(line): the OPD \"\(opd)\" has no submission in \(region.isEmpty ? "this folder" : "the region \"\(region)\"")."
                : "\(file):\(line): OPD \"\(opd)\" tidak memiliki kiriman di \(region.isEmpty ? "folder ini" : "wilayah \"\(region)\"")."
        case .duplicate(let source, let submission, let code, let cells):
            let places = cells.joined(separator: ", ")
            return en ? "\(source): the recode would give \(code) to two items of \(submission) (\(places))."
                : "\(source): recode akan memberi kode \(code) kepada dua butir di \(submission) (\(places))."
        case .prefixSyntax(let argument):
            return en ? "--prefix \"\(argument)\": write \"<region>/<opd>=NEWPREFIX\", e.g. \"Kota Pasuruan/DPMPTSP=DPMPTSP.P\"."
                : "--prefix \"\(argument)\": tulis \"<wilayah>/<opd>=AWALANBARU\", misalnya \"Kota Pasuruan/DPMPTSP=DPMPTSP.P\"."
        case .prefixUnknown(let argument):
            return en ? "--prefix \"\(argument)\": no submission of that region and OPD in this folder."
                : "--prefix \"\(argument)\": tidak ada kiriman wilayah dan OPD tersebut di folder ini."
        case .prefixInvalid(let argument, let example):
            return en ? "--prefix \"\(argument)\": codes such as \(example) could not be read back (the prefix needs letters, segments of at most 10 letters)."
                : "--prefix \"\(argument)\": kode seperti \(example) tidak akan terbaca kembali (awalan harus berhuruf, tiap segmen paling banyak 10 huruf)."
        case .prefixTwice(let argument):
            return en ? "--prefix \"\(argument)\": that submission already has a --prefix." : "--prefix \"\(argument)\": kiriman itu sudah diberi --prefix."
        }
    }
}

/// `recode` could not run: each problem is listed, nothing was written.
public struct RecodeRefusal: Error, Sendable {
    public var problems: [RecodeProblem]

    public init(_ problems: [RecodeProblem]) {
        self.problems = problems
    }

    public func message(_ language: Language) -> String {
        let head = language == .en ? "recode refused, nothing was written:" : "recode ditolak, tidak ada berkas yang ditulis:"
        return ([head] + problems.map { "  " + $0.message(language) }).joined(separator: "\n")
    }
}
