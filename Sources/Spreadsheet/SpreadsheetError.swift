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
    /// An Excel Binary Workbook (`.xlsb`): a ZIP of binary parts probis does not read.
    case binaryWorkbook(file: String)
    /// The workbook lists more sheets than `ReadLimits.maxSheets`.
    case tooManySheets(file: String, limit: Int)
    case textEncoding(file: String, reason: String)
    /// A password-protected OpenDocument file: its manifest lists encrypted parts.
    case encryptedODS(file: String)
    /// An OpenDocument package that is not a spreadsheet (a text document, a presentation).
    case notASpreadsheet(file: String, mimetype: String)
    /// ODS repeat counts (`table:number-columns-repeated`, `number-rows-repeated`) asking for
    /// more non-empty cells than `ReadLimits.maxRepeatedCells`.
    case tooManyRepeatedCells(file: String, part: String, limit: Int)
    /// ODS space counts (`<text:s text:c=…/>`) asking for more than `ReadLimits.maxRepeatedSpaces`.
    case tooManyRepeatedSpaces(file: String, part: String, limit: Int)
    /// A non-empty cell (0-based row and column) beyond the 1,048,576 × 16,384 grid of a sheet.
    case beyondGrid(file: String, part: String, row: Int, column: Int)
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
             .tooManyCells(let file, _, _), .tooManySheets(let file, _), .binaryWorkbook(let file), .textEncoding(let file, _), .encryptedODS(let file),
             .notASpreadsheet(let file, _), .tooManyRepeatedCells(let file, _, _),
             .tooManyRepeatedSpaces(let file, _, _), .beyondGrid(let file, _, _, _), .corruptCompoundFile(let file, _),
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
            return en ? "\(file): not a format probis reads (XLSX, XLS, ODS or CSV)."
                : "\(file): bukan format yang dapat dibaca probis (XLSX, XLS, ODS atau CSV)."
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
        case .binaryWorkbook(let file):
            return en ? "\(file): an Excel Binary Workbook (.xlsb), which probis does not read; open it in Excel and save it as .xlsx."
                : "\(file): buku kerja biner Excel (.xlsb) yang tidak dibaca probis; buka di Excel lalu simpan ulang sebagai .xlsx."
        case .tooManySheets(let file, let limit):
            return en ? "\(file): the workbook lists more than \(limit) sheets; refused."
                : "\(file): buku kerja mendaftar lebih dari \(limit) sheet; ditolak."
        case .textEncoding(let file, let reason):
            return en ? "\(file): cannot decode the text (\(reason))." : "\(file): teks tidak dapat didekode (\(reason))."
        case .encryptedODS, .notASpreadsheet, .tooManyRepeatedCells, .tooManyRepeatedSpaces, .beyondGrid:
            return openDocumentMessage(en)
        case .corruptCompoundFile, .corruptRecord, .encryptedWorkbook, .unsupportedVersion:
            return legacyExcelMessage(en)
        }
    }

    /// Messages of the OpenDocument (ODS) reader's cases.
    private func openDocumentMessage(_ en: Bool) -> String {
        switch self {
        case .encryptedODS(let file):
            return en ? "\(file): password-protected OpenDocument spreadsheet (.ods); save it again without a password."
                : "\(file): lembar kerja OpenDocument (.ods) berkata sandi; simpan ulang tanpa kata sandi."
        case .notASpreadsheet(let file, let mimetype):
            return en ? "\(file): an OpenDocument file that is not a spreadsheet (\(mimetype)); save it as .ods or .xlsx."
                : "\(file): berkas OpenDocument yang bukan lembar kerja (\(mimetype)); simpan sebagai .ods atau .xlsx."
        case .tooManyRepeatedCells(let file, let part, let limit):
            return en ? "\(file) › \(part): refused, the ODS repeats cells (table:number-columns-repeated / number-rows-repeated) to more than \(limit) cells."
                : "\(file) › \(part): ditolak, ODS ini mengulang sel (table:number-columns-repeated / number-rows-repeated) hingga lebih dari \(limit) sel."
        case .tooManyRepeatedSpaces(let file, let part, let limit):
            return en ? "\(file) › \(part): refused, the ODS repeats spaces (text:s) to more than \(limit) spaces."
                : "\(file) › \(part): ditolak, ODS ini mengulang spasi (text:s) hingga lebih dari \(limit) spasi."
        case .beyondGrid(let file, let part, let row, let column):
            return en ? "\(file) › \(part): a non-empty cell at row \(row + 1), column \(column + 1) lies beyond the 1,048,576 rows and 16,384 columns of a sheet."
                : "\(file) › \(part): sel berisi pada baris \(row + 1), kolom \(column + 1) berada di luar batas lembar (1.048.576 baris, 16.384 kolom)."
        default:
            return file  // unreachable: message(_:) sends only the cases above here
        }
    }

    /// Messages of the legacy Excel (`.xls`) reader's cases.
    private func legacyExcelMessage(_ en: Bool) -> String {
        switch self {
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
        default:
            return file  // unreachable: message(_:) sends only the cases above here
        }
    }
}

extension SpreadsheetError: CustomStringConvertible {
    public var description: String { message(.id) }
}
