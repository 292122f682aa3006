import Foundation

/// Reads Excel 97-2003 workbooks (`.xls`: BIFF8, and BIFF5 from Excel 5.0/95, in a compound
/// file) into the same sheets of cells as the XLSX reader.
///
/// Written in Swift rather than over libfreexl, which gives neither merged ranges nor hidden
/// rows: every read is bounds-checked, so a damaged or hostile file is a thrown error.
///
/// ```swift
/// let workbook = try XLSReader().read(data: Data(contentsOf: url), path: "Dinas Pendidikan.xls")
/// ```
public struct XLSReader {
    public var limits: ReadLimits

    public init(limits: ReadLimits = .standard) {
        self.limits = limits
    }

    /// Reads a workbook from bytes already in memory; `path` names it in errors.
    public func read(data: Data, path: String) throws -> Workbook {
        guard data.count <= limits.maxFileBytes else {
            throw SpreadsheetError.tooLarge(file: path, bytes: data.count, limit: limits.maxFileBytes)
        }
        let compound = try CompoundFile(data: data, file: path, limits: limits)
        return try read(compound, path: path)
    }

    func read(_ compound: CompoundFile, path: String) throws -> Workbook {
        guard let (name, stream) = try Self.workbookStream(compound, limits: limits) else {
            if compound.directory.rootChild(named: "EncryptionInfo") != nil {
                throw SpreadsheetError.encryptedOrLegacy(file: path)
            }
            throw SpreadsheetError.missingPart(file: path, part: "Workbook")
        }
        let context = XLSContext(file: path, stream: name)
        return try stream.withUnsafeBytes { raw in
            let globals = try WorkbookGlobals(raw, context: context)
            guard globals.sheets.count <= limits.maxSheets else {
                throw SpreadsheetError.tooManySheets(file: path, limit: limits.maxSheets)
            }
            var sheets: [Sheet] = []
            // Sheets sharing one substream would let a small file cost its size times its sheets.
            var offsets = Set<Int>()
            for entry in globals.sheets {
                guard offsets.insert(entry.offset).inserted else {
                    throw context.corrupt(entry.offset, RecordType.bof, "sheet \(entry.name) shares its records with another sheet")
                }
                let substream = SheetSubstream(globals: globals, context: context, maxCells: limits.maxCellsPerSheet, sheetName: entry.name)
                let content = try substream.read(raw, at: entry.offset)
                sheets.append(Sheet(name: String(entry.name.prefix(limits.maxSheetNameLength)), visibility: entry.visibility, cells: content.cells,
                                    mergedRanges: content.merged, hiddenRows: content.hiddenRows))
            }
            return Workbook(path: path, format: .xls, sheets: sheets)
        }
    }

    /// `Workbook` (BIFF8) or `Book` (BIFF5), with its name.
    static func workbookStream(_ compound: CompoundFile, limits: ReadLimits) throws -> (String, [UInt8])? {
        for name in ["Workbook", "Book"] {
            if let bytes = try compound.stream(named: name, limits: limits) { return (name, bytes) }
        }
        return nil
    }
}

/// The file and stream being read, for errors that say where the damage is.
struct XLSContext {
    let file: String
    let stream: String

    func corrupt(_ offset: Int, _ type: UInt16, _ reason: String) -> SpreadsheetError {
        .corruptRecord(file: file, stream: stream, record: Int(type), offset: offset, reason: reason)
    }

    func next(_ cursor: inout RecordCursor) throws -> Record? {
        do { return try cursor.next() } catch { throw truncated(error) }
    }

    func continuations(_ cursor: inout RecordCursor) throws -> [Range<Int>] {
        do { return try cursor.continuations() } catch { throw truncated(error) }
    }

    private func truncated(_ error: RecordCursor.Truncated) -> SpreadsheetError {
        corrupt(error.offset, error.type, "record runs past the end of the stream")
    }
}

extension FileLoading {
    /// BIFF2-4 files are bare record streams, not compound files: the version their first BOF
    /// record names, or nil.
    static func bareBIFFVersion(_ data: Data) -> String? {
        guard data.count >= 4 else { return nil }
        let type = UInt16(data[data.startIndex]) | UInt16(data[data.startIndex + 1]) << 8
        return RecordType.olderBOFs[type]
    }
}
