/// Reads the rows of a Tabel Identifikasi Proses under its header.
enum ProsesTableReader {
    static func read(_ extent: TableExtent, into submission: inout Submission) {
        let header = extent.header, grid = extent.grid
        let columns = header.columns
        let (rows, placeholderRows) = extent.walk()
        submission.placeholders += grid.placeholderFields(placeholderRows, in: header.span).map { ($0, .proses) }
        for row in rows {
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
