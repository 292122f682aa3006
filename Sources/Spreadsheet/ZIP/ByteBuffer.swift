/// A growable byte buffer reused from part to part and file to file, so that inflating does
/// not ask the kernel for fresh zeroed pages each time (that showed as a fifth of the reading
/// time in a profile). Not thread-safe: one per reader, one reader per thread.
final class ByteBuffer {
    private var storage: UnsafeMutableBufferPointer<UInt8>
    /// Bytes in use, from the start of `storage`.
    var count = 0

    /// Buffers grown past this size are released after use rather than kept.
    private static let retainedCapacity = 32 << 20

    init() {
        storage = UnsafeMutableBufferPointer.allocate(capacity: 64 << 10)
    }

    deinit {
        storage.deallocate()
    }

    /// Memory for at least `capacity` bytes; previous contents are not kept.
    func reserve(_ capacity: Int) -> UnsafeMutableBufferPointer<UInt8> {
        if storage.count < capacity {
            storage.deallocate()
            storage = UnsafeMutableBufferPointer.allocate(capacity: max(capacity, storage.count * 2))
        }
        count = 0
        return storage
    }

    var bytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: storage[0..<count])
    }

    /// Gives back memory after an unusually large part.
    func shrinkIfLarge() {
        guard storage.count > Self.retainedCapacity else { return }
        storage.deallocate()
        storage = UnsafeMutableBufferPointer.allocate(capacity: 64 << 10)
        count = 0
    }
}
