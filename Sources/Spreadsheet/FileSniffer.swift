import Foundation

/// What a file is, from its first bytes and (for ZIP and Compound File containers) the names
/// inside it, never from its extension: a Word document renamed `.xlsx` is a Word document.
///
/// Used to tell a user what they sent when it is not a spreadsheet probis reads.
public enum FileKind: String, Sendable, CaseIterable {
    case xlsx, xlsb, ods, numbers, csvText
    case xls, encryptedOffice, legacyWord, legacyPowerPoint
    case docx, pptx, odt, pdf, rtf, html, png, jpeg, gif, zip, empty, unknown

    /// Sniffs the file at `path`, reading at most its first megabyte and its ZIP directory.
    public static func of(path: String) -> FileKind {
        guard let handle = FileHandle(forReadingAtPath: path) else { return .unknown }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()).map(Int.init) ?? 0
        try? handle.seek(toOffset: 0)
        guard size > 0 else { return .empty }
        // A ZIP's directory sits at its end: read the whole file when it is of spreadsheet size.
        let limit = size <= 64 << 20 ? size : 1 << 20
        let data = (try? handle.read(upToCount: limit)) ?? Data()
        return of(data: data)
    }

    /// Sniffs bytes already in memory.
    public static func of(data: Data) -> FileKind {
        if data.isEmpty { return .empty }
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return zipKind(data) }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return compoundKind(data) }
        if data.starts(with: Array("%PDF".utf8)) { return .pdf }
        if data.starts(with: Array("{\\rtf".utf8)) { return .rtf }
        if data.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return .png }
        if data.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if data.starts(with: Array("GIF8".utf8)) { return .gif }
        let head = String(decoding: data.prefix(512), as: UTF8.self).lowercased()
        if head.contains("<html") || head.contains("<!doctype html") || head.contains("<table") { return .html }
        return data.prefix(4096).contains(0) ? .unknown : .csvText
    }

    private static func zipKind(_ data: Data) -> FileKind {
        guard let archive = try? ZipArchive(file: "", data: data) else { return .zip }
        let names = Set(archive.entries.keys)
        if let mimetype = archive.entry(named: "mimetype"), mimetype.method == 0,
           let text = try? archive.withCompressedBytes(of: mimetype, { String(decoding: $0, as: UTF8.self) }) {
            if text.contains("opendocument.spreadsheet") { return .ods }
            if text.contains("opendocument.text") { return .odt }
        }
        if names.contains("xl/workbook.bin") { return .xlsb }
        if names.contains(where: { $0.hasPrefix("xl/") }) { return .xlsx }
        if names.contains(where: { $0.hasPrefix("word/") }) { return .docx }
        if names.contains(where: { $0.hasPrefix("ppt/") }) { return .pptx }
        if names.contains("index/document.iwa") || names.contains(where: { $0.hasSuffix(".iwa") }) { return .numbers }
        if names.contains("content.xml") { return .ods }
        return .zip
    }

    /// A Compound File names its streams in UTF-16 in its directory: the stream names tell
    /// a workbook from a document, and `EncryptionInfo` an encrypted OOXML file.
    private static func compoundKind(_ data: Data) -> FileKind {
        func has(_ name: String) -> Bool {
            data.range(of: Data(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })) != nil
        }
        if has("EncryptionInfo") { return .encryptedOffice }
        if has("Workbook") || has("Book") { return .xls }
        if has("WordDocument") { return .legacyWord }
        if has("PowerPoint Document") { return .legacyPowerPoint }
        return .unknown
    }
}
