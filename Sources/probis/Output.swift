import Foundation

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
