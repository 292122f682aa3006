import Foundation
import Testing
@testable import Spreadsheet

/// Damaged and hostile `.xls` files: each must end with a clear error, quickly, without a trap.
struct XLSHostileTests {
    /// Long enough to span two sectors, so that a chain can loop before the stream is complete.
    private static let stream = BIFF.stream([.init(name: "Data", records: [BIFF.label(0, 0, String(repeating: "x", count: 700))])])
    private static let firstSector = CFB.firstSectors([("Workbook", stream)])[0]

    /// The stream's first sector as a FAT entry offset, and its directory entry's offset.
    private static let fatEntry = CFB.fatOffset + 4 * firstSector
    private static let streamEntry = CFB.directoryOffset + 128

    private func reason(_ patch: (inout [UInt8]) -> Void) -> String? {
        var bytes = CFB.file([("Workbook", Self.stream)])
        patch(&bytes)
        let start = ContinuousClock.now
        defer { #expect(ContinuousClock.now - start < .seconds(1)) }
        do {
            _ = try XLSReader().read(data: Data(bytes), path: "bad.xls")
            return nil
        } catch SpreadsheetError.corruptCompoundFile(let file, let reason) {
            #expect(file == "bad.xls")
            return reason
        } catch {
            return "\(error)"
        }
    }

    @Test func sectorChainLoopIsRefused() {
        // The stream spans two sectors; the first points at itself.
        #expect(reason { CFB.patch(&$0, at: Self.fatEntry, UInt32(Self.firstSector)) }?.contains("loops") == true)
    }

    @Test func sectorOutsideTheFileIsRefused() {
        #expect(reason { CFB.patch(&$0, at: Self.streamEntry + 116, 100_000) }?.contains("outside the file") == true)
    }

    @Test func declaredFourGigabyteStreamIsRefused() {
        #expect(reason { CFB.patch(&$0, at: Self.streamEntry + 120, 0xFFFF_FFFF) }?.contains("declares 4294967295") == true)
    }

    @Test func directoryTreeLoopIsRefused() {
        // The stream entry names the root's child (itself) as its right sibling.
        #expect(reason { CFB.patch(&$0, at: Self.streamEntry + 72, 1) }?.contains("loops") == true)
    }

    @Test func smallStreamInTheMiniStreamReads() throws {
        let stream = BIFF.stream([.init(name: "Kecil", records: [BIFF.label(0, 0, "mini")])])
        let book = try XLSReader().read(data: Data(CFB.fileWithMiniStream("Workbook", stream)), path: "mini.xls")
        #expect(book.sheets.first?.value(at: "A1") == .text("mini"))
    }

    @Test func miniSectorChainLoopIsRefused() {
        var bytes = CFB.fileWithMiniStream("Workbook", Self.stream.count < 4096 ? Self.stream : [])
        CFB.patch(&bytes, at: CFB.miniFATOffset + 4, 0)
        #expect {
            try XLSReader().read(data: Data(bytes), path: "mini.xls")
        } throws: { error in
            guard case .corruptCompoundFile(_, let reason) = error as? SpreadsheetError else { return false }
            return reason.contains("mini sector chain loops")
        }
    }

    @Test func fatSectorCountBeyondTheFileIsRefused() {
        #expect(reason { CFB.patch(&$0, at: 44, 0x7FFF_FFFF) }?.contains("FAT sectors declared") == true)
    }

