/// Dates and times of ODS cells as serial numbers, so that a date reads as the same number
/// whether the workbook was saved as `.ods` or `.xlsx` (where Excel stores dates as serials
/// with a date format). The serial counts days from the file's null date
/// (`<table:null-date table:date-value=…>`, 1899-12-30 by default, which matches Excel's 1900
/// system from March 1900 on); a time is a fraction of a day.
///
/// ```swift
/// ODFDateTime.serial(of: "2024-01-15", nullDay: ODFDateTime.defaultNullDay)  // 45306
/// ODFDateTime.dayFraction(of: "PT12H00M00S")                                // 0.5
/// ```
enum ODFDateTime {
    /// Day number (days since 1970-01-01) of 1899-12-30, the null date ODF assumes.
    static let defaultNullDay = dayNumber(year: 1899, month: 12, day: 30)

    /// The serial of an `office:date-value` (`2024-01-15` or `2024-01-15T10:30:00.5`, a time
    /// zone suffix ignored), or nil when it is not one.
    static func serial(of text: some StringProtocol, nullDay: Int) -> Double? {
        let parts = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        guard let day = day(of: parts[0]) else { return nil }
        var serial = Double(day - nullDay)
        if parts.count == 2 {
            guard let seconds = clockSeconds(parts[1]) else { return nil }
            serial += seconds / 86_400
        }
        return serial
    }

    /// The day number of `YYYY-MM-DD` (a leading `-` for years BC is refused).
    static func day(of text: some StringProtocol) -> Int? {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count >= 4, let year = Int(fields[0]), let month = Int(fields[1]),
              let day = Int(fields[2]), (1...12).contains(month), (1...31).contains(day), year <= 9999 else { return nil }
        return dayNumber(year: year, month: month, day: day)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Seconds since midnight of `HH:MM:SS(.fff)`, a `Z` or `±hh:mm` suffix ignored.
    private static func clockSeconds(_ text: some StringProtocol) -> Double? {
        let clock = text.prefix { $0 != "Z" && $0 != "+" && $0 != "-" }
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count >= 2, fields.count <= 3, let hours = Int(fields[0]), let minutes = Int(fields[1]) else {
            return nil
        }
        let seconds = fields.count == 3 ? Double(fields[2]) : 0
        guard let seconds, seconds >= 0, seconds < 61, (0...24).contains(hours), (0...59).contains(minutes) else {
            return nil
        }
        return Double(hours * 3600 + minutes * 60) + seconds
    }

    /// The fraction of a day of an `office:time-value`, an ISO 8601 duration such as
    /// `PT12H30M00S`, `PT36H`, `-PT1H` or `P1DT2H`; nil when it is not one (years and months
    /// have no fixed length and are refused).
    static func dayFraction(of text: some StringProtocol) -> Double? {
        var rest = Substring(text)
        let negative = rest.hasPrefix("-")
        if negative { rest = rest.dropFirst() }
        guard rest.hasPrefix("P") else { return nil }
        rest = rest.dropFirst()
        var seconds = 0.0
        var inTime = false
        var number = ""
        var designators = 0
        for character in rest {
            if character.isNumber || character == "." || character == "," {
                number.append(character == "," ? "." : character)
                continue
            }
            if character == "T", number.isEmpty, !inTime { inTime = true; continue }
            guard let value = Double(number), let unit = unitSeconds(character, inTime: inTime) else { return nil }
            seconds += value * unit
            number = ""
            designators += 1
        }
        guard number.isEmpty, designators > 0 else { return nil }
        return (negative ? -seconds : seconds) / 86_400
    }

    private static func unitSeconds(_ designator: Character, inTime: Bool) -> Double? {
        switch (designator, inTime) {
        case ("D", false): 86_400
        case ("W", false): 604_800
        case ("H", true): 3600
        case ("M", true): 60
        case ("S", true): 1
        default: nil
        }
    }
}
