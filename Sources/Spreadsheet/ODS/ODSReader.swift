import Foundation

/// Reads OpenDocument spreadsheets (`.ods`, ODF 1.2/1.3, as LibreOffice, WPS and Google Sheets
/// write them) into the same sheets of cells as the XLSX reader.
///
/// Values keep their type: numbers, percentages and currencies are numbers (a code typed as
/// `1.1` stays a number), dates and times are serial numbers counted from the file's null date
/// (see `ODFDateTime`), booleans are booleans, LibreOffice's error results are errors, and a
/// formula gives its cached value. Text is the cell's paragraphs joined by `\n`; annotations
/// and shapes are left out, and empty text is no cell.
///
/// ```swift
/// let workbook = try ODSReader().read(path: "Kota Metro/Dinas Pendidikan.ods")
/// print(workbook.sheets.map(\.name))
/// ```
///
/// A reader reuses its buffers from file to file: use one reader per thread.
public struct ODSReader {
    public var limits: ReadLimits
    private let buffer = ByteBuffer()

    public init(limits: ReadLimits = .standard) {
        self.limits = limits
    }

    /// Reads the file at `path`; errors name it as given.
    public func read(path: String) throws -> Workbook {
        try read(data: FileLoading.load(path, limits: limits), path: path)
    }

    /// Reads a workbook from bytes already in memory; `path` names it in errors.
    public func read(data: Data, path: String) throws -> Workbook {
        guard data.count <= limits.maxFileBytes else {
            throw SpreadsheetError.tooLarge(file: path, bytes: data.count, limit: limits.maxFileBytes)
        }
        return try read(archive: ZipArchive(file: path, data: data))
    }

    /// Reads an archive already known to be an OpenDocument package.
    func read(archive: ZipArchive) throws -> Workbook {
        let path = archive.file
        if let declared = OpenDocumentPackage.declaredSpreadsheet(archive), !declared.isSpreadsheet {
            throw SpreadsheetError.notASpreadsheet(file: path, mimetype: declared.mimetype)
        }
        var source = PartSource(archive: archive, limits: limits, buffer: buffer)
        if try OpenDocumentPackage.isEncrypted(&source) { throw SpreadsheetError.encryptedODS(file: path) }
        guard source.contains(OpenDocumentPackage.contentPart) else {
            throw SpreadsheetError.missingPart(file: path, part: OpenDocumentPackage.contentPart)
        }
        let sheets = try readContent(&source).map { table in
            Sheet(name: table.name, visibility: table.visibility, cells: table.cells, mergedRanges: table.merged,
                  hiddenRows: table.hiddenRows)
        }
        return Workbook(path: path, format: .ods, sheets: sheets)
    }

    private func readContent(_ source: inout PartSource) throws -> [ODSTable] {
        let part = OpenDocumentPackage.contentPart
        let file = source.file
        var parser = ContentParser(limits: limits)
        do {
            return try source.scan(part) { scanner in try parser.parse(&scanner) }
        } catch let failure as TableReader.Failure {
            switch failure {
            case .tooManyCells:
                throw SpreadsheetError.tooManyCells(file: file, part: part, limit: limits.maxCellsPerSheet)
            case .beyondGrid(let row, let column):
                throw SpreadsheetError.beyondGrid(file: file, part: part, row: row, column: column)
            }
        } catch let exhausted as ExpansionBudget.Exhausted {
            switch exhausted.kind {
            case .cells: throw SpreadsheetError.tooManyRepeatedCells(file: file, part: part, limit: exhausted.limit)
            case .spaces: throw SpreadsheetError.tooManyRepeatedSpaces(file: file, part: part, limit: exhausted.limit)
            }
        }
    }
}
