#!/usr/bin/env python3
"""Regenerate Samples/: realistic Peta Proses Bisnis submissions built from the seeds.

Writes, under Samples/ (region folder / one submission per OPD):

  Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga.xlsx      (seed 000)
  Kabupaten Grobogan/Kecamatan Klambu.xlsx                             (seed 002)
  Provinsi Nusa Tenggara Timur/Biro Organisasi/*.csv                   (seed 003)
  Kota Pasuruan/DPMPTSP.xlsx                                           (seed 004)
  Kota Pasuruan/Bagian Organisasi.xlsx                                 (invented, same region)
and docs/samples.md, the spec of the samples: per submission its seed, layout variant,
exact counts and every deliberate irregularity with sheet and cell. It is GENERATED from
the same data and the cell positions actually written, so it cannot drift from the files.
(It lives outside Samples/ because probis reports every file under a root it reads.)

How to run (from the repository root):

    python3 -m venv .venv && .venv/bin/pip install XlsxWriter openpyxl
    .venv/bin/python Scripts/make-samples.py            # writes and verifies
    .venv/bin/python Scripts/make-samples.py --out DIR  # write somewhere else

XlsxWriter is the only producer. openpyxl (optional) is used to read every XLSX back
and print a summary; without it the read-back check is skipped with a warning.

Determinism: same bytes on every run. XlsxWriter gets a fixed `created` date
(set_properties) and writes zip entries with a fixed 1980-01-01 timestamp; nothing
depends on the clock, the locale or dict/set ordering. CSV files are written with
the csv module (';', CRLF, UTF-8 with BOM) from fixed lists.

Nothing here is read by the Swift code at build time; tests that use Samples/ should
take their expected numbers from docs/samples.md.
"""

import argparse
import csv
import datetime
import io
import os
import sys

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell, xl_col_to_name

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CREATED = datetime.datetime(2024, 3, 1, 8, 0, 0)

# --------------------------------------------------------------------------------------
# Bookkeeping for the README: counts and irregularities, with the cells really written.
# --------------------------------------------------------------------------------------


class Report:
    def __init__(self, path, region, opd, seed, fmt, layout):
        self.path, self.region, self.opd, self.seed = path, region, opd, seed
        self.fmt, self.layout = fmt, layout
        self.counts = {}
        self.tables = []      # (sheet, header cell, kind, note)
        self.irregular = []   # (sheet, cell, value, explanation)
        self.notes = []       # free text
        self.invented = []    # free text

    def irr(self, sheet, cell, value, why):
        self.irregular.append((sheet, cell, value, why))


REPORTS = []


def cell(r, c):
    return xl_rowcol_to_cell(r, c)


# --------------------------------------------------------------------------------------
# XLSX helpers
# --------------------------------------------------------------------------------------


class Fmt:
    def __init__(self, wb, font="Arial", size=10, head_bg="#D9D9D9"):
        base = {"font_name": font, "font_size": size, "valign": "top"}

        def f(**kw):
            d = dict(base)
            d.update(kw)
            return wb.add_format(d)

        self.title = f(bold=True, font_size=size + 2, align="center", valign="vcenter")
        self.subtitle = f(bold=True, align="center", valign="vcenter")
        self.caption = f(bold=True)
        self.head = f(bold=True, border=1, text_wrap=True, align="center", valign="vcenter",
                      bg_color=head_bg)
        self.num = f(border=1, align="center", italic=True, font_size=size - 1)
        self.hint = f(border=1, italic=True, text_wrap=True, font_color="#595959")
        self.hint_c = f(border=1, italic=True, align="center", font_color="#595959")
        self.text = f(border=1, text_wrap=True)
        self.center = f(border=1, align="center", text_wrap=True)
        self.group = f(border=1, bold=True, text_wrap=True)
        self.group_c = f(border=1, bold=True, align="center")
        self.mark = f(border=1, align="center", valign="vcenter")
        self.kv = f(bold=True)
        self.kvv = f()
        self.plain = f()


def new_workbook(path, title, author="Tim Penyusun Peta Proses Bisnis"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False})
    wb.set_properties({"title": title, "author": author, "company": "", "created": CREATED})
    wb.set_calc_mode("auto")
    return wb


def page_setup(ws, landscape=True, folio=False):
    if landscape:
        ws.set_landscape()
    ws.set_paper(14 if folio else 9)   # 14 = Folio 8.5x13, 9 = A4
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)


def write_titles(ws, fmt, r0, c0, c1, lines):
    """Merged, centred title rows above a table. Returns the next free row."""
    for i, line in enumerate(lines):
        style = fmt.title if i == 0 else fmt.subtitle
        if c1 > c0:
            ws.merge_range(r0 + i, c0, r0 + i, c1, line, style)
        else:
            ws.write(r0 + i, c0, line, style)
    return r0 + len(lines)


def write_code(ws, r, c, code, style):
    if isinstance(code, float):
        ws.write_number(r, c, code, style)
    else:
        ws.write_string(r, c, code, style)


def id_table(ws, fmt, rep, sheet, r, c, headers, rows, numbering=True, hint=None, dst=True):
    """Tabel Identifikasi Proses. rows: (no, name, jenis, code). Returns (next row, cells)."""
    for i, h in enumerate(headers):
        ws.write(r, c + i, h, fmt.head)
    rep.tables.append((sheet, cell(r, c), "Identifikasi Proses", ""))
    r += 1
    if numbering:
        for i in range(4):
            ws.write(r, c + i, "(%d)" % (i + 1), fmt.num)
        r += 1
    if hint:
        for i, h in enumerate(hint):
            ws.write(r, c + i, h, fmt.hint_c if i != 1 else fmt.hint)
        r += 1
    where = {}
    for no, name, jenis, code in rows:
        if no is None:
            ws.write_blank(r, c, None, fmt.center)
        else:
            ws.write_number(r, c, no, fmt.center)
        ws.write(r, c + 1, name, fmt.text)
        ws.write(r, c + 2, jenis, fmt.center)
        write_code(ws, r, c + 3, code, fmt.center)
        where[code] = (r, c)
        r += 1
    if dst:
        ws.write_blank(r, c, None, fmt.text)
        for i in range(1, 4):
            ws.write(r, c + i, "dst...", fmt.hint)
        r += 1
    return r, where


def sub_table(ws, fmt, rep, sheet, r, c, headers, groups, numbering=True, hint=None,
              dst=True, merge_cont=False, number_mode="restart"):
    """Tabel Identifikasi Sub Proses - Lintas Fungsi (5 columns).

    groups: [(proc name, proc code, [(sub name, sub code, [(lf name, lf code), ...]), ...])]
    Continuation rows (2nd.. lintas fungsi of a sub process) leave NO, SUB PROSES and
    KODE SUB PROSES blank, or merge them vertically when merge_cont.
    Returns (next row, {code: (row, col of the code cell)}).
    """
    for i, h in enumerate(headers):
        ws.write(r, c + i, h, fmt.head)
    rep.tables.append((sheet, cell(r, c), "Sub Proses - Lintas Fungsi", ""))
    r += 1
    if numbering:
        for i in range(5):
            ws.write(r, c + i, "(%d)" % (i + 1), fmt.num)
        r += 1
    if hint:
        for i, h in enumerate(hint):
            ws.write(r, c + i, h, fmt.hint)
        r += 1
    where = {}
    n = 0
    for pname, pcode, subs in groups:
        ws.write_blank(r, c, None, fmt.group)
        ws.write(r, c + 1, pname, fmt.group)
        write_code(ws, r, c + 2, pcode, fmt.group_c)
        ws.write_blank(r, c + 3, None, fmt.group)
        ws.write_blank(r, c + 4, None, fmt.group)
        where.setdefault(pcode, (r, c + 2))
        r += 1
        if number_mode == "restart":
            n = 0
        for sname, scode, lfs in subs:
            n += 1
            span = max(1, len(lfs))
            if merge_cont and span > 1:
                ws.merge_range(r, c, r + span - 1, c, n, fmt.center)
                ws.merge_range(r, c + 1, r + span - 1, c + 1, sname, fmt.text)
                ws.merge_range(r, c + 2, r + span - 1, c + 2, scode, fmt.center)
            else:
                ws.write_number(r, c, n, fmt.center)
                ws.write(r, c + 1, sname, fmt.text)
                write_code(ws, r, c + 2, scode, fmt.center)
                for k in range(1, span):
                    for j in range(3):
                        ws.write_blank(r + k, c + j, None, fmt.text)
            where[scode] = (r, c + 2)
            if not lfs:
                ws.write_blank(r, c + 3, None, fmt.text)
                ws.write_blank(r, c + 4, None, fmt.center)
            for k, (lname, lcode) in enumerate(lfs):
                ws.write(r + k, c + 3, lname, fmt.text)
                write_code(ws, r + k, c + 4, lcode, fmt.center)
                where[lcode] = (r + k, c + 4)
            r += span
    if dst:
        ws.write_blank(r, c, None, fmt.text)
        for i in range(1, 5):
            ws.write(r, c + i, "dst....", fmt.hint)
        r += 1
    return r, where


def lf_table(ws, fmt, rep, sheet, r, c, meta, units, acts, mark, kv, headers=None,
             numbering=True, title="IDENTIFIKASI LINTAS FUNGSI"):
    """Tabel Identifikasi Lintas Fungsi with its key/value block.

    meta: (process value, sub process value, lintas fungsi value)
    kv: 'colon-cell'  -> label | ": value"          (value after the colon, same cell)
        'next-cell'   -> label | ":" | value          (value in the cell after the colon)
        'label-colon' -> "label :" | value            (colon ends the label cell)
    acts: [(kegiatan, [unit indexes], output, penanggung jawab)]
    Returns the next free row.
    """
    h = headers or ("NO", "KEGIATAN", "UNIT KERJA TERKAIT", "OUTPUT", "PENANGGUNG JAWAB")
    nu = len(units)
    last = c + 1 + nu + 2
    if title:
        ws.merge_range(r, c, r, last, title, fmt.caption)
        r += 1
    labels = ("PROSES (KODE PROSES)", "SUB PROSES (KODE SUB PROSES)",
              "LINTAS FUNGSI (KODE LINTAS FUNGSI)")
    for lab, val in zip(labels, meta):
        if kv == "colon-cell":
            ws.write(r, c, lab, fmt.kv)
            ws.write(r, c + 2, ": " + val, fmt.kvv)
        elif kv == "next-cell":
            ws.write(r, c, lab, fmt.kv)
            ws.write(r, c + 2, ":", fmt.kvv)
            ws.write(r, c + 3, val, fmt.kvv)
        elif kv == "label-colon":
            ws.write(r, c, lab + " :", fmt.kv)
            ws.write(r, c + 2, val, fmt.kvv)
        else:
            raise ValueError(kv)
        r += 1
    head_row = r
    ws.merge_range(r, c, r + 1, c, h[0], fmt.head)
    ws.merge_range(r, c + 1, r + 1, c + 1, h[1], fmt.head)
    if nu > 1:
        ws.merge_range(r, c + 2, r, c + 1 + nu, h[2], fmt.head)
    else:
        ws.write(r, c + 2, h[2], fmt.head)
    ws.merge_range(r, c + 2 + nu, r + 1, c + 2 + nu, h[3], fmt.head)
    ws.merge_range(r, c + 3 + nu, r + 1, c + 3 + nu, h[4], fmt.head)
    for i, u in enumerate(units):
        ws.write(r + 1, c + 2 + i, u, fmt.head)
    r += 2
    if numbering:
        ws.write(r, c, "(1)", fmt.num)
        ws.write(r, c + 1, "(2)", fmt.num)
        if nu > 1:
            ws.merge_range(r, c + 2, r, c + 1 + nu, "(3)", fmt.num)
        else:
            ws.write(r, c + 2, "(3)", fmt.num)
        ws.write(r, c + 2 + nu, "(4)", fmt.num)
        ws.write(r, c + 3 + nu, "(5)", fmt.num)
        r += 1
    for i, (keg, who, out, pj) in enumerate(acts):
        ws.write_number(r, c, i + 1, fmt.center)
        ws.write(r, c + 1, keg, fmt.text)
        for j in range(nu):
            if j in who:
                if isinstance(mark, (int, float)):
                    ws.write_number(r, c + 2 + j, mark, fmt.mark)
                else:
                    ws.write_string(r, c + 2 + j, mark, fmt.mark)
            else:
                ws.write_blank(r, c + 2 + j, None, fmt.mark)
        ws.write(r, c + 2 + nu, out, fmt.text)
        ws.write(r, c + 3 + nu, pj, fmt.text)
        r += 1
    rep.tables.append((sheet, cell(head_row, c), "Lintas Fungsi",
                       "%s; key/value %s; %d units (%s..%s); %d activities; mark %r" % (
                           meta[2], kv, nu, xl_col_to_name(c + 2), xl_col_to_name(c + 1 + nu),
                           len(acts), mark)))
    return r


