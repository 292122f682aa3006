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
    public static let readableExtensions: Set<String> = ["xlsx", "xlsm", "csv", "tsv", "ods"]

    /// What `FileKind` calls the files these readers read: a failure on any other kind is
    /// explained by what the file is, not by the reader that tried it.
    public static let readableKinds: Set<FileKind> = [.xlsx, .csvText, .ods]

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
        if FileLoading.isCompoundDocument(data) { throw SpreadsheetError.encryptedOrLegacy(file: path) }
        switch ext {
        case "csv", "tsv", "txt": return try CSVReader(limits: limits).read(data: data, path: path)
        case "xlsx", "xlsm": throw SpreadsheetError.notAZip(file: path)
        default: throw SpreadsheetError.unsupportedFormat(file: path)
        }
    }
}
