import Testing
@testable import ProsesBisnis

/// Cells of the RPJMD tables that hold several items, as seed 000 types them.
struct RPJMDEnumerationTests {
    @Test(arguments: [
        ("sasaran of seed 000 in one cell",
         "1.1 Terwujudnya Pemerataan dan meningkatnya kualitas pelayanan pendidikan 1.2 Meningkatnya kualitas belajar 1.3 Berkembangnya Pendidikan Inklusif",
         ["1.1|Terwujudnya Pemerataan dan meningkatnya kualitas pelayanan pendidikan", "1.2|Meningkatnya kualitas belajar",
          "1.3|Berkembangnya Pendidikan Inklusif"]),
        ("three levels, a number repeated",
         "1.1.1 Peningkatan angka partisipasi sekolah 1.2.1 Peningkatan sarana 1.2.1 Mengoptimalkan proses belajar",
         ["1.1.1|Peningkatan angka partisipasi sekolah", "1.2.1|Peningkatan sarana", "1.2.1|Mengoptimalkan proses belajar"]),
        ("deeper numbers inside are text of a shallower enumeration",
         "1.1 Sasaran satu memuat 1.1.1 rincian 1.2 Sasaran dua",
         ["1.1|Sasaran satu memuat 1.1.1 rincian", "1.2|Sasaran dua"]),
        ("ordinals with brackets", "1) Peningkatan A 2) Peningkatan B", ["1|Peningkatan A", "2|Peningkatan B"]),
        ("letters", "a. Menjamin akses b. Meningkatkan mutu", ["a|Menjamin akses", "b|Meningkatkan mutu"]),
        ("a number inside a name is no marker", "Program Wajib Belajar Pendidikan Dasar 9 Tahun",
         ["-|Program Wajib Belajar Pendidikan Dasar 9 Tahun"]),
        ("a figure after the first item is no marker", "1. Siswa terbina 1.588 org", ["1|Siswa terbina 1.588 org"]),
        ("one programme per line", "Program A\nProgram B", ["-|Program A", "-|Program B"]),
        ("lines that are not programmes stay one text", "Meningkatnya mutu\npelayanan", ["-|Meningkatnya mutu pelayanan"]),
        ("empty", "  ", []),
    ])
    func splitsACellIntoItems(_ label: String, _ text: String, _ expected: [String]) {
        let items = RPJMDEnumeration.split(text).map { "\($0.key ?? "-")|\($0.text)" }
        #expect(items == expected, "\(label)")
    }

    @Test(arguments: [
        ("1.1", RPJMDEnumeration.Kind?.some(.dotted(levels: 2))), ("1.1.1.", .dotted(levels: 3)), ("1.", .ordinal), ("2)", .ordinal),
        ("a.", .letter), ("9", nil), ("70,62", nil), ("Program", nil), ("1.a", nil),
    ])
    func markers(_ word: String, _ kind: RPJMDEnumeration.Kind?) {
        #expect(RPJMDEnumeration.marker(word) == kind)
    }
}
