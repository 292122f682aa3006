/// Reads the rows of a Tabel Identifikasi Proses under its header.
enum ProsesTableReader {
    static func read(_ header: TableHeader, rows: Range<Int>, grid: Grid, into submission: inout Submission) {
        let columns = header.columns
        for row in rows {
            guard !grid.isLayoutRow(row, in: header.span) else { continue }
            let nama = grid.field(row, columns[.proses])
            let kode = grid.field(row, columns[.kode])
            let jenis = grid.field(row, columns[.jenisProses])
            guard nama != nil || kode != nil || jenis != nil else { continue }
            submission.proses.append(Proses(
                no: grid.field(row, columns[.no]), nama: nama, jenis: jenis, kode: kode,
                location: grid.location(row, nil)))
        }
    }
}
