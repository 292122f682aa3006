import Foundation

/// A fingerprint of a submission's bytes, to tell whether a re-run must read it again.
///
/// FNV-1a (64 bits) over every file's name and bytes, in the submission's file order. It is a
/// change detector, not a security measure: an OPD that wants to fool it gains nothing.
public enum ContentHash {
    public static func of(_ source: SubmissionSource) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        if let reason = source.unreadable { mix(reason.en.utf8, into: &hash) }
        for file in source.files {
            mix((file as NSString).lastPathComponent.utf8, into: &hash)
            if let data = FileManager.default.contents(atPath: file) {
                data.withUnsafeBytes { mix($0, into: &hash) }
                mix(String(data.count).utf8, into: &hash)
            } else {
                mix("unreadable".utf8, into: &hash)
            }
        }
        return String(hash, radix: 16)
    }

    /// The same hash over a text, for fingerprints made of several hashes.
    static func of(text: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        mix(text.utf8, into: &hash)
        return String(hash, radix: 16)
    }

    private static func mix<Bytes: Sequence>(_ bytes: Bytes, into hash: inout UInt64) where Bytes.Element == UInt8 {
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
    }
}
