/// A 24-bit RGB colour such as `0xFFF2CC`.
public struct RGBColor: Hashable, Sendable {
    /// The colour as `0xRRGGBB`.
    public var hex: UInt32

    /// Creates a colour from `0xRRGGBB`; higher bits are dropped.
    public init(hex: UInt32) { self.hex = hex & 0xFF_FFFF }

    // A few fills and fonts probis uses for headers and findings.
    public static let black = RGBColor(hex: 0x000000)
    public static let white = RGBColor(hex: 0xFFFFFF)
    public static let red = RGBColor(hex: 0xFF0000)
    public static let lightGray = RGBColor(hex: 0xD9D9D9)
    public static let lightYellow = RGBColor(hex: 0xFFF2CC)
    public static let lightRed = RGBColor(hex: 0xF8CBAD)
    public static let lightGreen = RGBColor(hex: 0xE2EFDA)
    public static let lightBlue = RGBColor(hex: 0xDDEBF7)
}

/// Horizontal placement of a cell's content.
public enum HorizontalAlignment: Hashable, Sendable {
    case left, center, right, fill, justify, centerAcross, distributed
}

/// Vertical placement of a cell's content.
public enum VerticalAlignment: Hashable, Sendable {
    case top, center, bottom, justify, distributed
}

/// How a cell is drawn, as a value: equal styles share one libxlsxwriter format per workbook.
///
/// Describing styles as values (instead of handing out C format objects) lets callers build
/// them anywhere, compare them in tests, and never create thousands of identical formats.
///
/// ```swift
/// let header = CellStyle(bold: true, fill: .lightGray, border: true, wrap: true,
///                        vertical: .center)
/// try sheet.write("Kode", row: 0, column: 0, style: header)
/// ```
public struct CellStyle: Hashable, Sendable {
    /// Bold font.
    public var bold: Bool
    /// Italic font.
    public var italic: Bool
    /// Font size in points, 1…409; nil keeps Excel's default (11).
    public var fontSize: Double?
    /// Font colour; nil keeps Excel's automatic colour.
    public var fontColor: RGBColor?
    /// Solid background fill.
    public var fill: RGBColor?
    /// A thin border on all four sides.
    public var border: Bool
    /// Wrap long text inside the cell.
    public var wrap: Bool
    /// Horizontal alignment; nil keeps Excel's "general" (text left, numbers right).
    public var horizontal: HorizontalAlignment?
    /// Vertical alignment; nil keeps Excel's default (bottom).
    public var vertical: VerticalAlignment?
    /// An Excel number format such as `"@"` (text), `"0"` or `"dd/mm/yyyy"`; at most 127 bytes.
    public var numberFormat: String?
    /// Whether the cell is locked when the sheet is protected (Excel's default is locked).
    public var locked: Bool

    /// Creates a style; every property defaults to Excel's own default.
    public init(
        bold: Bool = false, italic: Bool = false, fontSize: Double? = nil,
        fontColor: RGBColor? = nil, fill: RGBColor? = nil, border: Bool = false,
        wrap: Bool = false, horizontal: HorizontalAlignment? = nil,
        vertical: VerticalAlignment? = nil, numberFormat: String? = nil, locked: Bool = true
    ) {
        self.bold = bold
        self.italic = italic
        self.fontSize = fontSize
        self.fontColor = fontColor
        self.fill = fill
        self.border = border
        self.wrap = wrap
        self.horizontal = horizontal
        self.vertical = vertical
        self.numberFormat = numberFormat
        self.locked = locked
    }

    /// Excel's default look; writing with it is the same as writing with no style.
    public static let plain = CellStyle()

    /// Text format (`@`), so Excel keeps codes such as `01.02` as typed instead of as numbers.
    public static let text = CellStyle(numberFormat: "@")

    /// Throws if a property is outside what Excel or libxlsxwriter accepts.
    func validate() throws {
        if let numberFormat {
            let bytes = numberFormat.utf8.count
            if bytes > ExcelLimits.maxNumberFormatBytes {
                throw XLSXWriterError.numberFormatTooLong(format: numberFormat, bytes: bytes)
            }
        }
        if let fontSize, !(fontSize >= 1 && fontSize <= 409) {
            throw XLSXWriterError.fontSizeOutOfRange(size: fontSize)
        }
    }
}
