import Foundation
import Glibc

/// A new file written in pieces, every `write(2)` and the close checked: for an output too
/// large to hold whole in memory (the JSON report of a province), and the one way
/// `AtomicFile` writes bytes.
final class FileSink {
    let path: String
    private var descriptor: Int32

    /// Creates the file; it must not exist yet (a temporary name of `AtomicFile`).
    init(path: String) throws {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputError.cannotWrite(path, cause: WriteCause(errno: errno)) }
    }

    func write(_ bytes: some ContiguousBytes) throws {
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure != 0 { throw OutputError.cannotWrite(path, cause: WriteCause(errno: failure)) }
    }

    func close() throws {
        guard descriptor >= 0 else { return }
        let result = Glibc.close(descriptor)
        descriptor = -1
        if result != 0 { throw OutputError.cannotWrite(path, cause: WriteCause(errno: errno)) }
    }

    deinit {
        if descriptor >= 0 { _ = Glibc.close(descriptor) }
    }
}
