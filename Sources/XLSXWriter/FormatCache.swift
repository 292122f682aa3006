import CXlsxWriter

/// One libxlsxwriter format per distinct `CellStyle` in a workbook.
///
/// libxlsxwriter merges equal formats only when it writes styles.xml, but keeps every
/// `lxw_format` it handed out in memory until then; caching by value keeps that to a handful.
final class FormatCache {
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    /// The last few styles used: a table's columns cycle through a handful, and comparing a
    /// style is much cheaper than hashing it for every cell written.
    private var recent: [(style: CellStyle, format: UnsafeMutablePointer<lxw_format>)] = []

    /// How many distinct formats have been created; tests use it to prove de-duplication.
    var count: Int { formats.count }

    /// The format for `style`, created on first use; nil for no style, so cells stay unformatted.
    func format(
        for style: CellStyle?, in workbook: UnsafeMutablePointer<lxw_workbook>
    ) throws -> UnsafeMutablePointer<lxw_format>? {
        guard let style else { return nil }
        if let hit = recent.first(where: { $0.style == style }) { return hit.format }
        guard style != .plain else { return nil }
        if let cached = formats[style] {
            remember(style, cached)
            return cached
        }
        try style.validate()
        guard let format = workbook_add_format(workbook) else {
            throw XLSXWriterError.library(
                function: "workbook_add_format", code: LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue,
                detail: String(cString: lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED)))
        }
        style.apply(to: format)
        formats[style] = format
        remember(style, format)
        return format
    }

    private func remember(_ style: CellStyle, _ format: UnsafeMutablePointer<lxw_format>) {
        if recent.count == 8 { recent.removeFirst() }
        recent.append((style, format))
    }
}

extension CellStyle {
    /// Copies every property onto a fresh libxlsxwriter format.
    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        if bold { format_set_bold(format) }
        if italic { format_set_italic(format) }
        if let fontSize { format_set_font_size(format, fontSize) }
        if let fontColor { format_set_font_color(format, fontColor.lxwColor) }
        if let fill {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, fill.lxwColor)
        }
        if border { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if wrap { format_set_text_wrap(format) }
        if let horizontal { format_set_align(format, horizontal.lxwValue) }
        if let vertical { format_set_align(format, vertical.lxwValue) }
        if let numberFormat { applyNumberFormat(numberFormat, to: format) }
        if !locked { format_set_unlocked(format) }
    }
}

extension CellStyle {
    /// `@` goes in as Excel's built-in Text format (index 49), which libxlsxwriter would
    /// otherwise store as a custom format 164 that merely looks the same.
    private func applyNumberFormat(_ numberFormat: String, to format: UnsafeMutablePointer<lxw_format>) {
        if numberFormat == "@" {
            format_set_num_format_index(format, 49)
        } else {
            format_set_num_format(format, numberFormat)
        }
    }
}

extension RGBColor {
    /// libxlsxwriter reads 0 as "unset", so black has its own marker value.
    var lxwColor: lxw_color_t {
        hex == 0 ? lxw_color_t(LXW_COLOR_BLACK.rawValue) : lxw_color_t(hex)
    }
}

extension HorizontalAlignment {
    var lxwValue: UInt8 {
        let value: lxw_format_alignments
        switch self {
        case .left: value = LXW_ALIGN_LEFT
        case .center: value = LXW_ALIGN_CENTER
        case .right: value = LXW_ALIGN_RIGHT
        case .fill: value = LXW_ALIGN_FILL
        case .justify: value = LXW_ALIGN_JUSTIFY
        case .centerAcross: value = LXW_ALIGN_CENTER_ACROSS
        case .distributed: value = LXW_ALIGN_DISTRIBUTED
        }
        return UInt8(value.rawValue)
    }
}

extension VerticalAlignment {
    var lxwValue: UInt8 {
        let value: lxw_format_alignments
        switch self {
        case .top: value = LXW_ALIGN_VERTICAL_TOP
        case .center: value = LXW_ALIGN_VERTICAL_CENTER
        case .bottom: value = LXW_ALIGN_VERTICAL_BOTTOM
        case .justify: value = LXW_ALIGN_VERTICAL_JUSTIFY
        case .distributed: value = LXW_ALIGN_VERTICAL_DISTRIBUTED
        }
        return UInt8(value.rawValue)
    }
}
