import CXlsxWriter
import Foundation

/// Owns the C workbook; shared by `Workbook` and its sheets so no sheet outlives its pointer.
///
/// `workbook_close` frees the C workbook whether or not it succeeds, so the pointer is cleared
/// before the call and every later use throws `.workbookClosed` instead of touching freed memory.
final class WorkbookHandle {
    private var pointer: UnsafeMutablePointer<lxw_workbook>?
    /// Our own copy of the tmpdir path; kept until the C workbook is gone in case it borrows it.
    private let temporaryDirectory: UnsafeMutablePointer<CChar>?
    let constantMemory: Bool
    let formats = FormatCache()

    init(path: String, constantMemory: Bool, temporaryDirectory: String?) throws {
        self.constantMemory = constantMemory
        self.temporaryDirectory = temporaryDirectory.flatMap { strdup($0) }
        var options = lxw_workbook_options()
        options.constant_memory = constantMemory ? 1 : 0
        options.tmpdir = self.temporaryDirectory
        pointer = workbook_new_opt(path, &options)
        if pointer == nil { throw XLSXWriterError.cannotCreateWorkbook(path: path) }
    }

    deinit {
        if let pointer { lxw_workbook_free(pointer) }
        free(temporaryDirectory)
    }

    var isClosed: Bool { pointer == nil }

    /// The live C workbook, or `.workbookClosed`.
    func open() throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let pointer else { throw XLSXWriterError.workbookClosed }
        return pointer
    }

    /// The shared format for `style` (nil for none).
    func format(for style: CellStyle?) throws -> UnsafeMutablePointer<lxw_format>? {
        try formats.format(for: style, in: open())
    }

    /// Writes the file and frees the C workbook, even when writing fails.
    func close() throws {
        let workbook = try open()
        pointer = nil
        try LXW.check(workbook_close(workbook), "workbook_close")
    }
}

/// Checks that a folder exists and can be written before libxlsxwriter tries (and prints).
enum Folder {
    static func requireWritable(_ path: String) throws {
        var isDirectory: ObjCBool = false
        let manager = FileManager.default
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
              manager.isWritableFile(atPath: path)
        else { throw XLSXWriterError.outputDirectoryMissing(path: path) }
    }

    /// The folder a file path lives in (`.` for a bare file name).
    static func parent(of path: String) -> String {
        let parent = (path as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }
}
