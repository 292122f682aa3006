import Foundation
import CXlsxWriter

/// An XLSX file being written: add sheets, write cells, then `close()` to produce the file.
///
/// Nothing reaches the disk until `close()`. A workbook dropped without closing frees its
/// memory and writes nothing. Not thread-safe: use one workbook from one task at a time.
///
/// ```swift
/// let book = try Workbook(path: "/tmp/ringkasan.xlsx",
///                         properties: DocumentProperties(title: "Ringkasan", author: "probis"))
/// let sheet = try book.addWorksheet("Ringkasan")
/// try sheet.write("Kode", row: 0, column: 0, style: CellStyle(bold: true))
/// try book.close()
/// ```
public final class Workbook {
    /// How libxlsxwriter should hold the data before writing.
    public struct Options: Hashable, Sendable {
        /// Flush each row to a temporary file as soon as a later row is written, so memory stays
        /// flat for big sheets. Rows must then be written in order (each sheet on its own) and
        /// merged ranges are unavailable; strings are stored inline instead of shared.
        public var constantMemory: Bool
        /// Where libxlsxwriter keeps its temporary files; nil for the system default.
        public var temporaryDirectory: String?

        /// Creates options; the defaults keep everything in memory in the system temp folder.
        public init(constantMemory: Bool = false, temporaryDirectory: String? = nil) {
            self.constantMemory = constantMemory
            self.temporaryDirectory = temporaryDirectory
        }
    }

    /// Where `close()` writes the file.
    public let path: String
    /// Document properties written at `close()`; the default has a fixed creation date.
    public var properties: DocumentProperties
    /// The sheets in the order they were added (the order of the tabs).
    public private(set) var worksheets: [Worksheet] = []
    let handle: WorkbookHandle

    /// Starts a workbook that `close()` will write to `path`.
    ///
    /// Throws `.outputDirectoryMissing` for a missing temporary directory and
    /// `.cannotCreateWorkbook` if libxlsxwriter cannot start one.
    public init(
        path: String, options: Options = Options(),
        properties: DocumentProperties = DocumentProperties()
    ) throws {
        if let directory = options.temporaryDirectory { try Folder.requireWritable(directory) }
        self.path = path
        self.properties = properties
        handle = try WorkbookHandle(
            path: path, constantMemory: options.constantMemory,
            temporaryDirectory: options.temporaryDirectory)
    }

    /// True once `close()` has run (successfully or not); the workbook cannot be written after.
    public var isClosed: Bool { handle.isClosed }

    /// Adds a sheet, checking Excel's naming rules first.
    ///
    /// Names are 1…31 characters, without `[ ] : * ? / \`, not starting or ending with `'`,
    /// not `History`, and unique ignoring case.
    public func addWorksheet(_ name: String) throws -> Worksheet {
        let workbook = try handle.open()
        try ExcelLimits.checkSheetName(name, existing: worksheets.map(\.name))
        guard let pointer = workbook_add_worksheet(workbook, name) else {
            try LXW.check(LXW_ERROR_PARAMETER_VALIDATION, "workbook_add_worksheet")
            throw XLSXWriterError.workbookClosed
        }
        let sheet = Worksheet(name: name, pointer: pointer, handle: handle)
        worksheets.append(sheet)
        return sheet
    }

    /// The sheet with this name, compared ignoring case as Excel does.
    public func worksheet(named name: String) -> Worksheet? {
        let folded = name.lowercased()
        return worksheets.first { $0.name.lowercased() == folded }
    }

    /// Writes the file and releases the workbook; call it once.
    ///
    /// A second call throws `.workbookClosed`. A missing output folder is reported before
    /// anything is released, so `close()` can be retried; once libxlsxwriter has run, the
    /// workbook is released whether it succeeded or not (the C library frees it either way).
    public func close() throws {
        let workbook = try handle.open()
        try Folder.requireWritable(Folder.parent(of: path))
        try properties.apply(to: workbook)
        try activateFirstVisibleSheet()
        try handle.close()
    }

    /// Excel opens on the active sheet, which may not be hidden; pick the first visible one.
    private func activateFirstVisibleSheet() throws {
        guard let first = worksheets.first, first.isHidden else { return }
        guard let visible = worksheets.first(where: { !$0.isHidden }) else {
            throw XLSXWriterError.allSheetsHidden
        }
        worksheet_set_first_sheet(visible.pointer)
        worksheet_activate(visible.pointer)
    }

    /// How many distinct formats were created; lets tests see that equal styles are shared.
    var formatCount: Int { handle.formats.count }
}
