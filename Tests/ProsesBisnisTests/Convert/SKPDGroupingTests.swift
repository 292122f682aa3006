import Testing
@testable import ProsesBisnis

/// SKPD names written differently across the rows of a plan, grouped the way the unit
/// dictionary groups unit names, plus syllable acronyms.
struct SKPDGroupingTests {
    @Test func acronymAndFullNameAreOneSKPDNamedByTheMostFrequentSpelling() {
        let grouping = SKPDGrouping(["Dinas Dikbudpora", "Dinas Dikbudpora", "Dinas Pendidikan, Kebudayaan, Pemuda dan Olahraga",
                                     "Kantor Pustakardok", "Dinas Kesehatan", "DINAS  KESEHATAN"])
        #expect(grouping.groups.map(\.name) == ["Dinas Dikbudpora", "Kantor Pustakardok", "Dinas Kesehatan"])
        #expect(grouping.groups[0].spellings == ["Dinas Dikbudpora", "Dinas Pendidikan, Kebudayaan, Pemuda dan Olahraga"])
        #expect(grouping.groups[2].spellings == ["Dinas Kesehatan", "DINAS KESEHATAN"])
        #expect(grouping.canonical("Dinas Pendidikan, Kebudayaan, Pemuda dan Olahraga") == "Dinas Dikbudpora")
    }

    @Test(arguments: [
        ("Dinas Dikbudpora", "Dinas Pendidikan, Kebudayaan, Pemuda dan Olahraga", true),
        ("Kantor Pustakardok", "Kantor Perpustakaan, Arsip dan Dokumentasi", true),
        ("Dinas Kesehatan", "Dinas Kesehatan Kota Metro", true),
        ("Dinas Dikbudpora", "Dinas Pendidikan dan Kebudayaan", false),
        ("Dinas Kesehatan", "Dinas Kebudayaan", false),
        ("Dinas Kesehatan", "Badan Kesehatan", false),
        ("Kantor Pustakardok", "Dinas Perpustakaan, Arsip dan Dokumentasi", false),
    ])
    func sameSKPD(_ a: String, _ b: String, _ same: Bool) {
        #expect(SKPDGrouping.sameSKPD(UnitNames.tokens(a), UnitNames.tokens(b)) == same, "\(a) / \(b)")
    }
}
