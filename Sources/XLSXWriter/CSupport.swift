import CXlsxWriter
import Foundation

/// Turns libxlsxwriter's return codes into thrown errors, with `lxw_strerror`'s own text.
enum LXW {
    /// Throws `.library` unless `code` is `LXW_NO_ERROR`.
    static func check(_ code: lxw_error, _ function: String) throws {
        guard code != LXW_NO_ERROR else { return }
        throw XLSXWriterError.library(
            function: function, code: code.rawValue, detail: String(cString: lxw_strerror(code)))
    }
}

/// Owned C copies of strings for libxlsxwriter structs whose fields are `char *`.
///
/// libxlsxwriter copies what it keeps, so the copies only need to live for the call; the
/// bag frees them all when it goes away (callers hold it with `withExtendedLifetime`).
final class CStringBag {
    private var pointers: [UnsafeMutablePointer<CChar>] = []

    /// A C copy of `string`, or nil for nil so unused struct fields stay NULL.
    func copy(_ string: String?) -> UnsafeMutablePointer<CChar>? {
        guard let string, let pointer = strdup(string) else { return nil }
        pointers.append(pointer)
        return pointer
    }

    deinit {
        for pointer in pointers { free(pointer) }
    }
}

extension String {
    /// Length as Excel counts it: UTF-16 code units.
    var excelLength: Int { utf16.count }
}
