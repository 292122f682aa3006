/// Why a file could not be read. Each case names the file and, where it helps, the part inside
/// it, so that a user can find what is wrong; all messages live in `message(_:)`.
public enum SpreadsheetError: Error, Equatable, Sendable {
    case cannotOpen(file: String, reason: String)
    case unsupportedFormat(file: String)
    /// An OLE2 compound file: a password-protected XLSX or a legacy `.xls`.
    case encryptedOrLegacy(file: String)
    case notAZip(file: String)
    case truncated(file: String)
    case tooLarge(file: String, bytes: Int, limit: Int)
    case corruptZip(file: String, reason: String)
    case unsupportedCompression(file: String, part: String, method: Int)
    case corruptPart(file: String, part: String, reason: String)
    case missingPart(file: String, part: String)
    /// The part inflates to more than the limits allow, or to more than it declares.
    case zipBomb(file: String, part: String, reason: String)
    case forbiddenDTD(file: String, part: String)
    case malformedXML(file: String, part: String, offset: Int, reason: String)
    case tooManyCells(file: String, part: String, limit: Int)
    case textEncoding(file: String, reason: String)
    /// A compound file (the container of `.xls`) whose header, allocation tables, directory or
    /// sector chains are damaged or hostile.
    case corruptCompoundFile(file: String, reason: String)
    /// A BIFF record of an `.xls` stream that cannot be read; `record` is its type number and
    /// `offset` the byte of its header in the stream.
    case corruptRecord(file: String, stream: String, record: Int, offset: Int, reason: String)
    /// An `.xls` workbook protected with a password (a FILEPASS record).
    case encryptedWorkbook(file: String)
    /// An Excel file of a version probis does not read, such as BIFF4 (Excel 4.0).
    case unsupportedVersion(file: String, version: String)

    /// The file the error is about.
    public var file: String {
        switch self {
        case .cannotOpen(let file, _), .unsupportedFormat(let file), .encryptedOrLegacy(let file),
             .notAZip(let file), .truncated(let file), .tooLarge(let file, _, _),
             .corruptZip(let file, _), .unsupportedCompression(let file, _, _),
             .corruptPart(let file, _, _), .missingPart(let file, _), .zipBomb(let file, _, _),
             .forbiddenDTD(let file, _), .malformedXML(let file, _, _, _),
             .tooManyCells(let file, _, _), .textEncoding(let file, _), .corruptCompoundFile(let file, _),
             .corruptRecord(let file, _, _, _, _), .encryptedWorkbook(let file), .unsupportedVersion(let file, _):
            file
        }
    }

    /// The message for a user, naming the file and the part.
    public func message(_ language: Language = .id) -> String {
        let en = language == .en
        switch self {
        case .cannotOpen(let file, let reason):
            return en ? "\(file): cannot be opened (\(reason))." : "\(file): tidak dapat dibuka (\(reason))."
        case .unsupportedFormat(let file):
            return en ? "\(file): not a format probis reads (XLSX, XLS or CSV)."
                : "\(file): bukan format yang dapat dibaca probis (XLSX, XLS atau CSV)."
        case .encryptedOrLegacy(let file):
            return en ? "\(file): password-protected workbook or legacy .xls format; save it as .xlsx without a password."
                : "\(file): buku kerja berkata sandi atau format lama .xls; simpan ulang sebagai .xlsx tanpa kata sandi."
        case .notAZip(let file):
            return en ? "\(file): not a valid XLSX file (not a ZIP archive)."
                : "\(file): bukan berkas XLSX yang sah (bukan arsip ZIP)."
        case .truncated(let file):
            return en ? "\(file): the file is truncated (incomplete download or copy?)."
                : "\(file): berkas terpotong (unduhan atau salinan tidak lengkap?)."
        case .tooLarge(let file, let bytes, let limit):
            return en ? "\(file): \(bytes) bytes exceeds the limit of \(limit) bytes."
                : "\(file): ukuran \(bytes) bita melebihi batas \(limit) bita."
        case .corruptZip(let file, let reason):
            return en ? "\(file): damaged ZIP structure (\(reason))." : "\(file): struktur ZIP rusak (\(reason))."
        case .unsupportedCompression(let file, let part, let method):
            return en ? "\(file) › \(part): unsupported compression method \(method)."
                : "\(file) › \(part): metode kompresi \(method) tidak didukung."
        case .corruptPart(let file, let part, let reason):
            return en ? "\(file) › \(part): damaged content (\(reason))." : "\(file) › \(part): isi rusak (\(reason))."
        case .missingPart(let file, let part):
            return en ? "\(file): required part \(part) is missing." : "\(file): bagian wajib \(part) tidak ada."
        case .zipBomb(let file, let part, let reason):
            return en ? "\(file) › \(part): refused, decompresses beyond safe limits (\(reason))."
                : "\(file) › \(part): ditolak, hasil dekompresi melampaui batas aman (\(reason))."
        case .forbiddenDTD(let file, let part):
            return en ? "\(file) › \(part): refused, the XML declares a DTD or entities."
                : "\(file) › \(part): ditolak, XML memuat deklarasi DTD atau entitas."
        case .malformedXML(let file, let part, let offset, let reason):
            return en ? "\(file) › \(part): invalid XML at byte \(offset) (\(reason))."
                : "\(file) › \(part): XML tidak sah pada bita ke-\(offset) (\(reason))."
        case .tooManyCells(let file, let part, let limit):
            return en ? "\(file) › \(part): more than \(limit) cells; refused."
                : "\(file) › \(part): lebih dari \(limit) sel; ditolak."
        case .textEncoding(let file, let reason):
            return en ? "\(file): cannot decode the text (\(reason))." : "\(file): teks tidak dapat didekode (\(reason))."
        case .corruptCompoundFile(let file, let reason):
            return en ? "\(file): damaged .xls (compound file) structure (\(reason))."
                : "\(file): struktur berkas .xls (compound file) rusak (\(reason))."
        case .corruptRecord(let file, let stream, let record, let offset, let reason):
            let type = "0x" + String(record, radix: 16, uppercase: true)
            return en ? "\(file) › \(stream): damaged record \(type) at byte \(offset) (\(reason))."
                : "\(file) › \(stream): rekaman \(type) pada bita ke-\(offset) rusak (\(reason))."
        case .encryptedWorkbook(let file):
            return en ? "\(file): the .xls workbook is encrypted with a password; remove the password in Excel and save it again."
                : "\(file): buku kerja .xls dienkripsi dengan kata sandi; hapus kata sandinya di Excel lalu simpan ulang."
        case .unsupportedVersion(let file, let version):
            return en ? "\(file): Excel format \(version) is too old to read; open it and save it as .xlsx."
                : "\(file): format Excel \(version) terlalu lama untuk dibaca; buka lalu simpan ulang sebagai .xlsx."
        }
    }
}

extension SpreadsheetError: CustomStringConvertible {
    public var description: String { message(.id) }
}
