#!/usr/bin/env python3
"""Regenerate Samples-lokakarya/: the RPJMD tables of seed 000 (Kota Metro, KemenPANRB
workshop, Malang 2018) as a workshop would type them, the input of `probis convert`.

Writes Samples-lokakarya/RPJMD Kota Metro 2016-2021.xlsx with two sheets:

  Strategi         "Strategi dan Arah Kebijakan RPJMD": VISI and MISI rows, a header whose
                   cells carry the document's column numbers (`3 Tujuan`), and one row whose
                   cells each hold an enumeration (`1.1 ... 1.2 ... 1.3 ...`).
  Kebijakan Umum   "Kebijakan Umum dan Program Pembangunan": a title, a two-row header
                   (Capaian Kinerja over Satuan / Kondisi Awal / Kondisi Akhir, Sasaran over
                   its number and its text), a `Misi I : ...` row merged across, sasaran 1.1
                   merged over its three rows, sasaran 1.2 left blank on its continuation row,
                   the SKPD merged over 1.1's rows or written once, the long name of Dinas
                   Dikbudpora on 1.4, numbers in Indonesian notation (`70,62`, `1.588`).

The folder is not Samples/: `probis consolidate Samples` would read a workbook there as a
submission without instrument tables. Sasaran 1.4 keeps the seed's numbering (the Strategi
table calls the same sasaran 1.3).

    /path/to/python-with-xlsxwriter Scripts/make-lokakarya.py [--out DIR]
"""
import datetime
import os
import sys

import xlsxwriter

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
CREATED = datetime.datetime(2018, 11, 5)
NAME = "RPJMD Kota Metro 2016-2021.xlsx"

VISI = ("VISI : Metro Kota Pendidikan dan Wisata Keluarga Berbasis Ekonomi Kerakyatan Berlandaskan "
        "Pembangunan Partisipatif")
MISI = "MISI I : Meningkatkan kualitas sumberdaya manusia melalui sektor pendidikan dan kesehatan"
STRATEGI_ROW = [
    "1. Meningkatkan kualitas pendidikan dan kesehatan",
    "1.1 Terwujudnya Pemerataan dan meningkatnya kualitas pelayanan pendidikan 1.2 Meningkatnya kualitas "
    "belajar 1.3 Berkembangnya Pendidikan Inklusif",
    "1.1.1 Peningkatan angka partisipasi sekolah 1.1.2 Meningkatkan kualifikasi dan sertifikasi bagi pendidik "
    "dan tenaga kependidikan 1.2.1 Peningkatan sarana dan prasarana pendidikan 1.2.1 Mengoptimalkan proses "
    "belajar mengajar 1.2.2 Mengembangkan kreatifitas dan kecakapan hidup siswa 1.3.1 Pemenuhan sarana "
    "prasarana anak berkebutuhan khusus",
    "1.1.1.1 Peningkatan kualitas pelayanan pendidikan 1.1.2.1 Peningkatan kompetensi tenaga pendidik dan "
    "manajemen kependidikan 1.2.1.1 Peningkatan sarana prsarana pendidikan dalam pemenuhan Standar Pelayanan "
    "Minimal 1.2.1.1 Peningkatan Pelayanan Pendidikan Dasar 1.2.2.1 Pengembangan kegiatan ekstrakurikuler di "
    "sekolah. 1.3.1.1 Penyediaan Pendidikan khusus dan Pendidikan Layanan Khusus",
]

TITLE = "Kebijakan Umum dan Program Pembangunan Kota Metro Tahun 2016 – 2021"
HEADER = ["No", "Sasaran", "", "Strategi", "Arah Kebijakan", "Indikator Kinerja (Outcome)", "Capaian Kinerja",
          "", "", "Program Pembangunan Daerah", "Bidang Urusan", "SKPD Penanggung Jawab"]
