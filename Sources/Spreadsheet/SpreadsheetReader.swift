import Foundation

/// Opens any file probis reads, choosing the reader by the file's content and extension.
///
/// New formats (`.xls`, `.ods`) plug in here as another case, with no change for callers.
///
/// Like `XLSXReader`, it reuses buffers between files: use one reader per thread.
public struct SpreadsheetReader {
    public var limits: ReadLimits {
        didSet {
            xlsx.limits = limits
            ods.limits = limits
        }
    }
    private var xlsx: XLSXReader
    private var ods: ODSReader

    public init(limits: ReadLimits = .standard) {
        self.limits = limits
        self.xlsx = XLSXReader(limits: limits)
        self.ods = ODSReader(limits: limits)
    }

    /// File extensions of the files a folder scan picks up.
    public static let readableExtensions: Set<String> = ["xlsx", "xlsm", "xls", "csv", "tsv", "ods"]

    /// What `FileKind` calls the files these readers read: a failure on any other kind is
    /// explained by what the file is, not by the reader that tried it.
    public static let readableKinds: Set<FileKind> = [.xlsx, .xls, .csvText, .ods]

    /// The readable files below `folder`, as paths relative to it, sorted so that outputs are
    /// reproducible. Excel's lock files (`~$Book.xlsx`) and hidden files are not submissions.
    public static func readableFiles(under folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard !name.hasPrefix("~$"), !name.hasPrefix("."),
                  readableExtensions.contains((name as NSString).pathExtension.lowercased())
            else { continue }
            found.append(relative)
        }
        return found.sorted()
    }

    public func read(path: String) throws -> Workbook {
        let data = try FileLoading.load(path, limits: limits)
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        if data.starts(with: [0x50, 0x4B]) {
            // An OpenDocument package is told by its content, whatever its name.
            let archive = try ZipArchive(file: path, data: data)
            if OpenDocumentPackage.isOpenDocument(archive) { return try ods.read(archive: archive) }
            return try xlsx.read(data: data, path: path)
        }
        if FileLoading.isCompoundDocument(data) { return try readCompound(data, path: path, ext: ext) }
        if ext == "xls", let version = FileLoading.bareBIFFVersion(data) {
            throw SpreadsheetError.unsupportedVersion(file: path, version: version)
        }
        switch ext {
        case "csv", "tsv", "txt": return try CSVReader(limits: limits).read(data: data, path: path)
        case "xlsx", "xlsm": throw SpreadsheetError.notAZip(file: path)
        default: throw SpreadsheetError.unsupportedFormat(file: path)
        }
    }

    /// A compound file holding a `Workbook` or `Book` stream is an `.xls`; one holding an
    /// `EncryptionInfo` stream is an encrypted OOXML workbook. A damaged one named otherwise
    /// than `.xls` keeps the encrypted-or-legacy message, the likelier cause.
    private func readCompound(_ data: Data, path: String, ext: String) throws -> Workbook {
        let compound: CompoundFile
        do {
            compound = try CompoundFile(data: data, file: path, limits: limits)
        } catch SpreadsheetError.corruptCompoundFile(let file, let reason) {
            guard ext == "xls" else { throw SpreadsheetError.encryptedOrLegacy(file: path) }
            throw SpreadsheetError.corruptCompoundFile(file: file, reason: reason)
        }
        return try XLSReader(limits: limits).read(compound, path: path)
    }
}
