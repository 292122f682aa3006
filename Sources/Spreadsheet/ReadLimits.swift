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
    /// Most sheets listed in one workbook. Excel itself opens a few hundred at most; a list of
    /// ten thousand entries (a few KB of XML) is an attack on the time it takes to read them.
    public var maxSheets = 1_000
    /// Longest sheet name kept; Excel allows 31 characters, so a longer one is cut to this
    /// length rather than carried into every cell location and message.
    public var maxSheetNameLength = 255
    /// Most non-empty cells (and merged ranges) that ODS repeat counts may create beyond the
    /// first copy, over a whole workbook. `table:number-columns-repeated` and
    /// `number-rows-repeated` let a few bytes ask for billions of cells (calamine's
    /// issue_594_dos.ods asks for 10^18); real files repeat a value a few hundred times.
    /// Repeats of empty cells and rows cost nothing and are never counted.
    public var maxRepeatedCells = 2_000_000
    /// Most spaces that ODS space counts (`<text:s text:c="…"/>`) may write beyond the first of
    /// each, over a whole workbook: LibreOffice writes runs of spaces that way, never millions.
    public var maxRepeatedSpaces = 16 << 20
    /// Largest stream of a compound file (`.xls`) accepted, such as its `Workbook` stream.
    public var maxStreamBytes = 512 << 20
    /// Most FAT sectors a compound file may declare; each maps 128 (or 1,024) sectors, so the
    /// default covers files far beyond `maxFileBytes`.
    public var maxCompoundSectors = 1 << 20

    public init() {}

    public static let standard = ReadLimits()
}
