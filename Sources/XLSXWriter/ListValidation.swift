import CXlsxWriter

/// What Excel does when a typed value is not in a validation list.
public enum ValidationErrorStyle: Hashable, Sendable {
    /// Refuse the value.
    case stop
    /// Ask "continue?" and allow it.
    case warning
    /// Inform and allow it.
    case information
}

/// A dropdown of allowed values for a range, with the texts Excel shows around it.
///
/// ```swift
/// let jenis = ListValidation(choices: ["Inti", "Pendukung"],
///                            inputTitle: "Jenis proses", inputMessage: "Pilih dari daftar.")
/// try sheet.addListValidation(jenis, to: SheetRange(firstRow: 1, firstColumn: 3, lastRow: 200, lastColumn: 3))
/// ```
public struct ListValidation: Hashable, Sendable {
    /// Where the dropdown's values come from.
    public enum Source: Hashable, Sendable {
        /// Values stored in the validation itself: none empty or with `,` or `"`, and together
        /// with the commas at most 255 bytes of UTF-8 (255 characters when plain ASCII).
        case values([String])
        /// Values read from cells, e.g. a hidden "Daftar" sheet: no length limit.
        case cells(sheet: String, range: SheetRange)
    }

    public var source: Source
    /// Shown when the cell is selected; title ≤ 32 and message ≤ 255 characters.
    public var inputTitle: String?
    public var inputMessage: String?
    /// Shown when a wrong value is typed; title ≤ 32 and message ≤ 255 characters.
    public var errorTitle: String?
    public var errorMessage: String?
    public var errorStyle: ValidationErrorStyle

    /// Creates a list validation from any source; by default wrong values are refused.
    public init(
        source: Source, inputTitle: String? = nil, inputMessage: String? = nil,
        errorTitle: String? = nil, errorMessage: String? = nil, errorStyle: ValidationErrorStyle = .stop
    ) {
        self.source = source
        self.inputTitle = inputTitle
        self.inputMessage = inputMessage
        self.errorTitle = errorTitle
        self.errorMessage = errorMessage
        self.errorStyle = errorStyle
    }

    /// Creates a list validation from literal values (see `Source.values` for their limits).
    public init(
        choices: [String], inputTitle: String? = nil, inputMessage: String? = nil,
        errorTitle: String? = nil, errorMessage: String? = nil, errorStyle: ValidationErrorStyle = .stop
    ) {
        self.init(source: .values(choices), inputTitle: inputTitle, inputMessage: inputMessage,
                  errorTitle: errorTitle, errorMessage: errorMessage, errorStyle: errorStyle)
    }

    /// Throws for an empty or bad list, or a title or message over its limit.
    func check(sheet: String, range: SheetRange) throws {
        if case .values(let choices) = source { try Self.check(choices, sheet: sheet, range: range) }
        let texts: [(ValidationTextField, String?)] = [
            (.inputTitle, inputTitle), (.inputMessage, inputMessage),
            (.errorTitle, errorTitle), (.errorMessage, errorMessage),
        ]
        for (field, text) in texts {
            let length = text?.excelLength ?? 0
            if length > ExcelLimits.validationTextLimit(field) {
                throw XLSXWriterError.validationTextTooLong(sheet: sheet, range: range, field: field, length: length)
            }
        }
    }

    private static func check(_ choices: [String], sheet: String, range: SheetRange) throws {
        if choices.isEmpty { throw XLSXWriterError.validationListEmpty(sheet: sheet, range: range) }
        if let bad = choices.first(where: { $0.isEmpty || $0.contains(",") || $0.contains("\"") }) {
            throw XLSXWriterError.validationItemInvalid(sheet: sheet, range: range, item: bad)
        }
        // Bytes, not characters: libxlsxwriter 1.1.4 counts characters but copies the bytes into
        // a 255-byte buffer, so 200 × "é" passes its check and then corrupts memory.
        let bytes = choices.reduce(-1) { $0 + $1.utf8.count + 1 }
        if bytes > ExcelLimits.maxValidationListBytes {
            throw XLSXWriterError.validationListTooLong(sheet: sheet, range: range, bytes: bytes)
        }
    }

    /// Fills a libxlsxwriter validation struct, valid only inside `body` (it points at C copies).
    func withLXWOptions(_ body: (inout lxw_data_validation) -> lxw_error) -> lxw_error {
        let bag = CStringBag()
        var options = lxw_data_validation()
        options.error_type = errorStyle.lxwValue
        options.input_title = bag.copy(inputTitle)
        options.input_message = bag.copy(inputMessage)
        options.error_title = bag.copy(errorTitle)
        options.error_message = bag.copy(errorMessage)
        return withExtendedLifetime(bag) {
            switch source {
            case .values(let choices):
                options.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
                var list: [UnsafeMutablePointer<CChar>?] = choices.map { bag.copy($0) } + [nil]
                return list.withUnsafeMutableBufferPointer { buffer in
                    options.value_list = buffer.baseAddress
                    return body(&options)
                }
            case .cells(let sheet, let range):
                options.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
                options.value_formula = bag.copy("=" + A1.absoluteRange(sheet: sheet, range: range))
                return body(&options)
            }
        }
    }
}

extension ValidationErrorStyle {
    var lxwValue: UInt8 {
        switch self {
        case .stop: UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
        case .warning: UInt8(LXW_VALIDATION_ERROR_TYPE_WARNING.rawValue)
        case .information: UInt8(LXW_VALIDATION_ERROR_TYPE_INFORMATION.rawValue)
        }
    }
}
