import ArgumentParser
import Foundation
import ProsesBisnis
import Spreadsheet
import XLSXWriter

/// Buffered writing to stdout and stderr. Results go to stdout, diagnostics to stderr; a reader
/// that closes the pipe early (`probis dump x.xlsx | head`) ends the program quietly.
final class Output: @unchecked Sendable {
    static let standard = Output()

    private var buffer: [UInt8] = []
    private let lock = NSLock()

    private init() {
        signal(SIGPIPE, SIG_IGN)
    }

    func write(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flushLocked() }
    }

    func write(_ bytes: ArraySlice<UInt8>) {
        lock.lock()
        defer { lock.unlock() }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flushLocked() }
    }

    func line(_ text: String) { write(text + "\n") }

    func flush() {
        lock.lock()
        defer { lock.unlock() }
        flushLocked()
    }

    private func flushLocked() {
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { Foundation.write(1, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                exit(errno == EPIPE ? ExitStatus.clean : ExitStatus.failure)
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// A diagnostic line on stderr, unbuffered.
    static func diagnostic(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// The one place where a failure becomes the words a user reads, in their language.
enum Failure {
    static func describe(_ error: Error, lang: Language) -> String {
        ProbisError(error).message(lang)
    }

    /// Prints why and exits with status 2.
    static func exit(_ error: Error, lang: Language) -> ExitCode {
        Output.diagnostic(describe(error, lang: lang))
        return ExitCode(ExitStatus.failure)
    }

    /// Refuses a `--json` path before anything is read (inside a root, or over a file probis
    /// did not write).
    static func checkReportFile(_ json: String?, roots: [String], lang: Language) throws {
        guard let json else { return }
        do { try OutputFolder.checkReportFile(json, roots: roots) } catch { throw exit(error, lang: lang) }
    }

    /// Warns when the folder about to be read is the output of a probis run that did not finish.
    static func warnIfUnfinished(_ root: String, lang: Language) {
        guard OutputSession.isUnfinished(root) else { return }
        Output.diagnostic(lang == .en
            ? "\(root): this folder is the output of a probis run that has not finished (see \(OutputSession.unfinishedName)); what is read here may be incomplete."
            : "\(root): folder ini keluaran probis yang belum selesai (lihat \(OutputSession.unfinishedName)); isinya mungkin belum lengkap.")
    }

    /// Copies a JSON report file atomically (a province's is hundreds of megabytes: never
    /// read whole), or exits with status 2 saying why.
    static func copyReport(_ source: String, to path: String, lang: Language) throws {
        do {
            try AtomicFile.produce(at: path) { temporary in try FileManager.default.copyItem(atPath: source, toPath: temporary) }
        } catch {
            throw exit(error, lang: lang)
        }
    }
}