SUBHEADER = ["", "", "", "", "", "", "Satuan", "Kondisi Awal", "Kondisi Akhir", "", "", ""]
KEBIJAKAN_MISI = "Misi I : Meningkatkan Kualitas Sumberdaya Manusia melalui Sektor Pendidikan dan Kesehatan"
# Columns: A No, B sasaran number, C sasaran, D strategi, E arah kebijakan, F indikator,
# G satuan, H kondisi awal, I kondisi akhir, J program, K bidang urusan, L SKPD.
ROWS = [
    ["1.", "1.1", "Terwujudnya Pemerataan dan meningkatnya kualitas pelayanan pendidikan",
     "1) Peningkatan angka partisipasi sekolah", "a. Peningkatan kualitas pelayanan pendidikan",
     "1. APK PAUD", "%", "60%", "100%", "Program Pendidikan Anak Usia Dini", "Urusan Pendidikan", "Dinas Dikbudpora"],
    ["", "", "", "", "", "2. Tingkat kelulusan SD dan SMP", "%", "100%", "100%",
     "Program Wajib Belajar Pendidikan Dasar 9 Tahun", "", ""],
    ["", "", "", "", "", "3. Siswa terbina life skill", "org", "1.588", "1.768", "Program Pendidikan Non Formal", "", ""],
    ["", "1.2", "Meningkatnya kualitas belajar", "1) Mengoptimalkan proses belajar mengajar",
     "a. Peningkatan pelayanan pendidikan dasar", "1. Nilai Rata-Rata kelulusan SD", "Angka", "70,62", "71,67",
     "Program Wajib Belajar Pendidikan Dasar 9 Tahun", "Urusan Pendidikan", "Dinas Dikbudpora"],
    ["", "", "", "", "", "2. Nilai Rata-Rata kelulusan SD", "Angka", "66,09", "68,09", "", "", ""],
    ["", "1.4", "Berkembangnya Pendidikan Inklusif", "1) Pemenuhan sarana prasarana anak berkebutuhan khusus.",
     "a. Penyediaan Pendidikan khusus dan Pendidikan Layanan Khusus.",
     "1. Jumlah sekolah berbasis inklusif dan pusat sumber", "sekolah", "18", "43", "Program Pendidikan Non Formal",
     "Urusan Pendidikan", "Dinas Pendidikan, Kebudayaan, Pemuda dan Olahraga"],
    ["", "1.5", "Memasyarakatnya minat dan kebiasaan membaca untuk mendorong terwujudnya masyarakat pembelajar",
     "1) Mengembangkan Perpustakaan Daerah, Rumah Pintar, Perpustakaan Sekolah dan Perpustakaan Keliling",
     "a. Meningkatkan kemampuan dan budaya baca masyarakat khususnya pada usia sekolah",
     "1. Memasyarakatkan minat dan kebiasaan membaca", "Kegiatan", "1 keg", "0",
     "Program Pengembangan Budaya Baca dan Pembinaan Perpustakaan", "Urusan Perpustakaan", "Kantor Pustakardok"],
    ["", "1.6", "Meningkatnya derajat kesehatan masyarakat", "1) Meningkatkan kualitas pelayanan kesehatan",
     "a. Menjamin akses dan mutu pelayanan kesehatan",
     "1. Terlaksananya program kemitraan peningkatan pelayanan kesehatan", "%", "100%", "100%",
     "Program Kemitraan Peningkatan Pelayanan Kesehatan", "Urusan Kesehatan", "Dinas Kesehatan"],
    ["", "", "", "", "", "2. % Cakupan pelayanan kesehatan pada balita", "%", "95%", "100%",
     "Program Peningkatan Pelayanan Kesehatan Anak Balita", "", ""],
]
# Merged areas over the data rows (0-based rows of ROWS): sasaran 1.1 and its strategi,
# arah kebijakan, urusan and SKPD over its three rows; Dinas Kesehatan over 1.6's two rows.
DATA_MERGES = [(0, 2, col) for col in (0, 1, 2, 3, 4, 10, 11)] + [(7, 8, col) for col in (1, 2, 3, 4, 10, 11)]


def strategi_sheet(wb, formats):
    ws = wb.add_worksheet("Strategi")
    ws.set_column(0, 3, 45)
    ws.merge_range(0, 0, 0, 3, "Strategi dan Arah Kebijakan RPJMD Kota Metro Tahun 2016-2021", formats["title"])
    ws.merge_range(2, 0, 2, 3, VISI, formats["bold"])
    ws.merge_range(3, 0, 3, 3, MISI, formats["bold"])
    for col, text in enumerate(["3 Tujuan", "4 Sasaran", "5 Strategi", "6 Arah Kebijakan"]):
        ws.write_string(4, col, text, formats["header"])
    for col, text in enumerate(STRATEGI_ROW):
        ws.write_string(5, col, text, formats["cell"])


def kebijakan_sheet(wb, formats):
    ws = wb.add_worksheet("Kebijakan Umum")
    widths = [5, 6, 30, 30, 30, 30, 9, 9, 9, 32, 16, 24]
    for col, width in enumerate(widths):
        ws.set_column(col, col, width)
    ws.merge_range(0, 0, 0, 11, TITLE, formats["title"])
    top = 2
    for col, text in enumerate(HEADER):
        if text and col not in (1, 6):
            ws.merge_range(top, col, top + 1, col, text, formats["header"])
    ws.merge_range(top, 1, top + 1, 2, "Sasaran", formats["header"])
    ws.merge_range(top, 6, top, 8, "Capaian Kinerja", formats["header"])
    for col in (6, 7, 8):
        ws.write_string(top + 1, col, SUBHEADER[col], formats["header"])
    ws.merge_range(top + 2, 0, top + 2, 11, KEBIJAKAN_MISI, formats["bold"])
    first = top + 3
    merged = {(first + r, col) for a, b, col in DATA_MERGES for r in range(a, b + 1)}
    for a, b, col in DATA_MERGES:
        ws.merge_range(first + a, col, first + b, col, ROWS[a][col], formats["cell"])
    for r, row in enumerate(ROWS):
        for col, text in enumerate(row):
            if (first + r, col) in merged:
                continue
            if text:
                ws.write_string(first + r, col, text, formats["cell"])
            else:
                ws.write_blank(first + r, col, None, formats["cell"])


def main():
    out = os.path.join(ROOT, "Samples-lokakarya")
    if "--out" in sys.argv:
        out = sys.argv[sys.argv.index("--out") + 1]
    os.makedirs(out, exist_ok=True)
    path = os.path.join(out, NAME)
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False})
    wb.set_properties({"title": "RPJMD Kota Metro 2016-2021 (lokakarya)", "author": "Bimtek Peta Proses Bisnis",
                       "company": "", "created": CREATED})
    formats = {
        "title": wb.add_format({"bold": True, "font_size": 12}),
        "bold": wb.add_format({"bold": True, "border": 1, "text_wrap": True}),
        "header": wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}),
        "cell": wb.add_format({"border": 1, "valign": "top", "text_wrap": True}),
    }
    strategi_sheet(wb, formats)
    kebijakan_sheet(wb, formats)
    wb.close()
    print(path)


if __name__ == "__main__":
    main()
