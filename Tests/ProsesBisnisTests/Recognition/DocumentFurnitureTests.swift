import Testing
@testable import ProsesBisnis

/// The classes of the document around the tables, told from one cell's text; and the data
/// that looks like them but is not.
struct DocumentFurnitureTests {
    @Test(arguments: [
        ("PETA PROSES BISNIS DINAS PENDIDIKAN KOTA METRO", DocumentFurniture.Kind.heading),
        ("LAMPIRAN KEPUTUSAN BUPATI SUMENEP", .heading),
        ("NOMOR : 188/45/KPTS/2024", .heading),
        ("TABEL 3 IDENTIFIKASI LINTAS FUNGSI (2/3)", .heading),
        ("Identifikasi Proses (lanjutan)", .heading),
        ("Sumenep, 12 Agustus 2024", .placeAndDate),
        ("Kota Metro,      Januari 2025", .placeAndDate),
        ("Pasuruan, 03-09-2024", .placeAndDate),
        ("Mengetahui,", .signOff),
        ("a.n. BUPATI SUMENEP", .signOff),
        ("Plt. KEPALA DINAS", .signOff),
        ("KEPALA DINAS PENDIDIKAN", .position),
        ("CAMAT KLAMBU", .position),
        ("Sekretaris Daerah", .position),
        ("Dr. Ir. SITI AMINAH, M.Si.", .personName),
        ("BUDI SANTOSO, S.Sos., M.AP", .personName),
        ("Drs. H. Ahmad Yani", .personName),
        ("Pembina Tk. I (IV/b)", .rank),
        ("Penata Muda III/a", .rank),
        ("NIP 19681104 199403 2 007", .nip),
        ("NIP. 196811041994032007", .nip),
        ("Keterangan:", .note),
        ("Catatan: kode mengikuti Renstra", .note),
        ("Sumber: Renstra 2021-2026", .note),
        ("JUMLAH", .total),
        ("Total", .total),
        ("Halaman 2 dari 5", .pageFooter),
        ("- 3 -", .pageFooter),
    ])
    func furnitureIsRecognisedByItsShape(text: String, kind: DocumentFurniture.Kind) {
        #expect(DocumentFurniture.kind(of: text) == kind)
    }

    @Test(arguments: [
        "Perencanaan Pembangunan", "Penyusunan RKA, DPA dan DPPA", "Identifikasi kebutuhan diklat",
        "Pengelolaan Keuangan", "MTR.01.02", "Utama", "Sekretariat", "Bidang Program", "1", "(2)", "√",
        "Menyusun laporan, evaluasi dan tindak lanjut", "Surat Keputusan", "Penetapan Renja 2024",
        "Kepala Dinas menandatangani surat keputusan pengangkatan pegawai baru di lingkungan dinas",
        "Verifikasi SPJ", "dst...", "Berita acara",
    ])
    func dataIsNotFurniture(text: String) {
        #expect(DocumentFurniture.kind(of: text) == nil)
    }
}