    @Test func recordRunningPastTheStreamNamesStreamAndRecord() throws {
        let cut = Array(Self.stream.dropLast(6))
        #expect {
            try XLSReader().read(data: Data(CFB.file([("Workbook", cut)])), path: "cut.xls")
        } throws: { error in
            guard case .corruptRecord("cut.xls", "Workbook", _, _, let reason) = error as? SpreadsheetError else { return false }
            return reason.contains("past the end")
        }
    }

    @Test func sharedStringIndexOutOfRangeIsAnError() {
        let stream = BIFF.stream([.init(name: "Data", records: [BIFF.labelSST(0, 0, 7)])])
        #expect {
            try XLSReader().read(data: Data(CFB.file([("Workbook", stream)])), path: "sst.xls")
        } throws: { error in
            guard case .corruptRecord(_, _, 0x00FD, _, let reason) = error as? SpreadsheetError else { return false }
            return reason == "shared string #7 of 0"
        }
    }

    @Test func sharedStringCountOfFourBillionReadsTheStringsThatAreThere() throws {
        let sst = BIFF.record(0x00FC, BIFF.u32(0xFFFF_FFFF) + BIFF.u32(0xFFFF_FFFF) + BIFF.string("satu"))
        let stream = BIFF.stream([.init(name: "Data", records: [BIFF.labelSST(0, 0, 0)])], globals: [sst])
        let book = try XLSReader().read(data: Data(CFB.file([("Workbook", stream)])), path: "count.xls")
        #expect(book.sheets.first?.value(at: "A1") == .text("satu"))
    }

    @Test func sheetOffsetOutsideTheStreamIsAnError() {
        var stream = BIFF.stream([.init(name: "Data", records: [])])
        // BOUNDSHEET follows the 20-byte BOF: its lbPlyPos starts 4 bytes into the record.
        CFB.patch(&stream, at: 20 + 4, 0x7FFF_FFFF)
        #expect {
            try XLSReader().read(data: Data(CFB.file([("Workbook", stream)])), path: "far.xls")
        } throws: { error in
            guard case .corruptRecord(_, _, 0x0809, _, let reason) = error as? SpreadsheetError else { return false }
            return reason.contains("Data")
        }
    }

    @Test func filepassIsRefusedAsEncrypted() {
        let stream = BIFF.stream([.init(name: "Data", records: [])], globals: [BIFF.record(0x002F, BIFF.u16(1))])
        #expect(throws: SpreadsheetError.encryptedWorkbook(file: "pw.xls")) {
            try XLSReader().read(data: Data(CFB.file([("Workbook", stream)])), path: "pw.xls")
        }
    }

    @Test func tooManyCellsIsRefused() {
        var limits = ReadLimits()
        limits.maxCellsPerSheet = 1
        let stream = BIFF.stream([.init(name: "Data", records: [BIFF.number(0, 0, 1), BIFF.number(0, 1, 2)])])
        #expect(throws: SpreadsheetError.tooManyCells(file: "big.xls", part: "Data", limit: 1)) {
            try XLSReader(limits: limits).read(data: Data(CFB.file([("Workbook", stream)])), path: "big.xls")
        }
    }
}

/// How `SpreadsheetReader` tells the files that start like a compound file (or like BIFF) apart.
struct XLSDispatchTests {
    private func read(_ bytes: [UInt8], named name: String) throws -> Workbook {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("probis-xls-\(UUID().uuidString)-\(name)")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try SpreadsheetReader().read(path: url.path)
    }

    private func kind(_ bytes: [UInt8], named name: String) -> String {
        do {
            return "read \(try read(bytes, named: name).format)"
        } catch let error as SpreadsheetError {
            switch error {
            case .encryptedOrLegacy: return "encrypted OOXML"
            case .unsupportedVersion(_, let version): return version
            case .corruptCompoundFile: return "corrupt compound file"
            case .missingPart(_, let part): return "missing \(part)"
            default: return "\(error)"
            }
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: [
        ("workbook stream named .xlsx", CFB.file([("Workbook", BIFF.stream([.init(name: "S", records: [])]))]), "a.xlsx", "read xls"),
        ("encryption streams", CFB.file([("EncryptionInfo", [1, 2]), ("EncryptedPackage", [3])]), "a.xlsx", "encrypted OOXML"),
        ("encryption streams named .xls", CFB.file([("EncryptionInfo", [1, 2])]), "a.xls", "encrypted OOXML"),
        ("no workbook stream", CFB.file([("WordDocument", [1, 2])]), "a.xls", "missing Workbook"),
        ("compound magic and junk, .xlsx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 7, count: 600), "a.xlsx", "encrypted OOXML"),
        ("compound magic and junk, .xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 7, count: 600), "a.xls", "corrupt compound file"),
        ("bare BIFF4", BIFF.record(0x0409, BIFF.u16(0) + BIFF.u16(0x10) + BIFF.u16(0)), "old.xls", "BIFF4 (Excel 4.0)"),
    ] as [(String, [UInt8], String, String)])
    func compoundAndBIFFFilesAreToldApart(_ label: String, _ bytes: [UInt8], _ name: String, _ expected: String) {
        #expect(kind(bytes, named: name) == expected, "\(label)")
    }

    @Test func xlsFilesArePickedUpInFolders() {
        #expect(SpreadsheetReader.readableExtensions.contains("xls"))
    }

    @Test(arguments: Language.allCases)
    func newMessagesNameTheFile(_ language: Language) {
        let errors: [SpreadsheetError] = [
            .corruptCompoundFile(file: "a.xls", reason: "r"), .encryptedWorkbook(file: "a.xls"),
            .corruptRecord(file: "a.xls", stream: "Workbook", record: 0xFC, offset: 8, reason: "r"),
            .unsupportedVersion(file: "a.xls", version: "BIFF4 (Excel 4.0)"),
        ]
        for error in errors { #expect(error.message(language).hasPrefix("a.xls")) }
        #expect(SpreadsheetError.corruptRecord(file: "a.xls", stream: "Workbook", record: 0xFC, offset: 8, reason: "r")
            .message(.en) == "a.xls › Workbook: damaged record 0xFC at byte 8 (r).")
    }
}