def lf_widths(ws, c, nu, unit_w=11):
    ws.set_column(c, c, 5)
    ws.set_column(c + 1, c + 1, 42)
    ws.set_column(c + 2, c + 1 + nu, unit_w)
    ws.set_column(c + 2 + nu, c + 2 + nu, 24)
    ws.set_column(c + 3 + nu, c + 3 + nu, 24)


def count_groups(groups):
    subs = sum(len(s) for _, _, s in groups)
    lfs = sum(len(l) for _, _, s in groups for _, _, l in s)
    return subs, lfs


# --------------------------------------------------------------------------------------
# 1. Kota Metro - Dinas Pendidikan, Kebudayaan, Pemuda dan Olahraga (seed 000)
# --------------------------------------------------------------------------------------

METRO_OPD = "DINAS PENDIDIKAN, KEBUDAYAAN, PEMUDA DAN OLAHRAGA"

METRO_PROC = [
    (1, "Peningkatan dan pemerataan kualitas pelayanan pendidikan", "Utama", "MTR.01"),
    (2, "Peningkatan kualitas belajar", "Utama", "MTR.02"),
    (3, "Pengembangan pendidikan inklusif", "Utama", "MTR.03"),
    (4, "Perencanaan dan evaluasi kinerja perangkat daerah", "Manajemen", "MTR.04"),
    (5, "Pengelolaan administrasi umum dan keuangan", "Pendukung", "MTR.05"),
]

METRO_SUB = [
    ("Peningkatan dan pemerataan kualitas pelayanan pendidikan", "MTR.01", [
        ("Peningkatan Pendidikan Anak Usia Dini", "MTR.01.01", [
            ("Penyediaan Sarana dan Prasarana PAUD", "MTR.01.01.01"),
            ("Peningkatan Kompetensi Pendidik dan Tenaga Kependidikan PAUD", "MTR.01.01.02"),
            ("Pembinaan Kelembagaan dan Perizinan Satuan PAUD", "MTR.01.01.03")]),
        ("Peningkatan Pendidikan Dasar 9 Tahun", "MTR.01.02", [
            ("Penyaluran Bantuan Operasional Sekolah Daerah", "MTR.01.02.01"),
            ("Penerimaan Peserta Didik Baru", "MTR.01.02.02")]),
        ("Peningkatan Pendidikan Non Formal", "MTR.01.03", []),
    ]),
    ("Peningkatan kualitas belajar", "MTR.02", [
        ("Peningkatan Mutu Pembelajaran Pendidikan Dasar", "MTR.02.01", [
            ("Penyelenggaraan Ujian Sekolah Pendidikan Dasar", "MTR.02.01.01"),
            ("Supervisi Akademik Pembelajaran", "MTR.02.01.02")]),
        ("Pengembangan Kegiatan Ekstrakurikuler", "MTR.02.02", [
            ("Penyelenggaraan Olimpiade Sains dan Festival Seni Siswa", "MTR.02.02.01")]),
    ]),
    ("Pengembangan pendidikan inklusif", "MTR.03", [
        ("Penyediaan Pendidikan Khusus dan Pendidikan Layanan Khusus", "MTR.03.01", [
            ("Penyediaan Sarana Prasarana Sekolah Inklusif", "MTR.03.01.01")]),
        ("Pembinaan Sekolah Penyelenggara Pendidikan Inklusif", "MTR.03.02", [
            ("Pelatihan Guru Pembimbing Khusus", "MTR.03.02.01")]),
    ]),
    ("Perencanaan dan evaluasi kinerja perangkat daerah", "MTR.04", [
        ("Perencanaan Perangkat Daerah", "MTR.04.01", [
            ("Penyusunan Renstra dan Renja", "MTR.04.01.01"),
            ("Penyusunan RKA dan DPA", "MTR.04.01.02")]),
        ("Evaluasi dan Pelaporan Kinerja", "MTR.04.02", [
            ("Penyusunan LKjIP", "MTR.04.02.01")]),
    ]),
    ("Pengelolaan administrasi umum dan keuangan", "MTR.05", [
        ("Administrasi Keuangan Perangkat Daerah", "MTR.05.01", [
            ("Penatausahaan Keuangan (SPP, SPM dan SPJ)", "MTR.05.01.01")]),
        ("Administrasi Umum Perangkat Daerah", "MTR.05.02", [
            ("Pengelolaan Surat Masuk dan Surat Keluar", "MTR.05.02.01")]),
    ]),
]

METRO_LF = [
    dict(kv="colon-cell",
         meta=("Peningkatan dan pemerataan kualitas pelayanan pendidikan (MTR.01)",
               "Peningkatan Pendidikan Anak Usia Dini (MTR.01.01)",
               "Penyediaan Sarana dan Prasarana PAUD (MTR.01.01.01)"),
         units=["Kepala Dinas", "Sekretariat", "Subbag Keuangan", "Bidang PAUD dan PNF",
                "Seksi Kelembagaan dan Sarpras PAUD", "Satuan PAUD"],
         acts=[("Menyusun rencana kebutuhan sarana dan prasarana PAUD", [3, 4],
                "Dokumen rencana kebutuhan", "Seksi Kelembagaan dan Sarpras PAUD"),
               ("Melakukan verifikasi usulan bantuan dari satuan PAUD", [4, 5],
                "Berita acara verifikasi", "Bidang PAUD dan PNF"),
               ("Menetapkan satuan PAUD penerima bantuan", [0, 3],
                "Keputusan Kepala Dinas", "Kepala Dinas"),
               ("Memproses pencairan anggaran bantuan", [1, 2],
                "SP2D", "Subbag Keuangan"),
               ("Menyalurkan bantuan dan menandatangani berita acara serah terima", [4, 5],
                "BAST", "Seksi Kelembagaan dan Sarpras PAUD"),
               ("Menyusun laporan pelaksanaan kegiatan", [0, 1, 3],
                "Laporan kegiatan", "Bidang PAUD dan PNF")]),
    dict(kv="next-cell",
         meta=("Peningkatan dan pemerataan kualitas pelayanan pendidikan (MTR.01)",
               "Peningkatan Pendidikan Dasar 9 Tahun (MTR.01.02)",
               "Penerimaan Peserta Didik Baru (MTR.01.02.02)"),
         units=["Kepala Dinas", "Sekretariat", "Bidang Pembinaan Pendidikan Dasar",
                "Seksi Peserta Didik dan Pembangunan Karakter", "Satuan Pendidikan"],
         acts=[("Menyusun petunjuk teknis PPDB", [2, 3],
                "Draf petunjuk teknis", "Seksi Peserta Didik dan Pembangunan Karakter"),
               ("Menetapkan petunjuk teknis dan jadwal PPDB", [0, 1],
                "Keputusan Kepala Dinas", "Kepala Dinas"),
               ("Menyosialisasikan PPDB kepada satuan pendidikan dan masyarakat", [2, 3, 4],
                "Daftar hadir dan bahan sosialisasi", "Bidang Pembinaan Pendidikan Dasar"),
               ("Melaksanakan pendaftaran dan seleksi calon peserta didik", [4],
                "Daftar calon peserta didik", "Satuan Pendidikan"),
               ("Mengumumkan hasil seleksi dan melaporkan pelaksanaan PPDB", [2, 3, 4],
                "Laporan PPDB", "Bidang Pembinaan Pendidikan Dasar")]),
    dict(kv="colon-cell",
         meta=("Peningkatan kualitas belajar (MTR.02)",
               "Peningkatan Mutu Pembelajaran Pendidikan Dasar (MTR.02.01)",
               "Penyelenggaraan Ujian Sekolah Pendidikan Dasar (MTR.02.01.01)"),
         units=["Kepala Dinas", "Bidang Pembinaan Pendidikan Dasar", "Seksi Kurikulum dan Penilaian",
                "Subbag Umum dan Kepegawaian", "Satuan Pendidikan"],
         acts=[("Menyusun kisi-kisi dan jadwal ujian sekolah", [1, 2],
                "Kisi-kisi dan jadwal ujian", "Seksi Kurikulum dan Penilaian"),
               ("Membentuk panitia ujian sekolah tingkat kota", [0, 3],
                "Keputusan panitia", "Kepala Dinas"),
               ("Menggandakan dan mendistribusikan naskah ujian", [2, 3, 4],
                "Berita acara distribusi naskah", "Subbag Umum dan Kepegawaian"),
               ("Melaksanakan ujian sekolah", [4],
                "Daftar hadir dan berita acara ujian", "Satuan Pendidikan"),
               ("Mengolah nilai dan menyusun laporan hasil ujian", [1, 2, 4],
                "Laporan hasil ujian sekolah", "Bidang Pembinaan Pendidikan Dasar")]),
    dict(kv="next-cell",
         meta=("Pengelolaan administrasi umum dan keuangan (MTR.05)",
               "Administrasi Keuangan Perangkat Daerah (MTR.05.01)",
               "Penatausahaan Keuangan (SPP, SPM dan SPJ) (MTR.05.01.01)"),
         units=["Kepala Dinas (PA)", "Sekretaris (PPK-SKPD)", "Subbag Keuangan",
                "Bendahara Pengeluaran", "PPTK Bidang"],
         acts=[("Mengajukan permohonan pembayaran kegiatan", [4, 3],
                "Nota permohonan pembayaran", "PPTK Bidang"),
               ("Menyiapkan dokumen SPP", [3, 2],
                "SPP", "Bendahara Pengeluaran"),
               ("Memverifikasi kelengkapan SPP dan menerbitkan SPM", [1, 2],
                "SPM", "Sekretaris (PPK-SKPD)"),
               ("Menandatangani SPM", [0],
                "SPM yang ditandatangani", "Kepala Dinas (PA)"),
               ("Menyampaikan SPM ke BPKAD dan menerima SP2D", [2, 3],
                "SP2D", "Subbag Keuangan"),
               ("Menyusun SPJ fungsional bulanan", [2, 3, 4],
                "SPJ", "Bendahara Pengeluaran")]),
]


