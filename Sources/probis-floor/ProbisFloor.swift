// probis-floor: the write floor of `probis consolidate`, for Scripts/bench.
//
//     probis-floor OUT [--jobs N] [--scratch DIR]
//
// OUT is a folder `probis consolidate` wrote. Untimed, every workbook in it (the validated
// ones, the regional ones, REKAP; not peta/) is read back with probis's reader into memory:
// its sheets, and each cell's value already as the C string or number libxlsxwriter takes.
// Timed: libxlsxwriter alone writes the same workbooks again into DIR from that memory, in the
// mode each was written in (constant memory when the file has no shared-string table, as
// `consolidate` streams its large workbooks; in memory otherwise), cells in row order, one
// bordered wrapping format for text and one bordered format for numbers, on N threads taking
// the largest workbooks first. No probis code runs in the timed part: it is what any program
// writing these cells with libxlsxwriter must spend at least, the floor consolidate's
// writing is measured against. Not in the floor: the database, the JSON report, the map
// site, row heights, comments, links, page setup (all cheap or not libxlsxwriter's).
//
// Prints one line: `workbooks=N sheets=N written_cells=N timed=SECONDS timed_cpu=SECONDS`,
// which Scripts/bench (bench_exec.py) takes in place of the process's wall and CPU time.
import CXlsxWriter
import Dispatch
import Foundation
import Spreadsheet

/// One workbook's cells, ready for libxlsxwriter: texts as NUL-terminated bytes in one buffer.
struct Plan: Sendable {
    struct Sheet: Sendable {
        var name: [CChar]
        var cells: [Cell]
    }

    struct Cell: Sendable {
        var row: UInt32
        var column: UInt16
        /// Offset of the text in `texts`, or -1 for a number.
        var text: Int
        var number: Double
    }

    var relative: String
    var constantMemory: Bool
    var sheets: [Sheet]
    var texts: [CChar]
    var cellCount: Int { sheets.reduce(0) { $0 + $1.cells.count } }
}

