import Foundation
import Testing

/// `probis-floor`, Scripts/bench's write floor of consolidate: it writes again, with
/// libxlsxwriter only, every workbook of a consolidate output, and times that.
struct WriteFloorTests {
    @Test func writesEveryWorkbookOfAConsolidateOutputAgainAndTimesIt() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("probis-floor-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let out = base.appendingPathComponent("keluar"), scratch = base.appendingPathComponent("ulang")
        let consolidate = try ProbisBinary.run(["consolidate", ProbisBinary.packageRoot.appendingPathComponent("Samples").path,
                                                "--out", out.path, "--quiet", "--no-maps"])
        #expect(consolidate.status <= 1, "\(consolidate.stderr)")
        let books = (FileManager.default.enumerator(atPath: out.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".xlsx") && !($0 as NSString).lastPathComponent.hasPrefix(".") }

        let floor = Process()
        floor.executableURL = ProbisBinary.url.deletingLastPathComponent().appendingPathComponent("probis-floor")
        floor.arguments = [out.path, "--jobs", "2", "--scratch", scratch.path]
        let pipe = Pipe()
        floor.standardOutput = pipe
        try floor.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        floor.waitUntilExit()
        #expect(floor.terminationStatus == 0)
        // REKAP is streamed (constant memory); the small regional and validated workbooks are not.
        #expect(output.hasPrefix("workbooks=\(books.count) constant_memory=1 sheets="), "\(output)")
        #expect(output.contains(" timed=") && output.contains(" timed_cpu="))
        #expect(!FileManager.default.fileExists(atPath: scratch.path))
    }
}