def make_metro(out):
    rel = "Kota Metro/Dinas Pendidikan Kebudayaan Pemuda dan Olahraga.xlsx"
    rep = Report(rel, "Kota Metro", "Dinas Pendidikan, Kebudayaan, Pemuda dan Olahraga",
                 "000 (Kemenpan RB simulation, contoh Kota Metro)", "XLSX (XlsxWriter)",
                 "official instrument layout, three sheets, tables at B5; Lintas Fungsi "
                 "tables stacked in one sheet")
    wb = new_workbook(os.path.join(out, rel), "Peta Proses Bisnis " + METRO_OPD + " KOTA METRO")
    fmt = Fmt(wb)

    # Identifikasi Proses
    s = "Identifikasi Proses"
    ws = wb.add_worksheet(s)
    page_setup(ws)
    ws.set_column(0, 0, 2)
    ws.set_column(1, 1, 6)
    ws.set_column(2, 2, 55)
    ws.set_column(3, 3, 24)
    ws.set_column(4, 4, 18)
    r = write_titles(ws, fmt, 0, 1, 4, ["PETA PROSES BISNIS",
                                        METRO_OPD + " KOTA METRO",
                                        "1. Tabel Identifikasi Proses"])
    r += 1
    id_table(ws, fmt, rep, s, r, 1, ["NO", "PROSES", "JENIS PROSES", "KODE SUB PROSES"],
             METRO_PROC, hint=["No", "Nama Proses", "Utama/Manajemen/Pendukung", "Kode"])

    # Sub Proses
    s = "Sub Proses"
    ws = wb.add_worksheet(s)
    page_setup(ws)
    ws.set_column(0, 0, 2)
    ws.set_column(1, 1, 6)
    ws.set_column(2, 2, 48)
    ws.set_column(3, 3, 16)
    ws.set_column(4, 4, 50)
    ws.set_column(5, 5, 18)
    r = write_titles(ws, fmt, 0, 1, 5, ["PETA PROSES BISNIS",
                                        METRO_OPD + " KOTA METRO",
                                        "2. Tabel Identifikasi Sub Proses - Lintas Fungsi - SOP AP"])
    r += 1
    _, where = sub_table(ws, fmt, rep, s, r, 1,
                         ["NO", "SUB PROSES", "KODE SUB PROSES", "LINTAS FUNGSI", "KODE LINTAS FUNGSI"],
                         METRO_SUB, hint=["No", "Nama Sub Proses", "Kode", "Nama Lintas Fungsi", "Kode"])
    r0, c0 = where["MTR.01.03"]
    rep.notes.append("`Sub Proses!%s` MTR.01.03 Peningkatan Pendidikan Non Formal has no lintas fungsi "
                     "(as in the seed's example table); it is a normal sub process row with %s:%s empty."
                     % (cell(r0, c0), cell(r0, c0 + 1), cell(r0, c0 + 2)))
    rep.notes.append("The last header of `Identifikasi Proses` literally reads `KODE SUB PROSES` (as in the "
                     "official example) although the column holds process codes.")
    rep.notes.append("NO restarts at 1 under every group row (process) in `Sub Proses`.")
    rep.notes.append("Continuation rows (2nd and 3rd lintas fungsi of a sub process) leave B:D blank "
                     "(no merge), e.g. `Sub Proses!%s`." % cell(where["MTR.01.01.02"][0], 1))

    # Lintas Fungsi
    s = "Lintas Fungsi"
    ws = wb.add_worksheet(s)
    page_setup(ws)
    ws.set_column(0, 0, 2)
    lf_widths(ws, 1, 6)
    r = write_titles(ws, fmt, 0, 1, 10, ["PETA PROSES BISNIS",
                                         METRO_OPD + " KOTA METRO",
                                         "3. Tabel Identifikasi Lintas Fungsi"])
    r += 1
    for t in METRO_LF:
        r = lf_table(ws, fmt, rep, s, r, 1, t["meta"], t["units"], t["acts"], "\u221a", t["kv"])
        r += 2
    wb.close()

    subs, lfs = count_groups(METRO_SUB)
    rep.counts = dict(processes=len(METRO_PROC), sub_processes=subs, lintas_fungsi=lfs,
                      lf_tables=len(METRO_LF), activity_rows=sum(len(t["acts"]) for t in METRO_LF))
    rep.invented += [
        "Processes MTR.04 (Manajemen) and MTR.05 (Pendukung) and all their sub processes and "
        "lintas fungsi: the seed shows only the three Utama processes.",
        "Sub processes MTR.02.01, MTR.02.02, MTR.03.01, MTR.03.02 (from the seed's RPJMD strategies, "
        "names invented); MTR.01.01-MTR.01.03 are the seed's.",
        "All lintas fungsi names: the seed only has the placeholder `lihat kegiatan dalam program`.",
        "Units of the Lintas Fungsi tables (Kepala Dinas, Sekretariat, Subbag Keuangan, Bidang PAUD "
        "dan PNF, ...) and every activity, output and penanggung jawab.",
    ]
    REPORTS.append(rep)


# --------------------------------------------------------------------------------------
# 2. Kabupaten Grobogan - Kecamatan Klambu (seed 002)
# --------------------------------------------------------------------------------------

KLB_PROC = [
    (1, "Penyelenggaraan Pemerintahan dan Pelayanan Publik", "Utama", "KECKLB.01"),
    (2, "Pemberdayaan Masyarakat Desa dan Kelurahan", "Utama", "KECKLB.02"),
    (3, "Koordinasi Ketentraman dan Ketertiban Umum", "utama ", "KECKLB.03"),
    (4, "Penyelenggaraan Urusan Pemerintahan Umum", "Utama", "KECKLB.04"),
    (5, "Pembinaan dan Pengawasan Pemerintahan Desa", "Utama", "KECKLB.05"),
    (6, "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Pendukung", "KECKLB.06"),
]

KLB_SUB = [
    ("Penyelenggaraan Pemerintahan dan Pelayanan Publik", "KECKLB.01", [
        ("Pelayanan Administrasi Terpadu Kecamatan (PATEN)", "KECKLB.01.01", []),
    ]),
    ("Pemberdayaan Masyarakat Desa dan Kelurahan", "KECKLB.02", [
        ("Penyelenggaraan Pemberdayaan Masyarakat Desa", "KECKLB.02.01", [
            ("Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan "
             "Pembangunan di Desa", "KECKLB.02.01.CFM.01")]),
        ("Penyelenggaraan Pemberdayaan Masyarakat Kelurahan", "KECKLB.02.02", [
            ("Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan "
             "Pembangunan di Kelurahan", "KECKLB.02.02.CFM.01"),
            ("Pembangunan Sarana dan Prasarana Kelurahan", "KECKLB.02.02.CFM.02")]),
    ]),
    ("Koordinasi Ketentraman dan Ketertiban Umum", "KECKLB.03", [
        ("Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum", "KECKLB.03.01", [
            ("Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia "
             "dan Instansi Vertikal di Wilayah Kecamatan", "KECKLB.03.01.CFM.01"),
            ("Koordinasi/Sinergi dengan Perangkat Daerah yang Tugas dan Fungsinya di Bidang "
             "Penegakan Peraturan Perundang-Undangan dan/atau Kepolisian Negara Republik Indonesia",
             "KECKLB.03.01.CFM.04")]),
    ]),
    ("Penyelenggaraan Urusan Pemerintahan Umum", "KECKLB.04", [
        ("Penyelenggaraan Urusan Pemerintahan Umum Sesuai Penugasan Kepala Daerah", "KECKLB.04.01", [
            ("Pembinaan Wawasan Kebangsaan dan Ketahanan Nasional dalam rangka Memantapkan "
             "Pengamalan Pancasila, Pelaksanaan Undang-Undang Dasar Negara Republik Indonesia "
             "Tahun 1945, Pelestarian Bhinneka Tunggal Ika serta Pemertahanan dan Pemeliharaan "
             "Keutuhan Negara Kesatuan Republik Indonesia", "KECKLB.04.01.CFM.01")]),
    ]),
    ("Pembinaan dan Pengawasan Pemerintahan Desa", "KECKLB.05", [
        ("Pembinaan dan Pengawasan Penyelenggaraan Pemerintahan Desa", "KECKLB.05.01", [
            ("Fasilitasi Penyusunan Perencanaan Pembangunan Partisipatif", "KECKLB.05.01.CFM.08"),
            ("Fasilitasi Penyusunan Program dan Pelaksanaan Pemberdayaan Masyarakat Desa",
             "KECKLB.05.01.CFM.09")]),
    ]),
    ("Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "KECKLB.06", [
        ("Administrasi Keuangan Perangkat Daerah", "KECKLB.06.01", [
            ("Penyediaan Gaji dan Tunjangan ASN", "KECKLB.06.01.CFM.01")]),
        ("Administrasi Kepegawaian Perangkat Daerah", "KECKLB.06.02", [
            ("Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya", "KECKLB.06.02.CFM.01")]),
        ("Administrasi Umum Perangkat Daerah", "KECKLB.06.03", [
            ("Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", "KECKLB.06.03.CFM.01"),
            ("Penyediaan Bahan Logistik Kantor", "KECKLB.06.03.CFM.02"),
            ("Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan", "KECKLB.06.03.CFM.03"),
            ("Penyediaan Bahan/Material", "KECKLB.06.03.CFM.04"),
            ("Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "KECKLB.06.03.CFM.05")]),
        ("Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "KECKLB.06.04", [
            ("Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya",
             "KECKLB.06.04.CFM.01")]),
        ("Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "KECKLB.06.05", [
            ("Penyediaan Jasa Surat Menyurat", "KECKLB.06.05.CFM.01"),
            ("Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "KECKLB.06.05.CFM.02"),
            ("Penyediaan Jasa Pelayanan Umum Kantor", "KECKLB.06.05.CFM.03")]),
        ("Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "KECKLB.06.06", [
            ("Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan "
             "Dinas atau Kendaraan Dinas Jabatan", "KECKLB.06.06.CFM.01"),
            ("Pemeliharaan/ Rehabilitasi Gedung Kantor dan Bangunan Lainnya", "KECKLB.06.06.CFM.02"),
            ("Pemeliharaan/ Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya",
             "KECKLB.06.06.CFM.03")]),
    ]),
]

