import Foundation
import Testing
@testable import ProsesBisnis

/// Prints how long saving and loading a 500-activity submission takes; the figures are for
/// people reading the log, only the row counts are asserted (timings vary too much by machine).
@Suite struct StoreTimingTests {
    @Test func saveAndLoadOfFiveHundredActivitiesIsPrinted() throws {
        let store = try StoreScratch().store()
        let rounds = 40
        var saves: [Duration] = [], loads: [Duration] = []
        let clock = ContinuousClock()
        for round in 0..<rounds {
            let submission = largeSubmission(path: "Kota Besar/OPD \(round % 10).xlsx")
            saves.append(try clock.measure { try store.save(submission, contentHash: "h\(round)", codeStyle: nil) })
            loads.append(try clock.measure { _ = try store.load(path: submission.path) })
        }
        let counts = try store.query("SELECT count(*) FROM kegiatan UNION ALL SELECT count(*) FROM participation").rows
        #expect(counts == [["5000"], ["30000"]])
        func median(_ values: [Duration]) -> String {
            let ms = values.sorted()[values.count / 2] / .milliseconds(1)
            return String(format: "%.2f ms", ms)
        }
        print("store timing: 500 activities × 6 units marked; save median \(median(saves)), load median \(median(loads))")
    }
}
