import Foundation

/// Telling an OpenDocument package from an OOXML one by its content, never by its name: an
/// `.ods` renamed `.xlsx` is read as ODS, and an ODS is never reported as a broken XLSX.
enum OpenDocumentPackage {
    static let mimetypePart = "mimetype"
    static let contentPart = "content.xml"
    static let manifestPart = "META-INF/manifest.xml"

    private static let odfPrefix = "application/vnd.oasis.opendocument."
    /// `.ods` and its template `.ots`.
    private static let spreadsheetTypes: Set<String> = [
        "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.spreadsheet-template",
    ]

    /// Whether the archive is an OpenDocument package: its `mimetype` member names an ODF type,
    /// or, lacking that member (some producers leave it out), it has a `content.xml` and no
    /// `[Content_Types].xml`.
    static func isOpenDocument(_ archive: ZipArchive) -> Bool {
        if let mimetype = mimetype(of: archive) { return mimetype.hasPrefix(odfPrefix) }
        return archive.entry(named: contentPart) != nil && archive.entry(named: "[Content_Types].xml") == nil
    }

    /// Whether the declared type is a spreadsheet; nil when no `mimetype` member says.
    static func declaredSpreadsheet(_ archive: ZipArchive) -> (isSpreadsheet: Bool, mimetype: String)? {
        guard let mimetype = mimetype(of: archive) else { return nil }
        return (spreadsheetTypes.contains(mimetype), mimetype)
    }

    /// The `mimetype` member's text, trimmed; nil when absent, damaged or implausibly long.
    static func mimetype(of archive: ZipArchive) -> String? {
        guard let entry = archive.entry(named: mimetypePart), entry.uncompressedSize <= 256 else { return nil }
        var inflater = Inflater(archive: archive, limits: .standard)
        let buffer = ByteBuffer()
        guard (try? inflater.inflate(entry, into: buffer)) != nil else { return nil }
        return String(decoding: buffer.bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether the manifest says a part is encrypted (a password-protected document).
    static func isEncrypted(_ source: inout PartSource) throws -> Bool {
        guard source.contains(manifestPart) else { return false }
        return try source.scan(manifestPart) { scanner in
            while let tag = try scanner.nextTag() {
                if tag.kind != .close, scanner.tag(tag, is: "encryption-data") { return true }
            }
            return false
        }
    }
}
