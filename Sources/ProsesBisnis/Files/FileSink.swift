import Foundation
import Glibc

/// A new file written in pieces, every `write(2)`/`writev(2)` and the close checked: for an output too
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
        try bytes.withUnsafeBytes { buffer in
            guard buffer.count > 0 else { return }
            var vectors = [iovec(iov_base: UnsafeMutableRawPointer(mutating: buffer.baseAddress), iov_len: buffer.count)]
            try writeAll(&vectors)
        }
    }

    /// Writes pieces of bytes one after another, as if joined, without joining them: a drawing
    /// is one piece of its page and one of its `.svg` file. `writev(2)` takes up to 64 at once.
    func write(_ pieces: [ArraySlice<UInt8>]) throws {
        var start = 0
        while start < pieces.count {
            let end = min(pieces.count, start + Self.piecesPerCall)
            var vectors: [iovec] = []
            vectors.reserveCapacity(end - start)
            try Self.withVectors(pieces[start..<end], &vectors) { try writeAll(&$0) }
            start = end
        }
    }

    static let piecesPerCall = 64

    /// Calls `body` with an `iovec` per piece; each piece's pointer is valid only inside its own
    /// `withUnsafeBufferPointer`, so the pieces are pinned one inside the other.
    private static func withVectors(_ pieces: ArraySlice<ArraySlice<UInt8>>, _ vectors: inout [iovec],
                                    _ body: (inout [iovec]) throws -> Void) throws {
        guard let first = pieces.first else { return try body(&vectors) }
        try first.withUnsafeBufferPointer { buffer in
            if buffer.count > 0 {
                vectors.append(iovec(iov_base: UnsafeMutableRawPointer(mutating: buffer.baseAddress), iov_len: buffer.count))
            }
            try withVectors(pieces.dropFirst(), &vectors, body)
        }
    }

    /// `writev(2)` until every byte of `vectors` is written (a short write resumes where it stopped).
    private func writeAll(_ vectors: inout [iovec]) throws {
        var first = 0
        while first < vectors.count {
            let written = vectors[first...].withUnsafeBufferPointer { Glibc.writev(descriptor, $0.baseAddress, Int32($0.count)) }
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError.cannotWrite(path, cause: WriteCause(errno: errno))
            }
            var left = written
            while first < vectors.count, left >= vectors[first].iov_len {
                left -= vectors[first].iov_len
                first += 1
            }
            if left > 0 {
                vectors[first].iov_base += left
                vectors[first].iov_len -= left
            }
        }
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
