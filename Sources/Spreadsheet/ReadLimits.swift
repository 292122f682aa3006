/// Safety limits applied while reading, so that a hostile or broken file (a zip bomb, a sheet
/// claiming a billion cells) is refused with a clear error instead of exhausting the machine.
public struct ReadLimits: Sendable {
    /// Largest file accepted, compressed.
    public var maxFileBytes = 512 << 20
    /// Largest inflated size of one XML part.
    public var maxPartBytes = 512 << 20
    /// Largest inflated size of all parts of one file together.
    public var maxTotalInflatedBytes = 1 << 30
    /// Highest inflated/compressed ratio accepted for a part above `ratioCheckFloor` bytes.
    /// Real sheets compress 5–50 times; bombs, thousands of times.
    public var maxCompressionRatio = 250
    /// Parts inflating to less than this are never refused for their ratio.
    public var ratioCheckFloor = 8 << 20
    /// Most non-empty cells accepted in one sheet.
    public var maxCellsPerSheet = 10_000_000
    /// Largest stream of a compound file (`.xls`) accepted, such as its `Workbook` stream.
    public var maxStreamBytes = 512 << 20
    /// Most FAT sectors a compound file may declare; each maps 128 (or 1,024) sectors, so the
    /// default covers files far beyond `maxFileBytes`.
    public var maxCompoundSectors = 1 << 20

    public init() {}

    public static let standard = ReadLimits()
}
