/// What `probis convert` could not assign, each a finding on the source cell, with its rule id
/// and its messages in one place. None of them stops the conversion: the rows that can be
/// assigned become drafts, these are listed in `konversi.xlsx` and on the terminal.
enum ConvertFinding {
    /// A programme row with no SKPD written on it, merged over it, or on the rows of its sasaran above.
    case noSKPD(program: String)
    /// A programme row before any sasaran of its table.
    case noSasaran(program: String)
    /// A sasaran row of the Kebijakan Umum (or Renstra) table with no programme under it.
    case noProgram(sasaran: String)
    /// A kegiatan under no programme (Renstra table).
    case kegiatanWithoutProgram(kegiatan: String)
    /// A sasaran of the Strategi table that no programme row of any SKPD carries.
    case sasaranWithoutSKPD(sasaran: String)
    /// A readable file holding none of the recognised tables.
    case noTable
    /// A file that could not be read.
    case unreadable(reason: LocalizedText)

    var rule: RuleID {
        switch self {
        case .noSKPD: RuleID.convertNoSKPD
        case .noSasaran: RuleID.convertNoSasaran
        case .noProgram: RuleID.convertNoProgram
        case .kegiatanWithoutProgram: RuleID.convertKegiatanNoProgram
        case .sasaranWithoutSKPD: RuleID.convertSasaranUnassigned
        case .noTable: RuleID.convertNoTable
        case .unreadable: RuleID.tableUnreadable
        }
    }

    var severity: Severity {
        switch self {
        case .noSKPD, .noSasaran, .kegiatanWithoutProgram, .noTable: .warning
        case .unreadable: .error
        case .noProgram, .sasaranWithoutSKPD: .info
        }
    }

    var message: LocalizedText {
        switch self {
        case .noSKPD(let program):
            LocalizedText(id: "Program \"\(program)\" tidak punya SKPD penanggung jawab (tidak ditulis pada barisnya maupun pada baris sasarannya); tidak masuk draf mana pun. Tulis SKPD-nya lalu jalankan lagi.",
                          en: "Programme \"\(program)\" has no responsible SKPD (neither on its row nor on its sasaran's rows); it is in no draft. Write its SKPD and run again.")
        case .noSasaran(let program):
            LocalizedText(id: "Program \"\(program)\" tidak berada di bawah sasaran mana pun; tidak masuk draf mana pun.",
                          en: "Programme \"\(program)\" is under no sasaran; it is in no draft.")
        case .noProgram(let sasaran):
            LocalizedText(id: "Sasaran \"\(sasaran)\" tidak punya program pada tabel ini; tidak menjadi proses.",
                          en: "Sasaran \"\(sasaran)\" has no programme in this table; it becomes no process.")
        case .kegiatanWithoutProgram(let kegiatan):
            LocalizedText(id: "Kegiatan \"\(kegiatan)\" tidak berada di bawah program mana pun; tidak menjadi lintas fungsi.",
                          en: "Activity \"\(kegiatan)\" is under no programme; it becomes no lintas fungsi.")
        case .sasaranWithoutSKPD(let sasaran):
            LocalizedText(id: "Sasaran \"\(sasaran)\" tidak dipikul program SKPD mana pun pada tabel Kebijakan Umum; tidak menjadi proses.",
                          en: "Sasaran \"\(sasaran)\" is carried by no SKPD's programme in the Kebijakan Umum table; it becomes no process.")
        case .noTable:
            LocalizedText(id: "Tidak ada tabel RPJMD/Renstra yang dikenali (Tujuan | Sasaran | Strategi | Arah Kebijakan, atau Sasaran ... Program ... SKPD Penanggung Jawab).",
                          en: "No RPJMD/Renstra table recognised (Tujuan | Sasaran | Strategi | Arah Kebijakan, or Sasaran ... Program ... SKPD Penanggung Jawab).")
        case .unreadable(let reason):
            reason
        }
    }

    func finding(at location: SourceLocation?) -> Finding {
        Finding(rule: rule, severity: severity, location: location, message: message)
    }
}
