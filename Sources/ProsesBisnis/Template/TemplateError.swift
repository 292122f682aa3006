import Spreadsheet
import XLSXWriter

/// Why a template was not written: bad options or a file that cannot be put in place.
/// Every message, in both languages, is in the one switch below.
public enum TemplateError: Error, Equatable, Sendable {
    case invalidPrefix(String)
    case unitInvalid(position: Int, name: String)
    case unitDuplicate(String, earlier: String)
    case tooManyUnits(count: Int, limit: Int)
    /// A filled template's activity marks a unit that is not one of the template's units.
    case unknownUnit(String)
    case notXLSX(path: String)
    case fileExists(path: String)
    case cannotWrite(path: String, reason: String)
    case writer(XLSXWriterError)

    public func message(_ language: Language = .id) -> String {
        let texts = self.texts
        return language == .en ? texts.en : texts.id
    }

    private var texts: (id: String, en: String) {
        switch self {
        case .invalidPrefix(let prefix):
            return ("Prefiks kode \"\(prefix)\" tidak dapat dipakai: gunakan huruf saja (boleh dipisah titik atau tanda hubung), paling banyak 20 karakter, misalnya MTR atau KECKLB. Angka akan terbaca sebagai nomor kode.",
                    "Code prefix \"\(prefix)\" cannot be used: use letters only (dots or hyphens may separate them), at most 20 characters, such as MTR or KECKLB. Digits would be read as code numbers.")
        case .unitInvalid(let position, let name):
            return ("Unit kerja ke-\(position) (\"\(name)\") kosong atau berupa teks templat; tulis nama unit, dipisah titik koma.",
                    "Unit \(position) (\"\(name)\") is empty or template text; write unit names separated by semicolons.")
        case .unitDuplicate(let name, let earlier):
            return ("Unit kerja \"\(name)\" sama dengan \"\(earlier)\"; setiap unit hanya boleh sekali.",
                    "Unit \"\(name)\" is the same as \"\(earlier)\"; each unit may appear only once.")
        case .tooManyUnits(let count, let limit):
            return ("\(count) unit kerja melebihi batas \(limit) kolom unit pada tabel lintas fungsi.",
                    "\(count) units exceed the limit of \(limit) unit columns in a lintas fungsi table.")
        case .unknownUnit(let name):
            return ("Unit \"\(name)\" yang ditandai pada kegiatan bukan salah satu unit templat.",
                    "Unit \"\(name)\" marked on an activity is not one of the template's units.")
        case .notXLSX(let path):
            return ("\(path): templat ditulis sebagai buku kerja Excel; nama berkas harus berakhiran .xlsx.",
                    "\(path): the template is an Excel workbook; the file name must end in .xlsx.")
        case .fileExists(let path):
            return ("\(path) sudah ada dan tidak ditimpa; pilih nama lain atau tambahkan --force.",
                    "\(path) already exists and is not overwritten; choose another name or add --force.")
        case .cannotWrite(let path, let reason):
            return ("\(path): templat tidak dapat ditulis (\(reason)).", "\(path): cannot write the template (\(reason)).")
        case .writer(let error):
            return (error.message(.id), error.message(.en))
        }
    }
}

extension TemplateError: CustomStringConvertible {
    public var description: String { message(.id) }
}
