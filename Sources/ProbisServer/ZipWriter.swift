import CZlib
import Foundation

/// Writes a ZIP archive in memory: deflated members with UTF-8 names, for the download of the
/// validated workbooks (and, in tests, for uploads of every shape, links and `..` included).
public struct ZipWriter {
    private var body = Data()
    private var central = Data()
    private var count = 0

    public init() {}

    /// Adds a file; `deflate: false` stores it as is.
    public mutating func add(name: String, data: Data, deflate: Bool = true) {
        let packed = deflate ? Self.deflated(data) : nil
        append(name: name, data: data, stored: packed ?? data, method: packed == nil ? 0 : 8, unixMode: 0o100644)
    }

    /// Adds a symbolic link to `target` (the way Info-ZIP stores one): for tests of refusals.
    public mutating func addLink(name: String, target: String) {
        let data = Data(target.utf8)
        append(name: name, data: data, stored: data, method: 0, unixMode: 0o120777)
    }

    /// The finished archive.
    public func finished() -> Data {
        var end = Data()
        end.le32(0x0605_4B50); end.le16(0); end.le16(0)
        end.le16(UInt16(count)); end.le16(UInt16(count))
        end.le32(UInt32(central.count)); end.le32(UInt32(body.count)); end.le16(0)
        return body + central + end
    }

    private mutating func append(name: String, data: Data, stored: Data, method: UInt16, unixMode: UInt32) {
        let nameBytes = Data(name.utf8)
        let crc = data.withUnsafeBytes { UInt32(CZlib.crc32(0, $0.bindMemory(to: UInt8.self).baseAddress, uInt($0.count))) }
        let offset = UInt32(body.count)
        body.le32(0x0403_4B50); body.le16(20); body.le16(0x0800); body.le16(method)
        body.le16(0); body.le16(0x21); body.le32(crc)
        body.le32(UInt32(stored.count)); body.le32(UInt32(data.count)); body.le16(UInt16(nameBytes.count)); body.le16(0)
        body.append(nameBytes)
        body.append(stored)
        central.le32(0x0201_4B50); central.le16(0x031E); central.le16(20); central.le16(0x0800); central.le16(method)
        central.le16(0); central.le16(0x21); central.le32(crc)
        central.le32(UInt32(stored.count)); central.le32(UInt32(data.count)); central.le16(UInt16(nameBytes.count))
        central.le16(0); central.le16(0); central.le16(0); central.le16(0)
        central.le32(unixMode << 16); central.le32(offset)
        central.append(nameBytes)
        count += 1
    }

    /// Raw deflate (no zlib header), as ZIP wants; nil if zlib fails.
    static func deflated(_ data: Data) -> Data? {
        var stream = z_stream()
        guard deflateInit2_(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
                            Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(data.count))) + 16)
        let status: Int32 = data.withUnsafeBytes { input in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: UInt8.self).baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                return CZlib.deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return nil }
        return Data(output[0..<Int(stream.total_out)])
    }
}

extension Data {
    fileprivate mutating func le16(_ value: UInt16) { append(UInt8(value & 0xFF)); append(UInt8(value >> 8)) }
    fileprivate mutating func le32(_ value: UInt32) { le16(UInt16(value & 0xFFFF)); le16(UInt16(value >> 16)) }
}
