import Foundation

/// Results written by index from parallel workers.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] { slots.compactMap { $0 } }

    /// Every slot, nil where nothing was set.
    var all: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}

/// Hands out work indices and counts finished items, across threads.
public final class WorkCounter: @unchecked Sendable {
    private var nextIndex = 0
    private var finished = 0
    private let lock = NSLock()

    public init() {}

    /// The next index below `limit`, or nil when all have been handed out.
    public func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < limit else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    /// Counts one more finished item and returns the count.
    public func finish() -> Int {
        lock.lock()
        defer { lock.unlock() }
        finished += 1
        return finished
    }
}
