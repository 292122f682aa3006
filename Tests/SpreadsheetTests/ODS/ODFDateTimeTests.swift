import Testing
@testable import Spreadsheet

/// Dates and times as the serial numbers Excel would store for them.
struct ODFDateTimeTests {
    private let null1899 = ODFDateTime.defaultNullDay

    @Test(arguments: [
        ("2024-01-15", 45306.0), ("1900-03-01", 61), ("1899-12-30", 0), ("1899-12-29", -1),
        ("2024-01-15T06:00:00", 45306.25), ("2024-01-15T12:00:00.5", 45306.5 + 0.5 / 86_400),
        ("2024-01-15T12:00:00Z", 45306.5), ("2024-01-15T12:00:00+07:00", 45306.5), ("2000-02-29", 36585),
    ])
    func datesAreDaysFromTheNullDate(_ text: String, _ serial: Double) {
        #expect(ODFDateTime.serial(of: text, nullDay: null1899) == serial)
    }

    @Test(arguments: ["", "15/01/2024", "2024-13-01", "2024-01-15T25:00:00", "24-01-15", "2024-01-15T12", "-2024-01-01"])
    func textThatIsNoDateGivesNil(_ text: String) {
        #expect(ODFDateTime.serial(of: text, nullDay: null1899) == nil)
    }

    @Test(arguments: [
        ("PT12H00M00S", 0.5), ("PT36H", 1.5), ("-PT6H", -0.25), ("P1DT12H", 1.5), ("PT0.5S", 0.5 / 86_400),
        ("PT1H30M", 1.5 / 24), ("P1W", 7.0),
    ])
    func durationsAreFractionsOfADay(_ text: String, _ fraction: Double) {
        #expect(ODFDateTime.dayFraction(of: text) == fraction)
    }

    @Test(arguments: ["", "P", "PT", "12:00", "P1Y", "P1M", "PT5X", "PTH"])
    func textThatIsNoDurationGivesNil(_ text: String) {
        #expect(ODFDateTime.dayFraction(of: text) == nil)
    }

    @Test func repeatCountsSaturateAndNonsenseCountsAsOne() {
        let text = Array("2147483648|99999999999999999999999|0|-3|abc||7 ".utf8)
        text.withUnsafeBufferPointer { bytes in
            var ranges: [Range<Int>] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "|") {
                ranges.append(start..<index)
                start = index + 1
            }
            #expect(ranges.map { ODFBytes.count(bytes, $0) } == [2_147_483_648, 1 << 40, 1, 1, 1, 1, 7])
        }
    }
}
