/// A cell position, stored 0-based, shown 1-based as an A1 reference (`C9` is row 8, column 2).
public struct CellAddress: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// 0-based row index (row 1 in Excel is 0).
    public var row: Int
    /// 0-based column index (column A is 0).
    public var column: Int

    public static let maxRows = 1_048_576
    public static let maxColumns = 16_384

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses an A1 reference such as `AB12` or `$C$9`; nil when it is not one or lies
    /// outside Excel's grid.
    public init?(_ reference: some StringProtocol) {
        var parser = ReferenceParser(Array(reference.utf8))
        guard let address = parser.parseAddress(), parser.isAtEnd else { return nil }
        self = address
    }

    /// The A1 reference, e.g. `C9`.
    public var description: String { CellAddress.columnName(column) + String(row + 1) }

    /// The letters of a 0-based column index: 0 is `A`, 26 is `AA`.
    public static func columnName(_ column: Int) -> String {
        var letters: [UInt8] = []
        var remaining = column + 1
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            letters.append(UInt8(ascii: "A") + UInt8(digit))
            remaining = (remaining - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    public static func < (lhs: CellAddress, rhs: CellAddress) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}

/// A rectangular range of cells such as a merged area, inclusive on both ends.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    public var first: CellAddress
    public var last: CellAddress

    public init(first: CellAddress, last: CellAddress) {
        self.first = CellAddress(row: min(first.row, last.row), column: min(first.column, last.column))
        self.last = CellAddress(row: max(first.row, last.row), column: max(first.column, last.column))
    }

    /// Parses `A1:C3` (or a single `B2`); nil when malformed.
    public init?(_ reference: some StringProtocol) {
        let parts = reference.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2,
              let first = CellAddress(parts[0]),
              let last = CellAddress(parts[parts.count - 1]) else { return nil }
        self.init(first: first, last: last)
    }

    public func contains(_ address: CellAddress) -> Bool {
        (first.row...last.row).contains(address.row) && (first.column...last.column).contains(address.column)
    }

    public var description: String {
        first == last ? first.description : "\(first):\(last)"
    }
}

/// Parses A1 references from bytes; shared by `CellAddress` and the XLSX reader's hot loop.
struct ReferenceParser {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { index == bytes.count }

    mutating func parseAddress() -> CellAddress? {
        if index < bytes.count, bytes[index] == UInt8(ascii: "$") { index += 1 }
        var column = 0
        var letterCount = 0
        while index < bytes.count, let value = ReferenceParser.letterValue(bytes[index]) {
            column = column * 26 + value
            letterCount += 1
            index += 1
            if letterCount > 3 { return nil }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "$") { index += 1 }
        var row = 0
        var digitCount = 0
        while index < bytes.count, (48...57).contains(bytes[index]) {
            row = row * 10 + Int(bytes[index] - 48)
            digitCount += 1
            index += 1
            if digitCount > 7 { return nil }
        }
        guard letterCount > 0, digitCount > 0, row >= 1, row <= CellAddress.maxRows,
              column >= 1, column <= CellAddress.maxColumns else { return nil }
        return CellAddress(row: row - 1, column: column - 1)
    }

    /// 1 for `A`/`a` … 26 for `Z`/`z`.
    static func letterValue(_ byte: UInt8) -> Int? {
        switch byte {
        case 65...90: Int(byte) - 64
        case 97...122: Int(byte) - 96
        default: nil
        }
    }
}
