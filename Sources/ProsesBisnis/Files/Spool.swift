import Foundation
import Glibc

/// Bytes put aside to be written later, in order: in memory while they are few, beyond
/// `memoryLimit` in a temporary file that is unlinked as soon as it is created (nothing is
/// left behind, whatever ends the run). What a report writes at its end (every region's
/// findings) thus takes no memory however large the province.
final class Spool {
    private let memoryLimit: Int
    private var buffer: [UInt8] = []
    private var descriptor: Int32 = -1
    private var path = ""

    init(memoryLimit: Int = 1 << 20) {
        self.memoryLimit = memoryLimit
    }

    deinit {
        if descriptor >= 0 { _ = Glibc.close(descriptor) }
    }

    func append(_ bytes: some Collection<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= memoryLimit { try spill() }
    }

    /// Hands every byte put aside to `emit`, in order and in pieces of about `memoryLimit`,
    /// and leaves the spool empty.
    func drain(_ emit: (ArraySlice<UInt8>) throws -> Void) throws {
        if descriptor >= 0 {
            try spill()
            guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw failure() }
            var chunk = [UInt8](repeating: 0, count: max(memoryLimit, 4096))
            while true {
                let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                guard count >= 0 else { throw failure() }
                if count == 0 { break }
                try emit(chunk[..<count])
            }
            _ = Glibc.close(descriptor)
            descriptor = -1
        }
        if !buffer.isEmpty { try emit(buffer[...]) }
        buffer = []
    }

    /// Moves the buffer to the file, creating the file on first use.
    private func spill() throws {
        if descriptor < 0 {
            var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("probis-spool-XXXXXX").utf8CString)
            descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            guard descriptor >= 0 else { throw OutputError.cannotCreate(path, cause: WriteCause(errno: errno)) }
            unlink(path)
        }
        var offset = 0
        while offset < buffer.count {
            let count = buffer[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw failure() }
            offset += count
        }
        buffer.removeAll(keepingCapacity: true)
    }

    private func failure() -> OutputError {
        OutputError.cannotWrite(path, cause: WriteCause(errno: errno))
    }
}
