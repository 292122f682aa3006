import Foundation

/// A one-line progress bar on stderr, shown only when stderr is a terminal: piped or
/// redirected output stays clean.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let lock = NSLock()
    private var lastDrawn = Date.distantPast
    private var drawn = false
    private let started = Date()
    private var stage = ""
    private var last = (done: 0, total: 0)

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
        last = (done, total)
        // A handful of files finish in a blink: draw only for longer runs, and at most ten times a second.
        guard total >= 20, done == total || Date().timeIntervalSince(lastDrawn) > 0.1 else { return }
        draw()
    }

    /// Names what the run is doing now (a region, REKAP); shown beside the bar.
    func setStage(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        stage = text
        if last.total >= 20 { draw() }
    }

    private func draw() {
        lastDrawn = Date()
        let (done, total) = last
        let width = 24
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        var line = "\r\(label) \(bar) \(done)/\(total)"
        if let left = Self.remaining(done: done, total: total, elapsed: Date().timeIntervalSince(started)) { line += " · ~\(left)" }
        if !stage.isEmpty { line += " · \(stage)" }
        FileHandle.standardError.write(Data((String(line.prefix(110)) + "\u{1B}[K").utf8))
        drawn = true
    }

    /// Time left at the pace so far, once there is a pace to speak of: `1m20s`, `45s`.
    static func remaining(done: Int, total: Int, elapsed: TimeInterval) -> String? {
        guard done >= 5, done < total, elapsed >= 2 else { return nil }
        let seconds = Int(elapsed / Double(done) * Double(total - done))
        return seconds >= 60 ? "\(seconds / 60)m\(seconds % 60)s" : "\(seconds)s"
    }

    /// Runs `body`, which prints to standard output, with the bar off its line meanwhile when
    /// both share the terminal: report lines and the bar never mix.
    func interrupting(_ body: () -> Void) {
        lock.lock()
        defer { lock.unlock() }
        guard drawn, isatty(1) != 0 else { return body() }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        body()
        draw()
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