KLB_LF = [
    dict(sheet="LF 1", mark="v",
         code="KECKLB.02.01.CFM.01",
         name="Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa",
         meta=("KECKLB.02. Pemberdayaan Masyarakat Desa dan Kelurahan",
               "KECKLB.02.01. Penyelenggaraan Pemberdayaan Masyarakat Desa",
               "KECKLB.02.01.CFM.01. Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah "
               "Perencanaan Pembangunan di Desa"),
         units=["Camat", "Sekretaris Camat", "Seksi Pemberdayaan Masyarakat dan Desa",
                "Subbagian Keuangan", "Pemerintah Desa"],
         acts=[("Menerima jadwal musrenbang desa dari pemerintah desa", [4, 2],
                "Jadwal musrenbang desa", "Seksi Pemberdayaan Masyarakat dan Desa"),
               ("Menyiapkan surat tugas pendamping musrenbang desa", [1, 2],
                "Surat tugas", "Sekretaris Camat"),
               ("Menandatangani surat tugas", [0],
                "Surat tugas yang ditandatangani", "Camat"),
               ("Mendampingi pelaksanaan musrenbang desa", [2, 4],
                "Berita acara musrenbang desa", "Seksi Pemberdayaan Masyarakat dan Desa"),
               ("Menyusun rekapitulasi usulan desa sebagai bahan musrenbang kecamatan", [2],
                "Rekapitulasi usulan", "Seksi Pemberdayaan Masyarakat dan Desa"),
               ("Memproses pertanggungjawaban perjalanan dinas pendamping", [3, 1],
                "SPJ perjalanan dinas", "Subbagian Keuangan")]),
    dict(sheet="LF 2", mark=1,
         code="KECKLB.03.01.CFM.04",
         name="Koordinasi/Sinergi dengan Perangkat Daerah yang Tugas dan Fungsinya di Bidang "
              "Penegakan Peraturan Perundang-Undangan dan/atau Kepolisian Negara Republik Indonesia",
         meta=("KECKLB.03. Koordinasi Ketentraman dan Ketertiban Umum",
               "KECKLB.03.01. Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum",
               "KECKLB.03.01.CFM.04. Koordinasi/Sinergi dengan Perangkat Daerah yang Tugas dan "
               "Fungsinya di Bidang Penegakan Peraturan Perundang-Undangan dan/atau Kepolisian "
               "Negara Republik Indonesia"),
         units=["Camat", "Seksi Tata Pemerintahan", "Satpol PP Kabupaten", "Polsek Klambu",
                "Koramil Klambu"],
         acts=[("Menginventarisasi permasalahan ketenteraman dan ketertiban umum", [1],
                "Daftar permasalahan trantibum", "Seksi Tata Pemerintahan"),
               ("Mengundang rapat koordinasi trantibum", [0, 1],
                "Undangan rapat", "Camat"),
               ("Melaksanakan rapat koordinasi Forkopimcam dan Satpol PP", [0, 1, 2, 3, 4],
                "Notulen dan daftar hadir", "Camat"),
               ("Melaksanakan operasi penegakan perda bersama", [1, 2, 3],
                "Berita acara operasi", "Satpol PP Kabupaten"),
               ("Menyusun laporan pelaksanaan koordinasi kepada Bupati", [0, 1],
                "Laporan koordinasi", "Seksi Tata Pemerintahan")]),
    dict(sheet="LF 3", mark="v",
         code="KECKLB.06.01.CFM.01",
         name="Penyediaan Gaji dan Tunjangan ASN",
         meta=("KECKLB.06. Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
               "KECKLB.06.01. Administrasi Keuangan Perangkat Daerah",
               "KECKLB.06.01.CFM.01. Penyediaan Gaji dan Tunjangan ASN"),
         units=["Camat", "Sekretaris Camat", "Subbagian Keuangan", "Subbagian Umum dan Kepegawaian",
                "BPPKAD Kabupaten"],
         acts=[("Memutakhirkan data kepegawaian untuk daftar gaji", [3],
                "Data perubahan pegawai", "Subbagian Umum dan Kepegawaian"),
               ("Menyusun daftar gaji dan SPP-GU/LS gaji", [2],
                "Daftar gaji dan SPP", "Subbagian Keuangan"),
               ("Memverifikasi SPP dan menerbitkan SPM gaji", [1, 2],
                "SPM gaji", "Sekretaris Camat"),
               ("Menandatangani SPM gaji", [0],
                "SPM yang ditandatangani", "Camat"),
               ("Menerbitkan SP2D gaji", [4],
                "SP2D", "BPPKAD Kabupaten"),
               ("Membayarkan gaji dan tunjangan serta membukukan", [2],
                "Buku kas umum", "Subbagian Keuangan")]),
]


def make_klambu(out):
    rel = "Kabupaten Grobogan/Kecamatan Klambu.xlsx"
    rep = Report(rel, "Kabupaten Grobogan", "Kecamatan Klambu", "002 (Peta Proses Bisnis Kecamatan "
                 "Klambu, Kabupaten Grobogan, 2021-2026)", "XLSX (XlsxWriter)",
                 "tables at A6; Sub Proses continuation rows MERGED vertically (NO, SUB PROSES, "
                 "KODE SUB PROSES); one Lintas Fungsi table per sheet (`LF 1`..`LF 3`); hidden "
                 "sheet `Daftar` holding the Jenis Proses dropdown list")
    wb = new_workbook(os.path.join(out, rel), "Peta Proses Bisnis Kecamatan Klambu")
    fmt = Fmt(wb, font="Calibri", size=11, head_bg="#C6E0B4")
    titles = ["PETA PROSES BISNIS", "KECAMATAN KLAMBU", "KABUPATEN GROBOGAN", "TAHUN 2021-2026"]

    s = "Identifikasi Proses"
    ws = wb.add_worksheet(s)
    page_setup(ws, folio=True)
    ws.set_column(0, 0, 6)
    ws.set_column(1, 1, 55)
    ws.set_column(2, 2, 22)
    ws.set_column(3, 3, 20)
    r = write_titles(ws, fmt, 0, 0, 3, titles)
    r += 1
    top = r
    r, where = id_table(ws, fmt, rep, s, r, 0, ["NO", "PROSES", "JENIS PROSES", "KODE SUB PROSES"],
                        KLB_PROC, hint=["No", "Nama Proses", "Utama/Manajemen/Pendukung", "Kode"])
    first = top + 3
    ws.data_validation(first, 2, first + len(KLB_PROC) - 1, 2,
                       {"validate": "list", "source": "=Daftar!$A$1:$A$3"})
    pr = where["KECKLB.03"][0]
    rep.irr(s, cell(pr, 2), "`utama `", "Jenis Proses in lower case with a trailing space (means Utama)")

    s = "Sub Proses"
    ws = wb.add_worksheet(s)
    page_setup(ws, folio=True)
    ws.set_column(0, 0, 6)
    ws.set_column(1, 1, 45)
    ws.set_column(2, 2, 16)
    ws.set_column(3, 3, 60)
    ws.set_column(4, 4, 24)
    r = write_titles(ws, fmt, 0, 0, 4, titles)
    r += 1
    r, where = sub_table(ws, fmt, rep, s, r, 0,
                         ["NO", "SUB PROSES", "KODE SUB PROSES", "LINTAS FUNGSI", "KODE LINTAS FUNGSI"],
                         KLB_SUB, hint=["No", "Nama Sub Proses", "Kode", "Nama Lintas Fungsi", "Kode"],
                         merge_cont=True, number_mode="continue")
    rep.notes.append("`Sub Proses`: NO runs on across groups (1..12); sub processes with several lintas "
                     "fungsi have A, B and C merged over their rows (e.g. `Sub Proses!%s` KECKLB.06.03 "
                     "merged over 5 rows)." % cell(where["KECKLB.06.03"][0], 2))
    rep.notes.append("`Sub Proses!%s` KECKLB.01.01 has no lintas fungsi (the seed draws no lintas fungsi "
                     "map for KECKLB.01)." % cell(*where["KECKLB.01.01"]))
    rep.irr(s, cell(*where["KECKLB.03.01.CFM.04"]), "KECKLB.03.01.CFM.04",
            "numbering gap: CFM.01 then CFM.04 (CFM.02/.03 absent) - exactly as in the seed")
    rep.irr(s, cell(*where["KECKLB.05.01.CFM.08"]), "KECKLB.05.01.CFM.08",
            "numbering starts at CFM.08 (CFM.01-.07 absent), then CFM.09 - exactly as in the seed")

    for t in KLB_LF:
        s = t["sheet"]
        ws = wb.add_worksheet(s)
        page_setup(ws, folio=True)
        lf_widths(ws, 0, len(t["units"]), unit_w=13)
        r = write_titles(ws, fmt, 0, 0, 1 + len(t["units"]) + 2,
                         ["PETA LINTAS FUNGSI", t["code"] + ". " + t["name"]])
        ws.set_row(1, 32)
        r += 1
        lf_table(ws, fmt, rep, s, r, 0, t["meta"], t["units"], t["acts"], t["mark"], "label-colon",
                 numbering=False, title="TABEL IDENTIFIKASI LINTAS FUNGSI")

    ws = wb.add_worksheet("Daftar")
    for i, v in enumerate(["Utama", "Manajemen", "Pendukung"]):
        ws.write(i, 0, v)
    ws.hide()
    rep.irr("Daftar", "A1:A3", "Utama / Manajemen / Pendukung",
            "HIDDEN sheet (dropdown source of `Identifikasi Proses` C column data validation); "
            "not data - report as info, never count")
    wb.close()

    subs, lfs = count_groups(KLB_SUB)
    rep.counts = dict(processes=len(KLB_PROC), sub_processes=subs, lintas_fungsi=lfs,
                      lf_tables=len(KLB_LF), activity_rows=sum(len(t["acts"]) for t in KLB_LF))
    rep.notes.append("Key/value block written `PROSES (KODE PROSES) :` (colon at the end of the label, "
                     "A) with the value in C, formatted `CODE. Name` as in the seed's map titles.")
    rep.notes.append("`LF 2` marks participation with the NUMBER 1; `LF 1` and `LF 3` with `v`. "
                     "Lintas Fungsi tables have no numbering row.")
    rep.invented += [
        "All sub process names (Permendagri 90/2019 programme/kegiatan wording); the seed gives only "
        "the process titles and the lintas fungsi codes and names, which are used verbatim.",
        "Sub process KECKLB.01.01 (PATEN).",
        "Jenis Proses of every process (the seed's level-0 map is a picture).",
        "Units (Camat, Sekretaris Camat, Subbagian/Seksi names are from the seed's organisation chart; "
        "Satpol PP Kabupaten, Polsek Klambu, Koramil Klambu, BPPKAD Kabupaten, Pemerintah Desa are "
        "external parties) and all activities, outputs and penanggung jawab.",
    ]
    REPORTS.append(rep)


# --------------------------------------------------------------------------------------
# 3. Provinsi Nusa Tenggara Timur - Biro Organisasi (seed 003), CSV
# --------------------------------------------------------------------------------------

BO_PROC = [
    (1, "Penataan Kelembagaan Provinsi dan Kabupaten/ Kota", "Utama", "BO-01"),
    (2, "Analisis Jabatan dan Analisis Beban Kerja", "Utama", "BO-02"),
    (3, "Pembinaan dan Pengendalian Ketatalaksanaan", "Utama", "BO-03"),
    (4, "Pengembangan Budaya Kerja", "Utama", "BO.04"),
    (5, "Penerapan Sistem Akuntabilitas Kinerja Instansi Pemerintah", "Manajemen", "BO-05"),
    (6, "Peningkatan Kualitas Pelayanan Publik (Pelayanan Prima)", "Utama", "BO.06"),
    (7, "Reformasi Birokrasi", "Manajemen", "BO-07"),
]

