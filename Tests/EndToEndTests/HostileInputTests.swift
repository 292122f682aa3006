import Foundation
import Testing
import XLSXWriter

#if canImport(Glibc)
import Glibc
#endif

/// Inputs shaped to cost much from little: a sheet's cost must follow the cells it holds, never
/// its bounding box.
@Suite struct HostileInputTests {
    /// Peak resident memory of the largest child process waited for so far, in bytes.
    private func childPeakMemory() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        return usage.ru_maxrss * 1024
    }

    @Test func aSheetWithCellsInColumnsAAndXFDOverTwentyThousandRowsIsCheckedInLittleMemory() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("probis-hostile-\(UUID().uuidString)")
        let root = base.appendingPathComponent("Kota Contoh")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        let path = root.appendingPathComponent("Dinas Lebar.xlsx").path
        let book = try Workbook(path: path, options: .init(constantMemory: true))
        let sheet = try book.addWorksheet("Identifikasi Proses")
        try sheet.write("NO", row: 0, column: 0)
        try sheet.write("NAMA PROSES", row: 0, column: 1)
        try sheet.write("JENIS PROSES", row: 0, column: 2)
        try sheet.write("KODE", row: 0, column: 3)
        for row in 1...20_000 {
            try sheet.write("\(row)", row: row, column: 0)
            try sheet.write("catatan", row: row, column: 16_383)
        }
        try book.close()
        // A dense grid of this sheet is 20,000 x 16,384 slots: gigabytes.
        let result = try ProbisBinary.run(["check", "--summary", root.path])
        #expect(result.status <= 1, "\(result.stderr)")
        #expect(!result.wasKilled)
        #expect(childPeakMemory() < 1_000_000_000, "peak \(childPeakMemory() / 1_000_000) MB")
    }
}
