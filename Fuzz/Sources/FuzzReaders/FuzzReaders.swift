import Foundation
import Spreadsheet

/// One libFuzzer entry point for every reader; `PROBIS_FUZZ_READER` (xlsx, csv, xls, ods)
/// chooses which one the bytes go to. A thrown error is a correct answer to bad input; only a
/// crash, a hang or runaway memory is a finding.
private let reader: String = ProcessInfo.processInfo.environment["PROBIS_FUZZ_READER"] ?? "xlsx"

/// Small limits, so that a legitimate but large input is refused quickly instead of counted as a hang.
private let limits: ReadLimits = {
    var limits = ReadLimits()
    limits.maxFileBytes = 4 << 20
    limits.maxPartBytes = 16 << 20
    limits.maxTotalInflatedBytes = 32 << 20
    limits.maxCellsPerSheet = 200_000
    limits.maxRepeatedCells = 200_000
    return limits
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let data = Data(bytes: start, count: count)
    switch reader {
    case "csv": _ = try? CSVReader(limits: limits).read(data: data, path: "fuzz.csv")
    case "xls": _ = try? XLSReader(limits: limits).read(data: data, path: "fuzz.xls")
    case "ods": _ = try? ODSReader(limits: limits).read(data: data, path: "fuzz.ods")
    default: _ = try? XLSXReader(limits: limits).read(data: data, path: "fuzz.xlsx")
    }
    return 0
}

/// libFuzzer's driver, started from our own entry point: SwiftPM names an executable's entry
/// `FuzzReaders_main` and makes `main` an alias of it, so libFuzzer's `main` is not linked.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafeRawPointer?, Int) -> CInt
) -> CInt

@_cdecl("FuzzReaders_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { start, size in fuzzOne(start, size) }
}