BO_SUB = [
    ("Penataan Kelembagaan Provinsi dan Kabupaten/ Kota", "BO-01", [
        ("Penataan Kelembagaan Provinsi", "BO-01.1", [
            ("Penyusunan Naskah Akademik Penataan Perangkat Daerah", "BO-01.1.1"),
            ("Fasilitasi Pembahasan Ranperda Perangkat Daerah", "BO-01.1.2")]),
        ("Penyusunan Uraian Tugas", "BO-01.2", [
            ("Penyusunan Rancangan Peraturan Gubernur tentang Uraian Tugas", "BO-01.2.1")]),
        ("Fasilitasi Penataan Perangkat Daerah Kabupaten / Kota", "BO-01.3", [
            ("Pemberian Rekomendasi Penataan Perangkat Daerah Kabupaten/Kota", "BO-01.3.1")]),
    ]),
    ("Analisis Jabatan dan Analisis Beban Kerja", "BO-02", [
        ("Analisis Jabatan, Analisis Beban Kerja dan Peta Jabatan", "BO-02.1", []),
        ("Evaluasi Jabatan", "BO-02.2", []),
    ]),
    ("Pembinaan dan Pengendalian Ketatalaksanaan", "BO-03", [
        ("Penyusunan Peta Proses Bisnis", "BO-03.1", [
            ("Bimbingan Teknis Penyusunan Peta Proses Bisnis Perangkat Daerah", "BO-03.1.1")]),
        ("Penyusunan SOP-AP", "BO-03.2", [
            ("Fasilitasi Penyusunan dan Penetapan SOP-AP", "BO-03.2.1")]),
        ("Evaluasi SOP-AP", "BO-03.3", []),
    ]),
    ("Pengembangan Budaya Kerja", "BO.04", [
        ("Perencanaan Budaya Kerja", "BO-04.1", []),
        ("Penerapan Budaya Kerja", "BO-04.2", [
            ("Pendampingan Penerapan Budaya Kerja pada Perangkat Daerah", "BO-04.2.1")]),
        ("Monitoring dan Evaluasi Penerapan Budaya Kerja", "BO-04.3", []),
    ]),
    ("Penerapan Sistem Akuntabilitas Kinerja Instansi Pemerintah", "BO-05", [
        ("Penyusunan Rencana Kerja Tahunan", "BO-05.1", []),
        ("Penyusunan Perjanjian Kinerja", "BO-05.2", []),
        ("Pengukuran Kinerja", "BO-05.3", []),
        ("Pelaporan Kinerja", "BO-05.4", []),
    ]),
    ("Peningkatan Kualitas Pelayanan Publik (Pelayanan Prima)", "BO.06", [
        ("Pengelolaan SP4N LAPOR", "BO-06.2", [
            ("Penanganan Pengaduan Masyarakat melalui SP4N LAPOR!", "BO-06.2.1")]),
    ]),
    ("Reformasi Birokrasi", "BO-07", [
        ("Penyusunan Road Map Reformasi Birokrasi", "BO-07.1", []),
        ("Pembangunan Zona Integritas\nMenuju WBK/ WBBM", "BO-07.2", []),
        ("Evaluasi Pelaksanaan Reformasi Birokrasi", "BO-07.3", []),
    ]),
]

BO_LF = [
    dict(file="lintas-fungsi-penataan-kelembagaan.csv", mark="\u221a", sep_line=False,
         meta=("BO-01 Penataan Kelembagaan Provinsi dan Kabupaten/ Kota",
               "BO-01.1 Penataan Kelembagaan Provinsi",
               "BO-01.1.1 Penyusunan Naskah Akademik Penataan Perangkat Daerah"),
         kv="colon-cell",
         units=["Kepala Biro Organisasi", "Bagian Kelembagaan dan Analisis Jabatan",
                "Sub Bagian Kelembagaan", "Biro Hukum", "Perangkat Daerah"],
         acts=[("Menyusun kerangka acuan penyusunan naskah akademik", [2, 1],
                "KAK", "Sub Bagian Kelembagaan"),
               ("Mengumpulkan data beban kerja dan usulan penataan dari perangkat daerah", [2, 4],
                "Data dukung penataan", "Sub Bagian Kelembagaan"),
               ("Menyusun draf naskah akademik", [2],
                "Draf naskah akademik", "Sub Bagian Kelembagaan"),
               ("Membahas draf naskah akademik bersama perangkat daerah", [1, 2, 4],
                "Notulen pembahasan", "Bagian Kelembagaan dan Analisis Jabatan"),
               ("Mengharmonisasikan naskah akademik dan rancangan perda", [1, 3],
                "Naskah hasil harmonisasi", "Biro Hukum"),
               ("Menyetujui naskah akademik", [0],
                "Naskah akademik final", "Kepala Biro Organisasi")]),
    dict(file="lintas-fungsi-sp4n-lapor.csv", mark="v", sep_line=True,
         meta=("BO.06 Peningkatan Kualitas Pelayanan Publik (Pelayanan Prima)",
               "BO-06.2 Pengelolaan SP4N LAPOR",
               "BO-06.2.1 Penanganan Pengaduan Masyarakat melalui SP4N LAPOR!"),
         kv="next-cell",
         units=["Kepala Biro Organisasi", "Sub Bagian Pelayanan Publik", "Admin SP4N LAPOR!",
                "Perangkat Daerah"],
         acts=[("Menerima dan memverifikasi pengaduan masuk pada aplikasi SP4N LAPOR!", [2],
                "Pengaduan terverifikasi", "Admin SP4N LAPOR!"),
               ("Mendisposisikan pengaduan kepada perangkat daerah terkait", [1, 2],
                "Disposisi pengaduan", "Sub Bagian Pelayanan Publik"),
               ("Menindaklanjuti pengaduan dan mengunggah jawaban", [3],
                "Tindak lanjut pengaduan", "Perangkat Daerah"),
               ("Memantau status tindak lanjut pengaduan", [1, 2],
                "Rekap status pengaduan", "Sub Bagian Pelayanan Publik"),
               ("Melaporkan pengelolaan pengaduan kepada pimpinan", [0, 1],
                "Laporan triwulan", "Kepala Biro Organisasi")]),
]


def csv_bytes(rows, width, sep_line=False):
    buf = io.StringIO(newline="")
    if sep_line:
        buf.write("sep=;\r\n")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        row = list(row) + [""] * (width - len(row))
        w.writerow(row)
    return buf.getvalue().encode("utf-8-sig")


def make_ntt(out):
    reldir = "Provinsi Nusa Tenggara Timur/Biro Organisasi"
    rep = Report(reldir + "/", "Provinsi Nusa Tenggara Timur", "Biro Organisasi Setda Provinsi NTT",
                 "003 (Keputusan Gubernur NTT 253/KEP/HK/2020, Peta Proses Bisnis Biro Organisasi)",
                 "CSV, one table per file: `;` delimiter, UTF-8 with BOM, CRLF line ends, every row "
                 "padded with `;` to the width of the table (Indonesian-locale Excel export)",
                 "title rows above each table (table header on line 4 or 5); Sub Proses continuation "
                 "rows blank; Lintas Fungsi tables in two files, the units as a second header row")
    d = os.path.join(out, reldir)
    os.makedirs(d, exist_ok=True)

    # identifikasi-proses.csv
    rows = [["PETA PROSES BISNIS BIRO ORGANISASI SEKRETARIAT DAERAH PROVINSI NUSA TENGGARA TIMUR"],
            ["TABEL IDENTIFIKASI PROSES"], [],
            ["NO", "PROSES", "JENIS PROSES", "KODE"]]
    rep.tables.append(("identifikasi-proses.csv", "A4", "Identifikasi Proses", ""))
    for no, name, jenis, code in BO_PROC:
        rows.append([str(no), name, jenis, code])
        if code in ("BO.04", "BO.06"):
            rep.irr("identifikasi-proses.csv", "D%d" % len(rows), code,
                    "separator `.` where the document's dominant style is `BO-01`")
    with open(os.path.join(d, "identifikasi-proses.csv"), "wb") as f:
        f.write(csv_bytes(rows, 4))

    # sub-proses.csv
    rows = [["PETA PROSES BISNIS BIRO ORGANISASI SEKRETARIAT DAERAH PROVINSI NUSA TENGGARA TIMUR"],
            ["TABEL IDENTIFIKASI SUB PROSES - LINTAS FUNGSI"], [],
            ["NO", "SUB PROSES", "KODE SUB PROSES", "LINTAS FUNGSI", "KODE LINTAS FUNGSI"],
            ["(1)", "(2)", "(3)", "(4)", "(5)"]]
    rep.tables.append(("sub-proses.csv", "A4", "Sub Proses - Lintas Fungsi", "numbering row on line 5"))
    n = 0
    for pname, pcode, subs in BO_SUB:
        rows.append(["", pname.upper(), pcode, "", ""])
        if pcode in ("BO.04", "BO.06"):
            rep.irr("sub-proses.csv", "C%d" % line_of(rows, pcode), pcode,
                    "group row code with `.` separator (dominant style `BO-01`)")
        for sname, scode, lfs in subs:
            n += 1
            first = [str(n), sname, scode]
            if lfs:
                rows.append(first + [lfs[0][0], lfs[0][1]])
                for lname, lcode in lfs[1:]:
                    rows.append(["", "", "", lname, lcode])
            else:
                rows.append(first + ["", ""])
            if pcode in ("BO.04", "BO.06") and scode == subs[0][1]:
                rep.irr("sub-proses.csv", "C%d" % line_of(rows, scode),
                        scode, "child written `BO-0x.y` while its parent in this file is `%s` "
                        "(parent found by structure, separator differs)" % pcode)
            if scode == "BO-07.2":
                rep.irr("sub-proses.csv", "B%d" % line_of(rows, scode),
                        "`Pembangunan Zona Integritas<LF>Menuju WBK/ WBBM`",
                        "quoted cell with an embedded line break (LF inside quotes; the record "
                        "itself ends with CRLF), so this record spans two physical lines")
            if scode == "BO-06.2":
                rep.irr("sub-proses.csv", "C%d" % line_of(rows, scode), scode,
                        "BO-06.1 does not exist: the seed has no BO-06.1 (gap kept)")
    rows.append(["", "dst....", "dst....", "dst....", "dst...."])
    with open(os.path.join(d, "sub-proses.csv"), "wb") as f:
        f.write(csv_bytes(rows, 5))

    # lintas fungsi
    for t in BO_LF:
        nu = len(t["units"])
        width = 2 + nu + 2
        rows = [["IDENTIFIKASI LINTAS FUNGSI"]]
        labels = ("PROSES (KODE PROSES)", "SUB PROSES (KODE SUB PROSES)",
                  "LINTAS FUNGSI (KODE LINTAS FUNGSI)")
        for lab, val in zip(labels, t["meta"]):
            if t["kv"] == "colon-cell":
                rows.append([lab, "", ": " + val])
            else:
                rows.append([lab, "", ":", val])
        rows.append(["NO", "KEGIATAN", "UNIT KERJA TERKAIT"] + [""] * (nu - 1) + ["OUTPUT", "PENANGGUNG JAWAB"])
        head_line = len(rows) + (1 if t["sep_line"] else 0)
        rows.append(["", ""] + t["units"] + ["", ""])
        for i, (keg, who, outp, pj) in enumerate(t["acts"]):
            rows.append([str(i + 1), keg] + [t["mark"] if j in who else "" for j in range(nu)] + [outp, pj])
        with open(os.path.join(d, t["file"]), "wb") as f:
            f.write(csv_bytes(rows, width, t["sep_line"]))
        rep.tables.append((t["file"], "A%d" % head_line, "Lintas Fungsi",
                           "%s; key/value %s; %d units (line %d); %d activities; mark %r" % (
                               t["meta"][2], t["kv"], nu, head_line + 1, len(t["acts"]), t["mark"])))
        if t["sep_line"]:
            rep.irr(t["file"], "A1", "`sep=;`", "Excel delimiter hint line before the first row "
                    "(after the BOM)")

    subs, lfs = count_groups(BO_SUB)
    rep.counts = dict(processes=len(BO_PROC), sub_processes=subs, lintas_fungsi=lfs,
                      lf_tables=len(BO_LF), activity_rows=sum(len(t["acts"]) for t in BO_LF))
    rep.notes.append("Files: `identifikasi-proses.csv` (4 columns), `sub-proses.csv` (5 columns, group "
                     "rows carry the process name in UPPER CASE in column B and its code in C), "
                     "`lintas-fungsi-penataan-kelembagaan.csv`, `lintas-fungsi-sp4n-lapor.csv`.")
    rep.notes.append("Only 8 of the 19 sub processes have lintas fungsi; the others leave D:E empty.")
    rep.notes.append("Lintas Fungsi CSVs: `UNIT KERJA TERKAIT` stands in column C only (the merge is "
                     "lost in CSV), the next line names one unit per column; no numbering row.")
    rep.invented += [
        "The third level (lintas fungsi codes `BO-xx.y.z` and names): the seed's cross-functional maps "
        "carry the `BO-xx.y` codes, which are used here as sub processes.",
        "Jenis Proses of every process (BO-05 and BO-07 as Manajemen).",
        "Units of the lintas fungsi tables (Kepala Biro and Sub Bagian names follow the seed's "
        "organisation; Biro Hukum, Perangkat Daerah, Admin SP4N LAPOR! are invented) and all "
        "activities, outputs and penanggung jawab.",
    ]
    REPORTS.append(rep)


