import Foundation

/// Reads XLSX workbooks (Office Open XML, Transitional or Strict) into sheets of cells.
///
/// Parts are found the way Excel finds them, through `_rels/.rels`, the workbook part and its
/// relationships, so files from any producer read, whatever they name their parts.
///
/// ```swift
/// let workbook = try XLSXReader().read(path: "Kota Metro/Dinas Pendidikan.xlsx")
/// print(workbook.sheets.map(\.name))
/// ```
///
/// A reader reuses its buffers from file to file: use one reader per thread.
public struct XLSXReader {
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
        if FileLoading.isCompoundDocument(data) { throw SpreadsheetError.encryptedOrLegacy(file: path) }
        let archive = try ZipArchive(file: path, data: data)
        // An Excel Binary Workbook is a ZIP too, with parts probis cannot read: say so.
        if archive.entry(named: "xl/workbook.bin") != nil { throw SpreadsheetError.binaryWorkbook(file: path) }
        var source = PartSource(archive: archive, limits: limits, buffer: buffer)
        let rootRelationships = try PackageParts.relationships(of: "", in: &source)
        guard let workbookPart = rootRelationships.first(where: { $0.hasKind("officeDocument") })?.target else {
            throw SpreadsheetError.missingPart(file: path, part: "_rels/.rels › officeDocument")
        }
        let relationships = try PackageParts.relationships(of: workbookPart, in: &source)
        let entries = try PackageParts.sheets(of: workbookPart, in: &source)
        // Sheets are found through the workbook's relationships: without them every sheet
        // would read as empty, which is a damaged file, not an empty submission.
        if !entries.isEmpty, !source.contains(PartNames.relationshipsPart(of: workbookPart)) {
            throw SpreadsheetError.missingPart(file: path, part: PartNames.relationshipsPart(of: workbookPart))
        }
        let sharedStrings = try readSharedStrings(relationships, &source)
        let parser = WorksheetParser(sharedStrings: sharedStrings, maxCells: limits.maxCellsPerSheet)
        var sheets: [Sheet] = []
        sheets.reserveCapacity(entries.count)
        for entry in entries {
            let relationship = relationships.first { $0.id == entry.relationshipID }
            var sheet = Sheet(name: entry.name, visibility: entry.visibility, cells: [])
            if let relationship, relationship.hasKind("worksheet"), !relationship.isExternal {
                let content = try readWorksheet(relationship.target, parser, &source)
                sheet = Sheet(name: entry.name, visibility: entry.visibility, cells: content.cells, mergedRanges: content.merged,
                              hiddenRows: content.hiddenRows)
            }
            sheets.append(sheet)
        }
        return Workbook(path: path, format: .xlsx, sheets: sheets)
    }

    private func readSharedStrings(_ relationships: [Relationship], _ source: inout PartSource) throws -> [String] {
        guard let part = relationships.first(where: { $0.hasKind("sharedStrings") })?.target,
              source.contains(part) else { return [] }
        return try source.scan(part) { scanner in try SharedStringsParser.parse(&scanner) }
    }

    private func readWorksheet(
        _ part: String, _ parser: WorksheetParser, _ source: inout PartSource
    ) throws -> WorksheetParser.Result {
        let file = source.file
        do {
            return try source.scan(part) { scanner in try parser.parse(&scanner) }
        } catch let failure as WorksheetParser.Failure {
            switch failure {
            case .badReference(let reference):
                throw SpreadsheetError.corruptPart(file: file, part: part, reason: "ref \(reference)")
            case .badSharedString(let index):
                throw SpreadsheetError.corruptPart(file: file, part: part, reason: "sharedString #\(index)")
            case .tooManyCells:
                throw SpreadsheetError.tooManyCells(file: file, part: part, limit: limits.maxCellsPerSheet)
            }
        }
    }
}

/// Loading files into memory with the size limit checked first.
enum FileLoading {
    static func load(_ path: String, limits: ReadLimits) throws -> Data {
        let url = URL(fileURLWithPath: path)
        // stat(2) for the size alone: FileManager's attributes also look up the owner's and
        // group's names, a cost paid for every file of a batch.
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw SpreadsheetError.cannotOpen(file: path, reason: "tidak ditemukan / not found")
        }
        let size = Int(info.st_size)
        guard size <= limits.maxFileBytes else {
            throw SpreadsheetError.tooLarge(file: path, bytes: size, limit: limits.maxFileBytes)
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw SpreadsheetError.cannotOpen(file: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// OLE2 compound files start with D0 CF 11 E0: legacy `.xls`, or an encrypted OOXML file.
    static func isCompoundDocument(_ data: Data) -> Bool {
        data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }
}
