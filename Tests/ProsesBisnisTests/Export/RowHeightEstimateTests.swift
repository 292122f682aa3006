import Testing
@testable import ProsesBisnis

/// The line count behind validated workbooks' row heights: words wrap whole, long words are
/// cut, line breaks start a line, characters (not bytes) are counted.
@Suite struct RowHeightEstimateTests {
    @Test(arguments: [
        ("Menyusun laporan", 16, 1),
        ("Menyusun laporan", 15, 2),
        ("Menyusun laporan pelaksanaan kegiatan", 20, 2),
        ("Seksi Peserta Didik dan Pembangunan Karakter", 12, 5),
        ("Pengembangankompetensi", 10, 3),
        ("satu\ndua\ntiga", 40, 3),
        ("satu\n\ntiga", 40, 3),
        ("éééé ééé", 8, 1),
        ("", 10, 1),
    ])
    func linesAreCountedByWholeWords(text: String, perLine: Int, lines: Int) {
        #expect(WrappedText.wordWrappedLines(text, perLine: perLine) == lines)
    }
}