def line_of(rows, code):
    """1-based physical line (after the BOM) where the record containing `code` starts.
    Records before it that hold embedded line breaks push it down."""
    line = 1
    for row in rows:
        if code in row:
            return line
        line += 1 + sum(str(v).count("\n") for v in row)
    raise KeyError(code)


# --------------------------------------------------------------------------------------
# 4. Kota Pasuruan - DPMPTSP (seed 004) and Bagian Organisasi (invented)
# --------------------------------------------------------------------------------------

DPM_PROC = [
    (1, "Umum Kepegawaian", "Pendukung", "P1"),
    (2, "Perencanaan dan Pelaporan", "Manajemen", "P2"),
    (3, "Pengelolaan Keuangan", "Penunjang", "P3"),
    (4, "Peningkatan Penanaman Modal", "Utama", "P4"),
    (5, "Pengendalian Penanaman Modal", "Inti", "P5"),
    (6, "Peningkatan Penyelenggaraan Pelayanan Perizinan", "UTAMA", "P6"),
    (7, "Pengelolaan Data dan Sistem Informasi", "Utama", "P7"),
]

# compact table: (sub code, sub name, [(lf code, lf name)])
DPM_SUB = [
    ("P1.1", "Perlengkapan dan Sarana Prasarana", []),
    ("P1.2", "Penatausahaan", [("P1.2.1", "Pelayanan Persuratan"),
                               ("P1.2.1.1", "Pelayanan Surat Keluar"),
                               ("P.1.2.1.2", "Pelayanan Surat Masuk"),
                               ("P1.2.2", "Kearsipan"),
                               ("P1.2.3", "Pengelolaan BMD")]),
    ("P1.3", "Kepegawaian", [("P1.3.1", "Kenaikan Pangkat/ Pengajuan Cuti/ Pensiun")]),
    ("P2.1", "Perencanaan (Renstra, Renja, RKA dan DPA)", [("P2.1.1", "Penyusunan Renstra dan Renja"),
                                                          ("P2.1.2", "Penyusunan RKA dan DPA")]),
    ("P2.2", "Pelaporan (Evaluasi Kinerja, LKJIP, LKPJ, Laporan Keuangan)",
     [("P2.2.1", "Laporan Evaluasi Kinerja dan LKPJ"), ("P2.2.2", "Laporan Keuangan"),
      ("P2.2.3", "Penyusunan LKjIP")]),
    ("P3.1", "Penatausahaan Keuangan", []),
    ("P4.1", "Perumusan Perencanaan dan Kebijakan Penanaman Modal",
     [("P4.1.1", "Penyusunan Peta Potensi Investasi"), ("P4.1.2", "Penyusunan Rencana Umum Penanaman Modal")]),
    ("P4.2", "Promosi Penanaman Modal", [("P4.2.1", "Temu Usaha"), ("P4.2.2", "Pameran")]),
    ("P4.3", "Fasilitasi Pengembangan Usaha", [("P4.3.1", "Fasilitasi Pelaku Usaha"),
                                               ("P4.3.2", "Fasilitasi Kerjasama")]),
    ("P5.1", "Penyusunan Laporan Realisasi Investasi", []),
    ("P5.2", "Pembinaan dan Pengawasan", []),
    ("P5.3", "Pelaksanaan Pemantauan Penanaman Modal", []),
    ("P6.1", "Pelayanan Perizinan Berusaha", []),
    ("P6.2", "Pelayanan Perizinan Non Berusaha", []),
    ("P7.1", "Pengelolaan Pengaduan", []),
    ("P7.2", "Pelaksanaan Sosialisasi Kepada Masyarakat", []),
    ("P7.3", "Pelaporan Layanan", []),
    ("P7.4", "Pengelolaan Sistem Informasi", [("P7.4.1", "Penyebarluasan Informasi"),
                                              ("P7.4.2", "Pengembangan Sistem Informasi"),
                                              ("P7.4.3", "Layanan Permintaan Data")]),
    ("P7.5", "Pelaksanaan Survey Kepuasan Masyarakat", []),
]

DPM_LF = [
    dict(kv="colon-cell", mark="x",
         meta=("Umum Kepegawaian (P1)", "Penatausahaan (P1.2)", "Pelayanan Surat Keluar (P1.2.1.1)"),
         units=["Kepala Dinas", "Sub Bagian Umum dan Kepegawaian", "Bidang Terkait", "Caraka"],
         acts=[("Menginstruksikan pembuatan surat sesuai urusan/keperluan", [0],
                "Instruksi/disposisi", "Kepala Dinas"),
               ("Membuat draft surat", [1, 2],
                "Draft surat", "Sub Bagian Umum dan Kepegawaian"),
               ("Memverifikasi draft surat (jika belum sesuai dikembalikan untuk revisi)", [0],
                "Draft surat terverifikasi", "Kepala Dinas"),
               ("Menandatangani surat", [0],
                "Surat yang ditandatangani", "Kepala Dinas"),
               ("Memberi nomor agenda dan membubuhkan stempel", [1],
                "Surat bernomor dan berstempel", "Sub Bagian Umum dan Kepegawaian"),
               ("Mendistribusikan surat kepada Perangkat Daerah/masyarakat", [3],
                "Tanda terima surat", "Caraka")]),
    dict(kv="next-cell", mark="\u25cf",
         meta=("Perencanaan dan Pelaporan (P2)", "Perencanaan (Renstra, Renja, RKA dan DPA) (P2.1)",
               "Penyusunan Renstra dan Renja (P2.1.1)"),
         units=["BAPPEDA", "Bagian Keuangan Sarana Prasarana", "Bidang-bidang"],
         acts=[("Mengirimkan surat penyusunan dokumen Renstra dan Renja", [0],
                "Surat penyusunan", "BAPPEDA"),
               ("Mengadakan koordinasi dengan bidang terkait", [1, 2],
                "Notulen koordinasi", "Bagian Keuangan Sarana Prasarana"),
               ("Mengumpulkan data dan informasi yang dibutuhkan", [2],
                "Data dan informasi", "Bidang-bidang"),
               ("Mengolah data dan menyusun dokumen perencanaan", [1],
                "Draft Renstra/Renja", "Bagian Keuangan Sarana Prasarana"),
               ("Mereview dokumen (jika belum sesuai dikembalikan)", [0],
                "Hasil review", "BAPPEDA"),
               ("Memproses pengesahan dokumen", [1],
                "Renstra/Renja yang disahkan", "Bagian Keuangan Sarana Prasarana"),
               ("Menyerahkan dokumen yang telah disahkan ke BAPPEDA", [1, 0],
                "Tanda terima dokumen", "Bagian Keuangan Sarana Prasarana")]),
    dict(kv="colon-cell", mark="x",
         meta=("Pengelolaan Data dan Sistem Informasi (P7)", "Pengelolaan Sistem Informasi (P7.4)",
               "Layanan Permintaan Data (P7.4.3)"),
         units=["OPD Terkait", "Bidang IPP"],
         acts=[("Melakukan permohonan data dan informasi", [0],
                "Surat permohonan data", "OPD Terkait"),
               ("Menerima permintaan data dan informasi", [1],
                "Register permintaan data", "Bidang IPP"),
               ("Menyediakan data dan informasi", [1],
                "Data dan informasi", "Bidang IPP"),
               ("Menyampaikan data dan informasi kepada pemohon", [1, 0],
                "Tanda terima data", "Bidang IPP")]),
]


