import Foundation

/// A one-line progress bar on stderr, shown only when stderr is a terminal: piped or
/// redirected output stays clean.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let lock = NSLock()
    private var lastDrawn = Date.distantPast
    private var drawn = false

    /// A bar when stderr is a terminal, else nil.
    static func forTerminal(label: String) -> ProgressBar? {
        isatty(2) != 0 ? ProgressBar(label: label) : nil
    }

    private init(label: String) {
        self.label = label
    }

    func update(_ done: Int, _ total: Int) {
        lock.lock()
        defer { lock.unlock() }
        // A handful of files finish in a blink: draw only for longer runs, and at most ten times a second.
        guard total >= 20, done == total || Date().timeIntervalSince(lastDrawn) > 0.1 else { return }
        lastDrawn = Date()
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(done)/\(total)".utf8))
        drawn = true
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