/// Hands out indices below `count` to several threads.
final class Counter: @unchecked Sendable {
    private var next = 0
    private let lock = NSLock()
    func take(below count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}

/// Results filled by several threads, one slot each.
final class Slots<T>: @unchecked Sendable {
    var values: [T?]
    init(_ count: Int) { values = Array(repeating: nil, count: count) }
}


@main
enum ProbisFloor {
    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("probis-floor: \(message)\n".utf8))
        exit(2)
    }

    /// Every workbook consolidate wrote, relative to `out`: not the map site, not temporary files.
    static func workbooks(in root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { fail("cannot list \(root)") }
        var found: [String] = []
        while let next = walker.nextObject() as? String {
            let name = (next as NSString).lastPathComponent
            if name == "peta" && next == name { walker.skipDescendants(); continue }
            if name.hasPrefix(".") { continue }
            if name.lowercased().hasSuffix(".xlsx") { found.append(next) }
        }
        return found.sorted()
    }

    /// Whether the file carries a shared-string table (written in memory) or not (constant memory):
    /// the ZIP central directory at its end names every part uncompressed.
    static func hasSharedStrings(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size > 65_536 ? size - 65_536 : 0)
        let tail = (try? handle.readToEnd()) ?? Data()
        return tail.range(of: Data("xl/sharedStrings.xml".utf8)) != nil
    }

    static func plan(_ relative: String, in out: String) throws -> Plan {
        let path = (out as NSString).appendingPathComponent(relative)
        let book = try SpreadsheetReader().read(path: path)
        var texts: [CChar] = []
        var sheets: [Plan.Sheet] = []
        for sheet in book.sheets {
            var cells: [Plan.Cell] = []
            cells.reserveCapacity(sheet.cells.count)
            for cell in sheet.cells {
                var entry = Plan.Cell(row: UInt32(cell.row), column: UInt16(cell.column), text: -1, number: 0)
                switch cell.value {
                case .number(let number): entry.number = number
                default:
                    entry.text = texts.count
                    texts.append(contentsOf: cell.value.displayText.utf8CString)
                }
                cells.append(entry)
            }
            cells.sort { ($0.row, $0.column) < ($1.row, $1.column) }
            sheets.append(Plan.Sheet(name: Array(sheet.name.utf8CString), cells: cells))
        }
        return Plan(relative: relative, constantMemory: !hasSharedStrings(path), sheets: sheets, texts: texts)
    }

    /// Writes one plan with libxlsxwriter only; returns false when libxlsxwriter refused.
    static func write(_ plan: Plan, to path: String, scratch scratchFolder: String) -> Bool {
        let tmpdir = strdup(scratchFolder)
        defer { free(tmpdir) }
        var options = lxw_workbook_options()
        options.constant_memory = plan.constantMemory ? 1 : 0
        options.tmpdir = tmpdir
        guard let workbook = workbook_new_opt(path, &options) else { return false }
        let text = workbook_add_format(workbook), number = workbook_add_format(workbook)
        format_set_border(text, UInt8(LXW_BORDER_THIN.rawValue))
        format_set_text_wrap(text)
        format_set_align(text, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        format_set_border(number, UInt8(LXW_BORDER_THIN.rawValue))
        format_set_align(number, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        plan.texts.withUnsafeBufferPointer { texts in
            for sheet in plan.sheets {
                guard let worksheet = sheet.name.withUnsafeBufferPointer({ workbook_add_worksheet(workbook, $0.baseAddress) }) else { continue }
                for cell in sheet.cells {
                    if cell.text >= 0 {
                        worksheet_write_string(worksheet, cell.row, cell.column, texts.baseAddress! + cell.text, text)
                    } else {
                        worksheet_write_number(worksheet, cell.row, cell.column, cell.number, number)
                    }
                }
            }
        }
        return workbook_close(workbook) == LXW_NO_ERROR
    }

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var jobs = 2
        var scratch: String?
        var out: String?
        while !arguments.isEmpty {
            let argument = arguments.removeFirst()
            switch argument {
            case "--jobs": jobs = arguments.isEmpty ? 0 : Int(arguments.removeFirst()) ?? 0
            case "--scratch": scratch = arguments.isEmpty ? nil : arguments.removeFirst()
            case "-h", "--help":
                print("usage: probis-floor OUT [--jobs N] [--scratch DIR]  (see the comment at the top of Sources/probis-floor/main.swift)")
                exit(0)
            default: out = argument
            }
        }
        guard let out, jobs >= 1 else { fail("usage: probis-floor OUT [--jobs N] [--scratch DIR]") }
        let scratchFolder = scratch ?? (out as NSString).appendingPathComponent("../floor-scratch")

        // --- untimed: read every workbook back into memory -------------------------------------------
        let files = workbooks(in: out)
        guard !files.isEmpty else { fail("no .xlsx under \(out)") }
        let read = Slots<Plan>(files.count)
        let readCounter = Counter()
        let readErrors = Slots<String>(files.count)
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            while let index = readCounter.take(below: files.count) {
                do { read.values[index] = try plan(files[index], in: out) } catch { readErrors.values[index] = "\(files[index]): \(error)" }
            }
        }
        if let error = readErrors.values.compactMap({ $0 }).first { fail("cannot read \(error)") }
        // Largest first, so that the threads finish together.
        let plans = read.values.compactMap { $0 }.sorted { $0.cellCount > $1.cellCount }
        try? FileManager.default.removeItem(atPath: scratchFolder)
        for plan in plans {
            let folder = ((scratchFolder as NSString).appendingPathComponent(plan.relative) as NSString).deletingLastPathComponent
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch { fail("cannot create \(folder)") }
        }

        // --- timed: libxlsxwriter writes them all ------------------------------------------------------
        let cpu0 = cpuSeconds()
        let wall0 = DispatchTime.now().uptimeNanoseconds
        let writeCounter = Counter()
        let failures = Slots<String>(plans.count)
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            while let index = writeCounter.take(below: plans.count) {
                let path = (scratchFolder as NSString).appendingPathComponent(plans[index].relative)
                if !write(plans[index], to: path, scratch: scratchFolder) { failures.values[index] = path }
            }
        }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - wall0) / 1e9
        let cpu = cpuSeconds() - cpu0

        try? FileManager.default.removeItem(atPath: scratchFolder)
        if let failed = failures.values.compactMap({ $0 }).first { fail("libxlsxwriter could not write \(failed)") }
        let sheets = plans.reduce(0) { $0 + $1.sheets.count }
        let cells = plans.reduce(0) { $0 + $1.cellCount }
        let streamed = plans.filter(\.constantMemory).count
        print(String(format: "workbooks=%d constant_memory=%d sheets=%d written_cells=%d timed=%.3f timed_cpu=%.3f",
                     plans.count, streamed, sheets, cells, wall, cpu))
    }
}