def make_dpmptsp(out):
    rel = "Kota Pasuruan/DPMPTSP.xlsx"
    rep = Report(rel, "Kota Pasuruan", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP)",
                 "004 (Penyusunan Peta Proses Bisnis DPMPTSP Kota Pasuruan)", "XLSX (XlsxWriter)",
                 "tables at B4; `Sub Proses` uses the COMPACT variant `Kode | Sub Proses | Kode | "
                 "Lintas Fungsi` (no NO, no group rows, Kode and Sub Proses merged vertically over "
                 "their lintas fungsi rows); three Lintas Fungsi tables stacked in one sheet")
    wb = new_workbook(os.path.join(out, rel), "Peta Proses Bisnis DPMPTSP Kota Pasuruan")
    fmt = Fmt(wb, font="Times New Roman", size=11, head_bg="#BDD7EE")
    opd = "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KOTA PASURUAN"

    s = "Identifikasi Proses"
    ws = wb.add_worksheet(s)
    page_setup(ws)
    ws.set_column(0, 0, 3)
    ws.set_column(1, 1, 6)
    ws.set_column(2, 2, 50)
    ws.set_column(3, 3, 20)
    ws.set_column(4, 4, 12)
    r = write_titles(ws, fmt, 0, 1, 4, ["PETA PROSES BISNIS " + opd])
    r += 2
    _, where = id_table(ws, fmt, rep, s, r, 1, ["NO", "PROSES", "JENIS PROSES", "KODE"], DPM_PROC,
                        numbering=True, hint=None, dst=False)
    for code, why in (("P3", "Jenis Proses synonym `Penunjang` (means Pendukung)"),
                      ("P5", "Jenis Proses synonym `Inti` (means Utama)"),
                      ("P6", "Jenis Proses in upper case `UTAMA`")):
        rr = where[code][0]
        rep.irr(s, cell(rr, 3), dict((c, j) for _, _, j, c in DPM_PROC)[code], why)
    rep.notes.append("`Identifikasi Proses`: no hint row and no `dst...` row; last header is `KODE`.")

    s = "Sub Proses"
    ws = wb.add_worksheet(s)
    page_setup(ws)
    ws.set_column(0, 0, 3)
    ws.set_column(1, 1, 10)
    ws.set_column(2, 2, 48)
    ws.set_column(3, 3, 11)
    ws.set_column(4, 4, 42)
    r = write_titles(ws, fmt, 0, 1, 4, ["PETA PROSES BISNIS " + opd])
    ws.write(2, 1, "Tabel 6.1 Sub Proses dan Lintas Fungsi", fmt.caption)
    r = 3
    for i, h in enumerate(["Kode", "Sub Proses", "Kode", "Lintas Fungsi"]):
        ws.write(r, 1 + i, h, fmt.head)
    rep.tables.append((s, cell(r, 1), "Sub Proses - Lintas Fungsi (compact)", ""))
    r += 1
    where = {}
    for scode, sname, lfs in DPM_SUB:
        span = max(1, len(lfs))
        if span > 1:
            ws.merge_range(r, 1, r + span - 1, 1, scode, fmt.center)
            ws.merge_range(r, 2, r + span - 1, 2, sname, fmt.text)
        else:
            ws.write(r, 1, scode, fmt.center)
            ws.write(r, 2, sname, fmt.text)
        where[scode] = (r, 1)
        if not lfs:
            ws.write_blank(r, 3, None, fmt.center)
            ws.write_blank(r, 4, None, fmt.text)
        for k, (lcode, lname) in enumerate(lfs):
            ws.write(r + k, 3, lcode, fmt.center)
            ws.write(r + k, 4, lname, fmt.text)
            where[lcode] = (r + k, 3)
        r += span
    rep.irr(s, cell(*where["P.1.2.1.2"]), "P.1.2.1.2",
            "stray dot after the prefix (dominant style `P1.2.1.1`); exactly as in the seed")
    rep.irr(s, cell(*where["P1.2.1.1"]), "P1.2.1.1",
            "level-3 code: P1.2.1.1 and P.1.2.1.2 are children of the lintas fungsi P1.2.1, listed in "
            "the same Lintas Fungsi column as their parent (seed hierarchy)")
    nolf = [c for c, _, l in DPM_SUB if not l]
    rep.notes.append("Sub processes without lintas fungsi (columns D:E empty): %s." % ", ".join(nolf))
    rep.notes.append("Parent processes are not written in `Sub Proses` (no group rows): the process of "
                     "`P2.1` is found from the code only.")

    s = "Lintas Fungsi"
    ws = wb.add_worksheet(s)
    page_setup(ws)
    ws.set_column(0, 0, 3)
    lf_widths(ws, 1, 4, unit_w=14)
    r = write_titles(ws, fmt, 0, 1, 7, ["PETA PROSES BISNIS " + opd])
    r += 1
    for t in DPM_LF:
        r = lf_table(ws, fmt, rep, s, r, 1, t["meta"], t["units"], t["acts"], t["mark"], t["kv"],
                     numbering=False, title="Tabel Identifikasi Lintas Fungsi")
        r += 3
    wb.close()

    subs = len(DPM_SUB)
    lfs = sum(len(l) for _, _, l in DPM_SUB)
    rep.counts = dict(processes=len(DPM_PROC), sub_processes=subs, lintas_fungsi=lfs,
                      lf_tables=len(DPM_LF), activity_rows=sum(len(t["acts"]) for t in DPM_LF))
    rep.notes.append("lintas_fungsi counts every code in the Lintas Fungsi column: 20 codes, of which "
                     "18 at level 2 (`P1.2.1`) and 2 at level 3 (`P1.2.1.1`, `P.1.2.1.2`).")
    rep.notes.append("Lintas Fungsi tables use 4, 3 and 2 unit columns (the number of unit columns "
                     "varies per table); the 3-unit table marks with `\u25cf`, the others with `x`.")
    rep.invented += [
        "Jenis Proses of every process (the seed's level-0 map is a picture); the synonyms/case are "
        "deliberate.",
        "Nothing else in the process/sub process/lintas fungsi lists: names and codes are the seed's "
        "table of contents (`Perengkapan` typo of the body text not reproduced; the TOC spelling is "
        "used).",
        "Lintas Fungsi activities are paraphrased from the seed's prose for P1.2.1.1, P2.1.1 and "
        "P7.4.3; unit names are the seed's actors (Caraka, BAPPEDA, Bidang IPP, ...); outputs invented.",
    ]
    REPORTS.append(rep)


BAG_PROC = [
    (1, "Penataan Kelembagaan Perangkat Daerah", "Utama", "P1"),
    (2, "Penataan Ketatalaksanaan", "Utama", "P2"),
    (3, "Peningkatan Kualitas Pelayanan Publik", "Utama", "P3"),
    (4, "Pengelolaan Kinerja dan Reformasi Birokrasi", "Manajemen", "P4"),
]

BAG_SUB = [
    ("Penataan Kelembagaan Perangkat Daerah", "P1", [
        ("Evaluasi Kelembagaan Perangkat Daerah", 1.1, [
            ("Penyusunan Rancangan Perwali Kedudukan dan Susunan Organisasi", "P1.1.1"),
            ("Evaluasi Kelembagaan Perangkat Daerah", "P1.1.2")]),
        ("Analisis Jabatan dan Analisis Beban Kerja", "P1.2", [
            ("Penyusunan Anjab dan ABK", "P1.2.1"),
            ("Penyusunan Peta Jabatan", "P1.2.2")]),
    ]),
    ("Penataan Ketatalaksanaan", "P2", [
        ("Penyusunan Proses Bisnis dan SOP", "P2.1", [
            ("Penyusunan Peta Proses Bisnis", "P2.1.1"),
            ("Penyusunan SOP AP", "P2.1.2")]),
        ("Pembinaan Budaya Kerja", "P2.2", [
            ("Penilaian Penerapan Budaya Kerja", "P2.2.1")]),
    ]),
    ("Peningkatan Kualitas Pelayanan Publik", "P3", [
        ("Pembinaan Pelayanan Publik", "P3.1", [
            ("Pelaksanaan Survei Kepuasan Masyarakat", "P3.1.1"),
            ("Pengelolaan Pengaduan SP4N LAPOR!", "P3.1.2")]),
        ("Inovasi Pelayanan Publik", "P3.2", [
            ("Kompetisi Inovasi Pelayanan Publik", "P3.2.1")]),
    ]),
    ("Pengelolaan Kinerja dan Reformasi Birokrasi", "P4", [
        ("Akuntabilitas Kinerja", "P4.1", [
            ("Evaluasi SAKIP Perangkat Daerah", "P4.1.1"),
            ("Penyusunan LKjIP Kota", "P4.1.2")]),
        ("Reformasi Birokrasi", "P4.2", [
            ("Penyusunan Road Map Reformasi Birokrasi", "P4.2.1"),
            ("Pembangunan Zona Integritas", "P4.2.2")]),
    ]),
]

BAG_UNITS = ["Kepala Bagian Organisasi", "Subbagian Kelembagaan dan Analisis Jabatan",
             "Subbagian Pelayanan Publik dan Tata Laksana", "Subbagian Kinerja dan Reformasi Birokrasi",
             "Perangkat Daerah"]

BAG_LF = [
    dict(kv="next-cell", mark="v",
         headers=("No.", "Aktivitas", "Unit Kerja Terkait", "Output", "Penanggung Jawab"),
         meta=("P3 - Peningkatan Kualitas Pelayanan Publik", "P3.1 - Pembinaan Pelayanan Publik",
               "P3.1.1 - Pelaksanaan Survei Kepuasan Masyarakat"),
         units=BAG_UNITS,
         acts=[("Menyusun jadwal dan metode SKM tingkat kota", [2],
                "Jadwal dan metode SKM", "Subbagian Pelayanan Publik dan Tata Laksana"),
               ("Menyampaikan surat pelaksanaan SKM kepada perangkat daerah", [0, 2],
                "Surat edaran", "Kepala Bagian Organisasi"),
               ("Melaksanakan survei pada unit layanan", [4],
                "Kuesioner terisi", "Perangkat Daerah"),
               ("Merekapitulasi dan menganalisis hasil SKM", [2, 4],
                "Rekap nilai IKM", "Subbagian Pelayanan Publik dan Tata Laksana"),
               ("Menyusun laporan hasil SKM kota", [2, 3],
                "Laporan SKM", "Subbagian Pelayanan Publik dan Tata Laksana")]),
    dict(kv="colon-cell", mark="v",
         headers=None,
         meta=("P4 - Pengelolaan Kinerja dan Reformasi Birokrasi", "P4.1 - Akuntabilitas Kinerja",
               "P4.1.2 - Penyusunan LKjIP Kota"),
         units=BAG_UNITS,
         acts=[("Mengirim surat penyusunan LKjIP kepada perangkat daerah", [0, 3],
                "Surat penyusunan LKjIP", "Kepala Bagian Organisasi"),
               ("Menyampaikan LKjIP perangkat daerah", [4],
                "LKjIP perangkat daerah", "Perangkat Daerah"),
               ("Menghimpun capaian kinerja perangkat daerah", [3],
                "Rekap capaian kinerja", "Subbagian Kinerja dan Reformasi Birokrasi"),
               ("Menyusun draf LKjIP Kota", [3],
                "Draf LKjIP Kota", "Subbagian Kinerja dan Reformasi Birokrasi"),
               ("Memeriksa draf LKjIP Kota", [0, 3],
                "Draf LKjIP terkoreksi", "Kepala Bagian Organisasi"),
               ("Mengunggah LKjIP Kota ke aplikasi SAKIP", [3],
                "Bukti unggah", "Subbagian Kinerja dan Reformasi Birokrasi")]),
]


