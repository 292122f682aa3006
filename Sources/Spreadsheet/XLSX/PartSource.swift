/// The parts of an XLSX package, inflated on demand and scanned as XML, with scanner failures
/// turned into errors that name the file and the part.
struct PartSource {
    private let archive: ZipArchive
    private var inflater: Inflater
    private let buffer: ByteBuffer
    let limits: ReadLimits

    init(archive: ZipArchive, limits: ReadLimits, buffer: ByteBuffer) {
        self.archive = archive
        self.inflater = Inflater(archive: archive, limits: limits)
        self.buffer = buffer
        self.limits = limits
    }

    var file: String { archive.file }

    func contains(_ part: String) -> Bool { archive.entry(named: part) != nil }

    /// Runs `body` with a scanner over the inflated part.
    mutating func scan<Result>(
        _ part: String, _ body: (inout XMLScanner) throws -> Result
    ) throws -> Result {
        guard let entry = archive.entry(named: part) else {
            throw SpreadsheetError.missingPart(file: file, part: part)
        }
        try inflater.inflate(entry, into: buffer)
        defer { buffer.shrinkIfLarge() }
        do {
            // A part in UTF-16 (allowed by XML, written by a few producers) is read as UTF-8.
            if let utf8 = Self.transcodedUTF16(buffer.bytes) {
                return try utf8.withUnsafeBufferPointer { bytes in
                    var scanner = XMLScanner(bytes)
                    return try body(&scanner)
                }
            }
            var scanner = XMLScanner(buffer.bytes)
            return try body(&scanner)
        } catch let failure as XMLScanner.Failure {
            throw error(for: failure, part: part)
        }
    }

    /// The UTF-8 of a part encoded in UTF-16, told by its byte-order mark or by `<?` written
    /// in two bytes a character; nil for the usual UTF-8 part.
    static func transcodedUTF16(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard bytes.count >= 4 else { return nil }
        let (b0, b1, b2, b3) = (bytes[0], bytes[1], bytes[2], bytes[3])
        let littleEndian: Bool
        var start = 0
        switch (b0, b1, b2, b3) {
        case (0xFF, 0xFE, _, _): littleEndian = true; start = 2
        case (0xFE, 0xFF, _, _): littleEndian = false; start = 2
        case (0x3C, 0x00, 0x3F, 0x00), (0x3C, 0x00, _, 0x00): littleEndian = true
        case (0x00, 0x3C, 0x00, 0x3F), (0x00, 0x3C, 0x00, _): littleEndian = false
        default: return nil
        }
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var index = start
        while index + 1 < bytes.count {
            let low = UInt16(bytes[index]), high = UInt16(bytes[index + 1])
            units.append(littleEndian ? low | high << 8 : low << 8 | high)
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    func error(for failure: XMLScanner.Failure, part: String) -> SpreadsheetError {
        switch failure {
        case .dtd: .forbiddenDTD(file: file, part: part)
        case .malformed(let offset, let reason): .malformedXML(file: file, part: part, offset: offset, reason: reason)
        }
    }
}

/// Readers of the small package parts: relationships, the workbook's sheet list.
enum PackageParts {
    /// The relationships declared by `part`; an absent `.rels` part means none.
    static func relationships(of part: String, in source: inout PartSource) throws -> [Relationship] {
        let relsPart = PartNames.relationshipsPart(of: part)
        guard source.contains(relsPart) else { return [] }
        return try source.scan(relsPart) { scanner in
            var result: [Relationship] = []
            while let tag = try scanner.nextTag() {
                guard tag.kind != .close, scanner.tag(tag, is: "Relationship") else { continue }
                let buffer = scanner.bytes
                guard let id = scanner.attribute("Id", in: tag), let type = scanner.attribute("Type", in: tag),
                      let target = scanner.attribute("Target", in: tag) else { continue }
                let mode = scanner.attribute("TargetMode", in: tag).map { XMLText.string(buffer, $0) }
                result.append(Relationship(
                    id: XMLText.string(buffer, id), type: XMLText.string(buffer, type),
                    target: PartNames.resolve(XMLText.string(buffer, target), from: part),
                    isExternal: mode == "External"))
            }
            return result
        }
    }

    struct SheetEntry {
        var name: String
        var visibility: SheetVisibility
        var relationshipID: String
    }

    /// The sheets listed in the workbook part, in the order the user sees their tabs.
    static func sheets(of workbookPart: String, in source: inout PartSource) throws -> [SheetEntry] {
        let limits = source.limits, file = source.file
        return try source.scan(workbookPart) { scanner in
            var result: [SheetEntry] = []
            while let tag = try scanner.nextTag() {
                guard tag.kind != .close, scanner.tag(tag, is: "sheet") else { continue }
                let buffer = scanner.bytes
                guard let name = scanner.attribute("name", in: tag), let id = scanner.attribute("id", in: tag) else {
                    continue
                }
                let state = scanner.attribute("state", in: tag).map { XMLText.string(buffer, $0) }
                guard result.count < limits.maxSheets else {
                    throw SpreadsheetError.tooManySheets(file: file, limit: limits.maxSheets)
                }
                // Cut before decoding: a megabyte of name must not become a megabyte of String.
                let shortName = name.lowerBound..<min(name.upperBound, name.lowerBound + limits.maxSheetNameLength * 4)
                result.append(SheetEntry(
                    name: String(XMLText.string(buffer, shortName).prefix(limits.maxSheetNameLength)),
                    visibility: SheetVisibility(rawValue: state ?? "visible") ?? .visible,
                    relationshipID: XMLText.string(buffer, id)))
            }
            return result
        }
    }
}
