import CZlib
import Foundation

/// Checks that a ZIP package just written is whole before it is put under its final name.
///
/// libxlsxwriter stages every XML part in a temporary file and does not check those writes: on
/// a full disk a part is silently cut short, and the ZIP built from it is valid yet holds a
/// broken workbook. So every member is inflated (in a small window, whatever its size), its
/// CRC compared, and every XML part must end with the end tag of its root element.
public enum PackageCheck {
    /// Why a package is not whole: what the caller puts in its message.
    public struct Damage: Error, Equatable, Sendable {
        /// The member concerned, or nil for the archive itself.
        public var part: String?
        public var reason: String
    }

    /// Throws `Damage` when the file at `path` is not a whole ZIP with whole XML parts.
    public static func verify(path: String) throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw Damage(part: nil, reason: "unreadable: \(error.localizedDescription)")
        }
        let archive: ZipArchive
        do {
            archive = try ZipArchive(file: path, data: data)
        } catch {
            throw Damage(part: nil, reason: "not a complete ZIP")
        }
        for entry in archive.entries.values.sorted(by: { $0.localHeaderOffset < $1.localHeaderOffset }) {
            try verify(entry, in: archive)
        }
    }

    private static func verify(_ entry: ZipEntry, in archive: ZipArchive) throws {
        var tail = TailWindow()
        var crc: UInt = 0
        var produced = 0
        do {
            try archive.withCompressedBytes(of: entry) { compressed in
                switch entry.method {
                case 0:
                    let bytes = compressed.bindMemory(to: UInt8.self)
                    crc = crc32_z(0, bytes.baseAddress, bytes.count)
                    produced = bytes.count
                    tail.append(bytes)
                case 8:
                    (crc, produced) = try inflate(compressed, into: &tail, part: entry.name)
                default:
                    throw Damage(part: entry.name, reason: "compression method \(entry.method)")
                }
            }
        } catch let damage as Damage {
            throw damage
        } catch {
            throw Damage(part: entry.name, reason: "member cut short")
        }
        guard produced == entry.uncompressedSize, UInt32(truncatingIfNeeded: crc) == entry.crc32 else {
            throw Damage(part: entry.name, reason: "size or CRC does not match")
        }
        let name = entry.name.lowercased()
        if name.hasSuffix(".xml") || name.hasSuffix(".rels"), !tail.endsWithRootEndTag {
            throw Damage(part: entry.name, reason: "XML cut short")
        }
    }

    /// Inflates a raw deflate stream through a 64 KB buffer: memory stays flat for any size.
    private static func inflate(
        _ compressed: UnsafeRawBufferPointer, into tail: inout TailWindow, part: String
    ) throws -> (crc: UInt, produced: Int) {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Damage(part: part, reason: "zlib")
        }
        defer { inflateEnd(&stream) }
        stream.next_in = UnsafeMutablePointer(mutating: compressed.baseAddress?.assumingMemoryBound(to: UInt8.self))
        stream.avail_in = UInt32(compressed.count)
        var crc: UInt = 0
        var produced = 0
        var window = [UInt8](repeating: 0, count: 1 << 16)
        var status = Z_OK
        while status != Z_STREAM_END {
            status = window.withUnsafeMutableBufferPointer { buffer -> Int32 in
                stream.next_out = buffer.baseAddress
                stream.avail_out = UInt32(buffer.count)
                let result = CZlib.inflate(&stream, Z_NO_FLUSH)
                let count = buffer.count - Int(stream.avail_out)
                let chunk = UnsafeBufferPointer(rebasing: buffer[0..<count])
                crc = crc32_z(crc, chunk.baseAddress, count)
                tail.append(chunk)
                produced += count
                return result
            }
            guard status == Z_OK || status == Z_STREAM_END else { throw Damage(part: part, reason: "deflate data cut short") }
        }
        return (crc, produced)
    }
}

/// The last bytes of a part and its first element's name, enough to see whether it is closed.
private struct TailWindow {
    private var head: [UInt8] = []
    private var last: [UInt8] = []
    private static let keep = 512

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if head.count < Self.keep { head.append(contentsOf: bytes.prefix(Self.keep - head.count)) }
        if bytes.count >= Self.keep {
            last = Array(bytes.suffix(Self.keep))
        } else {
            last.append(contentsOf: bytes)
            if last.count > 2 * Self.keep { last.removeFirst(last.count - Self.keep) }
        }
    }

    /// True when the text ends with `</root>` (or the root element closes itself).
    var endsWithRootEndTag: Bool {
        guard let root = rootName else { return false }
        var end = last.count
        while end > 0, [0x20, 0x09, 0x0A, 0x0D].contains(last[end - 1]) { end -= 1 }
        let text = last[..<end]
        let closing = Array("</".utf8) + root + [UInt8(ascii: ">")]
        if text.count >= closing.count, Array(text.suffix(closing.count)) == closing { return true }
        // `<root .../>` alone: the whole part is its self-closed root.
        return text.last == UInt8(ascii: ">") && text.dropLast().last == UInt8(ascii: "/") && head.count < Self.keep
    }

    /// The name of the first element that is not a declaration, comment or processing instruction.
    private var rootName: [UInt8]? {
        var index = 0
        while index < head.count {
            guard let open = head[index...].firstIndex(of: UInt8(ascii: "<")), open + 1 < head.count else { return nil }
            let next = head[open + 1]
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
                guard let close = head[open...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
                index = close + 1
                continue
            }
            let nameEnd = head[(open + 1)...].firstIndex { [0x20, 0x09, 0x0A, 0x0D, 0x2F, 0x3E].contains($0) } ?? head.count
            return Array(head[(open + 1)..<nameEnd])
        }
        return nil
    }
}