def make_bagian_organisasi(out):
    rel = "Kota Pasuruan/Bagian Organisasi.xlsx"
    rep = Report(rel, "Kota Pasuruan", "Bagian Organisasi Sekretariat Daerah Kota Pasuruan",
                 "none - INVENTED, modelled on seeds 003 (Biro Organisasi NTT) and 004 (bare P-codes)",
                 "XLSX (XlsxWriter)",
                 "header text in mixed case with synonyms and line breaks; tables at B3; standard "
                 "5-column Sub Proses with group rows; two Lintas Fungsi tables stacked (first uses "
                 "`Aktivitas` for KEGIATAN and `No.`)")
    wb = new_workbook(os.path.join(out, rel), "Peta Proses Bisnis Bagian Organisasi", author="Subbag KAJ")
    fmt = Fmt(wb, font="Calibri", size=11, head_bg="#FFE699")
    opd = "Peta Proses Bisnis Bagian Organisasi Setda Kota Pasuruan"

    s = "Identifikasi Proses"
    ws = wb.add_worksheet(s)
    page_setup(ws)
    ws.set_column(0, 0, 3)
    ws.set_column(1, 1, 6)
    ws.set_column(2, 2, 48)
    ws.set_column(3, 3, 18)
    ws.set_column(4, 4, 14)
    ws.write(0, 1, opd, fmt.caption)
    r = 2
    _, where = id_table(ws, fmt, rep, s, r, 1, ["No.", "Nama Proses", "Jenis\nProses", "Kode Proses"],
                        BAG_PROC, numbering=False, hint=None, dst=True)
    rep.irr(s, "B3:E3", "`No.` `Nama Proses` `Jenis<LF>Proses` `Kode Proses`",
            "header synonyms / mixed case / a line break inside `Jenis Proses`")

    s = "Sub Proses"
    ws = wb.add_worksheet(s)
    page_setup(ws)
    ws.set_column(0, 0, 3)
    ws.set_column(1, 1, 6)
    ws.set_column(2, 2, 44)
    ws.set_column(3, 3, 14)
    ws.set_column(4, 4, 50)
    ws.set_column(5, 5, 14)
    ws.write(0, 1, opd, fmt.caption)
    r = 2
    _, where = sub_table(ws, fmt, rep, s, r, 1,
                         ["No", "Sub Proses", "KODE\nSUB PROSES", "Lintas Fungsi", "Kode Lintas  Fungsi"],
                         BAG_SUB, numbering=False, hint=None, dst=False, merge_cont=False,
                         number_mode="continue")
    rep.irr(s, "B3:F3", "`KODE<LF>SUB PROSES`, `Kode Lintas  Fungsi`",
            "header with a line break and with a double space")
    rep.irr(s, cell(*where[1.1]), "1.1 (a NUMBER cell)",
            "code typed without the `P` and stored by Excel as the number 1.1; intended `P1.1` "
            "(its lintas fungsi are P1.1.1 and P1.1.2)")

    s = "Lintas Fungsi"
    ws = wb.add_worksheet(s)
    page_setup(ws)
    ws.set_column(0, 0, 3)
    lf_widths(ws, 1, len(BAG_UNITS), unit_w=15)
    ws.write(0, 1, opd, fmt.caption)
    r = 2
    for t in BAG_LF:
        r = lf_table(ws, fmt, rep, s, r, 1, t["meta"], t["units"], t["acts"], t["mark"], t["kv"],
                     headers=t["headers"], numbering=True, title="Identifikasi Lintas Fungsi")
        r += 2
    first_lf = [tb for tb in rep.tables if tb[2] == "Lintas Fungsi"][0]
    rep.irr(s, first_lf[1], "`No.` `Aktivitas` `Unit Kerja Terkait` ...",
            "header synonym `Aktivitas` for KEGIATAN, mixed case")
    wb.close()

    subs, lfs = count_groups(BAG_SUB)
    rep.counts = dict(processes=len(BAG_PROC), sub_processes=subs, lintas_fungsi=lfs,
                      lf_tables=len(BAG_LF), activity_rows=sum(len(t["acts"]) for t in BAG_LF))
    rep.notes.append("Key/value values are written `CODE - Name`.")
    rep.invented += ["The whole submission (organisation, processes, sub processes, lintas fungsi, units, "
                     "activities). Bagian Organisasi is the unit that asks DPMPTSP for its LKjIP in seed 004, "
                     "and its processes mirror the Biro Organisasi NTT's (seed 003)."]
    REPORTS.append(rep)


def collision_notes():
    """Exact region code collisions between the two Kota Pasuruan submissions."""
    dp = {c: n for _, n, _, c in DPM_PROC}
    bp = {c: n for _, n, _, c in BAG_PROC}
    ds = {c: n for c, n, _ in DPM_SUB}
    bs = {c: n for _, _, subs in BAG_SUB for n, c, _ in subs}
    dl = {c: n for _, _, l in DPM_SUB for c, n in l}
    bl = {c: n for _, _, subs in BAG_SUB for _, _, l in subs for n, c in l}

    def same(a, b):
        return [c for c in a if isinstance(c, str) and c in b]

    pc, sc, lc = same(dp, bp), same(ds, bs), same(dl, bl)
    text = ("REGION COLLISION (deliberate) between `Kota Pasuruan/DPMPTSP.xlsx` and `Kota Pasuruan/"
            "Bagian Organisasi.xlsx`, every one naming DIFFERENT things: processes %s (e.g. P1 = `%s` vs "
            "`%s`); sub processes %s; lintas fungsi %s. Total %d codes (%d + %d + %d). P1.1 would be "
            "one more once Bagian Organisasi's numeric 1.1 is read as P1.1." % (
                ", ".join(pc), dp["P1"], bp["P1"], ", ".join(sc), ", ".join(lc),
                len(pc) + len(sc) + len(lc), len(pc), len(sc), len(lc)))
    for r in REPORTS:
        if r.region == "Kota Pasuruan":
            r.notes.append(text)


# --------------------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------------------

README_HEAD = """# Samples: realistic Peta Proses Bisnis submissions

Generated by `Scripts/make-samples.py` (do not edit the files or this README by hand; change
the script and rerun it: `.venv/bin/python Scripts/make-samples.py`). Output is byte-for-byte
deterministic.

Each region folder holds one submission per OPD, as a province's Biro Organisasi would receive
them. They are built from the seed documents in `../shared/seeds/` (see `DOMAIN.md`): real
organisation names, real process names and real codes wherever the seed has them, and plausible
invented content where the seed only has pictures (lintas fungsi activities and units mostly).
Every invention is listed below.

Most data is clean; the deliberate irregularities are listed per submission with sheet and cell.
For CSV the "sheet" is the file and the row of a cell reference is the PHYSICAL line (line 1 is the
first line after the BOM, a `sep=;` line counts as line 1, and a record with an embedded line break
occupies two lines, so the records after it sit one line lower) - the same numbering `probis dump`
uses. Tests may rely on every number below.

## Conventions used in the counts

* **processes**: data rows of the Identifikasi Proses table (no header, numbering, hint or `dst...` rows).
* **sub_processes**: sub process rows of the Sub Proses table (group rows are processes, not counted).
* **lintas_fungsi**: non-empty lintas fungsi codes in the Sub Proses table.
* **lf_tables**: Tabel Identifikasi Lintas Fungsi instances; **activity_rows**: their numbered
  activity rows in total.
* Not data anywhere: title rows, captions, numbering rows `(1) (2) ...`, italic hint rows
  (`No | Nama Proses | ...`), `dst...`/`dst....` rows, the second header row naming the units,
  hidden sheets.

## Region/OPD note

Seed 002 places Kecamatan Klambu in **Kabupaten Grobogan** (the seed's title page: "KECAMATAN
KLAMBU KABUPATEN GROBOGAN"; "Kudus" appears only in the street name "Jl. Raya Klambu Kudus"),
so the folder is `Kabupaten Grobogan/`, not `Kabupaten Kudus/`.

"""


def md_escape(s):
    return str(s).replace("|", "\\|").replace("\n", "<LF>")


def write_readme(spec_path):
    lines = [README_HEAD]
    lines.append("## Summary\n")
    lines.append("| submission | seed | processes | sub processes | lintas fungsi | LF tables | activity rows |")
    lines.append("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for rep in REPORTS:
        c = rep.counts
        lines.append("| `%s` | %s | %d | %d | %d | %d | %d |" % (
            rep.path, rep.seed.split(" ")[0], c["processes"], c["sub_processes"], c["lintas_fungsi"],
            c["lf_tables"], c["activity_rows"]))
    tot = {k: sum(r.counts[k] for r in REPORTS) for k in REPORTS[0].counts}
    lines.append("| **total** | | %d | %d | %d | %d | %d |" % (
        tot["processes"], tot["sub_processes"], tot["lintas_fungsi"], tot["lf_tables"],
        tot["activity_rows"]))
    lines.append("")
    for rep in REPORTS:
        lines.append("## `%s`\n" % rep.path)
        lines.append("* Region: **%s**; OPD: **%s**" % (rep.region, rep.opd))
        lines.append("* Seed: %s" % rep.seed)
        lines.append("* Format: %s" % rep.fmt)
        lines.append("* Layout: %s" % rep.layout)
        c = rep.counts
        lines.append("* Counts: processes **%d**, sub processes **%d**, lintas fungsi **%d**, "
                     "Lintas Fungsi tables **%d**, activity rows **%d**" % (
                         c["processes"], c["sub_processes"], c["lintas_fungsi"], c["lf_tables"],
                         c["activity_rows"]))
        lines.append("\nTables (header cell):\n")
        lines.append("| sheet / file | header at | table | details |")
        lines.append("| --- | --- | --- | --- |")
        for sh, at, kind, note in rep.tables:
            lines.append("| `%s` | %s | %s | %s |" % (sh, at, kind, md_escape(note)))
        lines.append("\nDeliberate irregularities:\n")
        if rep.irregular:
            for sh, at, val, why in rep.irregular:
                lines.append("* `%s!%s` %s: %s" % (sh, at, md_escape(val), why))
        else:
            lines.append("* none (this is the clean model)")
        if rep.notes:
            lines.append("\nOther layout facts:\n")
            for n in rep.notes:
                lines.append("* " + n)
        lines.append("\nInvented (not in the seed):\n")
        for n in rep.invented:
            lines.append("* " + n)
        lines.append("")
    lines.append("## Key/value variants of the Lintas Fungsi header block\n")
    lines.append("* `colon-cell`: label in the first column, `: value` (colon and value in ONE cell) two "
                 "columns to the right.")
    lines.append("* `next-cell`: label, then `:` alone in a cell, then the value in the next cell.")
    lines.append("* `label-colon`: `LABEL :` (colon at the end of the label cell), value two columns "
                 "to the right.")
    lines.append("")
    with open(spec_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


# --------------------------------------------------------------------------------------
# Verification
# --------------------------------------------------------------------------------------


def verify(out):
    try:
        import openpyxl
    except ImportError:
        print("warning: openpyxl missing, read-back check skipped", file=sys.stderr)
        return True
    ok = True
    for dirpath, _, files in sorted(os.walk(out)):
        for fn in sorted(files):
            p = os.path.join(dirpath, fn)
            rel = os.path.relpath(p, out)
            size = os.path.getsize(p)
            if size > 100_000:
                print("ERROR: %s is %d bytes (> 100 KB)" % (rel, size))
                ok = False
            if fn.endswith(".xlsx"):
                wb = openpyxl.load_workbook(p)
                parts = []
                for ws in wb.worksheets:
                    n = sum(1 for row in ws.iter_rows() for c in row if c.value is not None)
                    parts.append("%s[%s %s, %d cells, %d merged]" % (
                        ws.title, ws.sheet_state, ws.dimensions, n, len(ws.merged_cells.ranges)))
                print("%-62s %6d B  %s" % (rel, size, "; ".join(parts)))
            elif fn.endswith(".csv"):
                raw = open(p, "rb").read()
                assert raw.startswith(b"\xef\xbb\xbf"), rel
                text = raw[3:].decode("utf-8")
                body = text[len("sep=;\r\n"):] if text.startswith("sep=;") else text
                recs = list(csv.reader(io.StringIO(body, newline=""), delimiter=";"))
                widths = sorted(set(len(r) for r in recs))
                print("%-62s %6d B  %d records, widths %s" % (rel, size, len(recs), widths))
                if len(widths) != 1:
                    ok = False
                    print("ERROR: ragged CSV", rel)
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "Samples"))
    ap.add_argument("--spec", default=os.path.join(ROOT, "docs", "samples.md"))
    ap.add_argument("--no-verify", action="store_true")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    make_metro(a.out)
    make_klambu(a.out)
    make_ntt(a.out)
    make_dpmptsp(a.out)
    make_bagian_organisasi(a.out)
    collision_notes()
    write_readme(a.spec)
    if not a.no_verify and not verify(a.out):
        sys.exit(1)


if __name__ == "__main__":
    main()
