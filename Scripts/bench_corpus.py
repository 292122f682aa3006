#!/usr/bin/env python3
"""Generate a deterministic, province-scale corpus of instrument-table workbooks.

Layout: OUT/<region>/<opd>.xlsx, one workbook per OPD, each with the three instrument
tables ("Identifikasi Proses", "Sub Proses", "Lintas Fungsi") written with XlsxWriter,
styled as a real submission would be (borders on every table cell, bold headers, wrap,
merged title and header cells).

The corpus is reused when OUT's stamp file (OUT + ".stamp", outside the corpus folder so
readers never see it) records the same parameters. Used by Scripts/bench; runs under the
benchmark venv (needs XlsxWriter).

--copies N (Scripts/bench --scale N) writes N times as many workbooks, all distinct: copy 1
is the corpus of --seed itself, copy k (k >= 2) draws its contents from seed "<seed>/k" and
names its regions "<region> k" (`Kota Batu 2`), in the folder names and the title rows alike.
Plain copies would be a false measure: probis counts identical copies of a workbook once.

    bench_corpus.py --out .bench/corpus [--regions 38] [--opds 40] [--seed 1] [--copies 1] [--procs 2]
"""
import argparse
import datetime
import hashlib
import json
import multiprocessing
import os
import random
import shutil
import sys
import time

# Bump when the generated content changes, so stale corpora are regenerated.
GENERATOR_VERSION = 1

# East Java's 38 kabupaten/kota, with the abbreviations used as code prefixes.
REGIONS = [
    ("Kabupaten Bangkalan", "BKL"), ("Kabupaten Banyuwangi", "BWI"), ("Kabupaten Blitar", "BLT"),
    ("Kabupaten Bojonegoro", "BJN"), ("Kabupaten Bondowoso", "BDW"), ("Kabupaten Gresik", "GSK"),
    ("Kabupaten Jember", "JBR"), ("Kabupaten Jombang", "JBG"), ("Kabupaten Kediri", "KDR"),
    ("Kabupaten Lamongan", "LMG"), ("Kabupaten Lumajang", "LMJ"), ("Kabupaten Madiun", "MDN"),
    ("Kabupaten Magetan", "MGT"), ("Kabupaten Malang", "MLG"), ("Kabupaten Mojokerto", "MJK"),
    ("Kabupaten Nganjuk", "NJK"), ("Kabupaten Ngawi", "NGW"), ("Kabupaten Pacitan", "PCT"),
    ("Kabupaten Pamekasan", "PMK"), ("Kabupaten Pasuruan", "PSR"), ("Kabupaten Ponorogo", "PNG"),
    ("Kabupaten Probolinggo", "PBL"), ("Kabupaten Sampang", "SPG"), ("Kabupaten Sidoarjo", "SDA"),
    ("Kabupaten Situbondo", "STB"), ("Kabupaten Sumenep", "SMP"), ("Kabupaten Trenggalek", "TRK"),
    ("Kabupaten Tuban", "TBN"), ("Kabupaten Tulungagung", "TLG"),
    ("Kota Batu", "BTU"), ("Kota Blitar", "KBLT"), ("Kota Kediri", "KKDR"), ("Kota Madiun", "KMDN"),
    ("Kota Malang", "KMLG"), ("Kota Mojokerto", "KMJK"), ("Kota Pasuruan", "KPSR"),
    ("Kota Probolinggo", "KPBL"), ("Kota Surabaya", "SBY"),
]

# (name, acronym, topics of its own processes)
OPDS = [
    ("Sekretariat Daerah", "SETDA", ["Kebijakan Pemerintahan", "Administrasi Kesejahteraan Rakyat", "Pengadaan Barang dan Jasa", "Organisasi dan Tata Laksana", "Hukum dan Perundang-undangan"]),
    ("Sekretariat DPRD", "SETWAN", ["Persidangan dan Perundang-undangan", "Fasilitasi Anggaran dan Pengawasan", "Hubungan Masyarakat dan Protokol"]),
    ("Inspektorat", "INSP", ["Pengawasan Internal", "Reviu Laporan Keuangan", "Audit Kinerja", "Penanganan Pengaduan Masyarakat"]),
    ("Dinas Pendidikan", "DISDIK", ["Pendidikan Anak Usia Dini", "Pendidikan Sekolah Dasar", "Pendidikan Sekolah Menengah Pertama", "Pendidik dan Tenaga Kependidikan", "Kurikulum dan Penilaian"]),
    ("Dinas Kesehatan", "DINKES", ["Kesehatan Masyarakat", "Pencegahan dan Pengendalian Penyakit", "Pelayanan Kesehatan", "Sumber Daya Kesehatan", "Kefarmasian dan Alat Kesehatan"]),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", ["Bina Marga", "Sumber Daya Air", "Cipta Karya", "Penataan Ruang", "Jasa Konstruksi"]),
    ("Dinas Perumahan Rakyat dan Kawasan Permukiman", "DPRKP", ["Perumahan", "Kawasan Permukiman", "Prasarana Sarana dan Utilitas", "Pertanahan"]),
    ("Satuan Polisi Pamong Praja", "SATPOLPP", ["Penegakan Peraturan Daerah", "Ketertiban Umum dan Ketenteraman Masyarakat", "Perlindungan Masyarakat"]),
    ("Badan Penanggulangan Bencana Daerah", "BPBD", ["Pencegahan dan Kesiapsiagaan", "Kedaruratan dan Logistik", "Rehabilitasi dan Rekonstruksi"]),
    ("Dinas Sosial", "DINSOS", ["Rehabilitasi Sosial", "Perlindungan dan Jaminan Sosial", "Pemberdayaan Sosial", "Penanganan Fakir Miskin"]),
    ("Dinas Tenaga Kerja", "DISNAKER", ["Pelatihan dan Produktivitas Tenaga Kerja", "Penempatan Tenaga Kerja", "Hubungan Industrial"]),
    ("Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "DP3A", ["Pengarusutamaan Gender", "Perlindungan Perempuan", "Pemenuhan Hak Anak"]),
    ("Dinas Ketahanan Pangan", "DKP", ["Ketersediaan dan Distribusi Pangan", "Konsumsi dan Keamanan Pangan", "Kerawanan Pangan"]),
    ("Dinas Lingkungan Hidup", "DLH", ["Pengendalian Pencemaran", "Pengelolaan Sampah dan Limbah B3", "Pertamanan dan Ruang Terbuka Hijau", "Kajian Dampak Lingkungan"]),
    ("Dinas Kependudukan dan Pencatatan Sipil", "DISPENDUKCAPIL", ["Pelayanan Pendaftaran Penduduk", "Pelayanan Pencatatan Sipil", "Pengelolaan Informasi Administrasi Kependudukan"]),
    ("Dinas Pemberdayaan Masyarakat dan Desa", "DPMD", ["Pemerintahan Desa", "Pemberdayaan Lembaga Kemasyarakatan", "Keuangan dan Aset Desa"]),
    ("Dinas Pengendalian Penduduk dan Keluarga Berencana", "DPPKB", ["Pengendalian Penduduk", "Keluarga Berencana", "Ketahanan dan Kesejahteraan Keluarga"]),
    ("Dinas Perhubungan", "DISHUB", ["Lalu Lintas Angkutan Jalan", "Sarana dan Prasarana Perhubungan", "Pengujian Kendaraan Bermotor", "Perparkiran"]),
    ("Dinas Komunikasi dan Informatika", "DISKOMINFO", ["Informasi dan Komunikasi Publik", "Aplikasi Informatika", "Persandian dan Keamanan Informasi", "Statistik Sektoral"]),
    ("Dinas Koperasi dan Usaha Mikro", "DISKOPUM", ["Kelembagaan Koperasi", "Pengawasan Koperasi", "Pemberdayaan Usaha Mikro"]),
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", ["Pelayanan Perizinan Berusaha", "Pelayanan Non Perizinan", "Promosi Penanaman Modal", "Pengendalian Pelaksanaan Penanaman Modal"]),
    ("Dinas Kepemudaan dan Olahraga", "DISPORA", ["Kepemudaan", "Keolahragaan", "Sarana dan Prasarana Olahraga"]),
    ("Dinas Kebudayaan dan Pariwisata", "DISBUDPAR", ["Destinasi Pariwisata", "Pemasaran Pariwisata", "Pelestarian Cagar Budaya", "Ekonomi Kreatif"]),
    ("Dinas Perpustakaan dan Kearsipan", "DISPUSIP", ["Layanan Perpustakaan", "Pembudayaan Kegemaran Membaca", "Pengelolaan Arsip Dinamis dan Statis"]),
    ("Dinas Perikanan", "DISKAN", ["Perikanan Budidaya", "Perikanan Tangkap", "Pengolahan dan Pemasaran Hasil Perikanan"]),
    ("Dinas Pertanian", "DISPERTA", ["Tanaman Pangan", "Hortikultura", "Peternakan dan Kesehatan Hewan", "Penyuluhan Pertanian", "Prasarana dan Sarana Pertanian"]),
    ("Dinas Perdagangan", "DISDAG", ["Pengelolaan Pasar Rakyat", "Metrologi Legal", "Perlindungan Konsumen", "Stabilisasi Harga Barang Pokok"]),
    ("Dinas Perindustrian", "DISPERIN", ["Pembinaan Industri Kecil dan Menengah", "Perizinan Industri", "Sentra Industri"]),
    ("Badan Perencanaan Pembangunan Daerah", "BAPPEDA", ["Perencanaan Pembangunan Daerah", "Pengendalian dan Evaluasi Pembangunan", "Penelitian dan Pengembangan", "Perencanaan Infrastruktur dan Kewilayahan"]),
    ("Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", ["Anggaran", "Perbendaharaan", "Akuntansi dan Pelaporan", "Pengelolaan Barang Milik Daerah"]),
    ("Badan Pendapatan Daerah", "BAPENDA", ["Pendaftaran dan Pendataan Pajak Daerah", "Penetapan dan Penagihan", "Pajak Bumi dan Bangunan", "Pengembangan Pendapatan Daerah"]),
    ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", ["Pengadaan dan Pemberhentian Pegawai", "Mutasi dan Promosi", "Pengembangan Kompetensi Aparatur", "Penilaian Kinerja dan Disiplin Pegawai"]),
    ("Badan Kesatuan Bangsa dan Politik", "BAKESBANGPOL", ["Wawasan Kebangsaan", "Politik Dalam Negeri", "Kewaspadaan Nasional dan Penanganan Konflik"]),
    ("Rumah Sakit Umum Daerah", "RSUD", ["Pelayanan Medis", "Pelayanan Penunjang Medis", "Keperawatan", "Rekam Medis dan Informasi Kesehatan"]),
]

KECAMATAN_NAMES = [
    "Kota", "Sukolilo", "Wonokromo", "Kenjeran", "Rungkut", "Gubeng", "Tegalsari", "Genteng",
    "Sawahan", "Krembangan", "Kandangan", "Sukodono", "Kedungkandang", "Lowokwaru", "Klojen",
    "Blimbing", "Sukun", "Pakis", "Singosari", "Lawang", "Karangploso", "Dau", "Pujon", "Ngantang",
    "Kepanjen", "Turen", "Dampit", "Gondanglegi", "Bululawang", "Wajak", "Tumpang", "Jabung",
    "Purwosari", "Pandaan", "Bangil", "Gempol", "Beji", "Rembang", "Wonorejo", "Grati",
    "Kraton", "Sukorejo", "Prigen", "Tutur", "Nongkojajar", "Lekok", "Nguling", "Winongan",
]

GENERIC_TOPICS = [
    "Perencanaan dan Penganggaran", "Pengelolaan Keuangan", "Administrasi Umum dan Kepegawaian",
    "Evaluasi dan Pelaporan Kinerja", "Pengelolaan Barang Milik Daerah", "Pelayanan Informasi Publik",
]

KEC_TOPICS = [
    "Pelayanan Administrasi Terpadu Kecamatan", "Pemerintahan Kelurahan dan Desa",
    "Ketenteraman dan Ketertiban Umum", "Pemberdayaan Masyarakat", "Kesejahteraan Sosial",
    "Pembangunan dan Perekonomian",
]

PROCESS_VERBS = [
    "Penyelenggaraan", "Pengelolaan", "Pembinaan", "Pelayanan", "Pengawasan", "Pengembangan",
    "Fasilitasi", "Koordinasi",
]

SUB_VERBS = [
    "Penyusunan Rencana", "Pelaksanaan", "Pemantauan dan Evaluasi", "Pembinaan Teknis",
    "Pendataan", "Verifikasi dan Validasi", "Sosialisasi", "Penyediaan Sarana", "Fasilitasi",
    "Pengendalian", "Penyusunan Standar", "Peningkatan Kapasitas", "Penyusunan Laporan",
]

LF_VERBS = [
    "Penyusunan Dokumen", "Penerbitan Surat Keputusan", "Pelaksanaan Rapat Koordinasi",
    "Penyaluran Bantuan", "Pelaksanaan Monitoring", "Penyusunan Laporan", "Verifikasi Berkas",
    "Pengajuan Usulan", "Pelaksanaan Bimbingan Teknis", "Penyelenggaraan Pelatihan",
    "Penyusunan Petunjuk Teknis", "Pengolahan Data", "Penyelesaian Pengaduan",
    "Penyusunan Kerangka Acuan Kerja", "Pelaksanaan Survei",
]

KEGIATAN = [
    "Menerima disposisi pimpinan dan menyiapkan bahan",
    "Menyusun konsep rencana kerja dan jadwal pelaksanaan",
    "Mengoreksi dan memberi paraf pada konsep",
    "Menandatangani surat undangan rapat koordinasi",
    "Menyelenggarakan rapat koordinasi dengan unit terkait",
    "Melakukan verifikasi kelengkapan berkas permohonan",
    "Melakukan validasi data ke lapangan",
    "Menyusun berita acara hasil verifikasi",
    "Menyusun draf surat keputusan",
    "Mengajukan draf keputusan kepada Kepala Dinas",
    "Menetapkan dan menandatangani keputusan",
    "Mendistribusikan dokumen kepada pihak terkait",
    "Mengarsipkan dokumen",
    "Menyusun laporan pelaksanaan kegiatan",
    "Melakukan monitoring dan evaluasi pelaksanaan",
    "Menyampaikan laporan kepada pimpinan",
    "Mengunggah data ke aplikasi",
    "Menghitung kebutuhan anggaran",
    "Menyiapkan nota dinas permohonan pencairan dana",
    "Melaksanakan sosialisasi kepada masyarakat",
    "Menginput usulan ke dalam SIPD",
    "Membahas hasil evaluasi bersama tim teknis",
    "Memeriksa kesesuaian dokumen dengan ketentuan",
    "Menindaklanjuti rekomendasi hasil pemeriksaan",
]

OUTPUTS = [
    "Nota Dinas", "Draf Rencana Kerja", "Surat Undangan", "Notulen Rapat", "Daftar Hadir",
    "Berita Acara Verifikasi", "Draf Surat Keputusan", "Surat Keputusan", "Laporan Kegiatan",
    "Data Hasil Validasi", "Dokumen Terarsip", "Laporan Monitoring dan Evaluasi",
    "Surat Pengantar", "Rencana Anggaran Biaya", "Surat Permintaan Pembayaran",
    "Bahan Paparan", "Rekapitulasi Usulan", "Tanda Terima Dokumen", "Lembar Disposisi",
]

UNITS_COMMON = [
    "Sekretariat", "Subbag Umum dan Kepegawaian", "Subbag Keuangan",
    "Subbag Perencanaan dan Pelaporan",
]

KEC_UNITS = [
    "Camat", "Sekretaris Kecamatan", "Subbag Umum dan Kepegawaian", "Subbag Perencanaan dan Keuangan",
    "Seksi Pemerintahan", "Seksi Ketenteraman dan Ketertiban Umum", "Seksi Pemberdayaan Masyarakat",
    "Seksi Kesejahteraan Sosial", "Seksi Pelayanan Umum", "Kelurahan",
]

TICKS = ["√", "√", "√", "v", "V", "x", "1"]  # mostly the tick; other marks seen in the field


def opd_list(n, rng):
    """The region's n OPDs: the agencies, then kecamatan (names drawn per region)."""
    out = [(name, acr, topics) for name, acr, topics in OPDS]
    kec = KECAMATAN_NAMES[:]
    rng.shuffle(kec)
    for i, k in enumerate(kec):
        out.append(("Kecamatan " + k, "KEC" + k[:3].upper() + str(i), KEC_TOPICS))
    while len(out) < n:  # only for unrealistically large --opds
        i = len(out)
        out.append(("Kecamatan Tambahan %d" % i, "KECT%d" % i, KEC_TOPICS))
    return out[:n]


def vary(rng, n, spread=0.3):
    """n +/- spread, at least 1."""
    return max(1, int(round(n * rng.uniform(1 - spread, 1 + spread))))


def build_model(rng, opd_name, opd_acr, topics, region_abbr):
    """The content: processes -> sub processes -> lintas fungsi -> activities."""
    prefix = region_abbr if rng.random() < 0.5 else opd_acr
    kec = opd_name.startswith("Kecamatan")
    head = {"Dinas": "Kepala Dinas", "Badan": "Kepala Badan", "Inspektorat": "Inspektur",
            "Satuan": "Kepala Satuan", "Rumah": "Direktur"}.get(opd_name.split()[0], "Sekretaris")
    units_pool = KEC_UNITS[:] if kec else [head] + UNITS_COMMON + ["Bidang " + t for t in topics] + [
        "Seksi " + t for t in topics[:2]] + ["UPT " + topics[0]]
    all_topics = list(dict.fromkeys(list(topics) + GENERIC_TOPICS))
    n_proc = min(vary(rng, 8), len(all_topics) * len(PROCESS_VERBS))
    n_sub_total = vary(rng, 30)
    n_lf_total = vary(rng, 60)
    # spread sub processes over processes, lintas fungsi over sub processes (each >= 1)
    subs_per_proc = spread_counts(rng, n_sub_total, n_proc)
    n_sub = sum(subs_per_proc)
    lfs_per_sub = spread_counts(rng, max(n_lf_total, n_sub), n_sub)
    jenis_cycle = ["Manajemen", "Utama", "Utama", "Pendukung", "Utama", "Pendukung", "Manajemen", "Utama"]
    processes = []
    used = set()
    sub_i = 0
    for p in range(n_proc):
        while True:
            pname = "%s %s" % (rng.choice(PROCESS_VERBS), rng.choice(all_topics))
            if pname not in used:
                used.add(pname)
                break
        pcode = "%s.%02d" % (prefix, p + 1)
        subs = []
        for s in range(subs_per_proc[p]):
            sname = "%s %s" % (rng.choice(SUB_VERBS), pname.split(" ", 1)[1])
            scode = "%s.%02d" % (pcode, s + 1)
            lfs = []
            for l in range(lfs_per_sub[sub_i]):
                lname = "%s %s" % (rng.choice(LF_VERBS), pname.split(" ", 1)[1])
                lcode = "%s.%02d" % (scode, l + 1)
                n_units = min(vary(rng, 6), len(units_pool))
                units = rng.sample(units_pool, n_units)
                acts = []
                for a in range(vary(rng, 8)):
                    k = rng.randint(1, min(3, n_units))
                    marked = sorted(rng.sample(range(n_units), k))
                    acts.append((rng.choice(KEGIATAN), marked, rng.choice(OUTPUTS), units[marked[-1]]))
                lfs.append((lname, lcode, units, acts))
            sub_i += 1
            subs.append((sname, scode, lfs))
        processes.append((pname, pcode, jenis_cycle[p % len(jenis_cycle)], subs))
    return processes


def spread_counts(rng, total, parts):
    counts = [1] * parts
    for _ in range(max(0, total - parts)):
        counts[rng.randrange(parts)] += 1
    return counts


def write_workbook(path, rng, region, region_abbr, opd_name, opd_acr, topics):
    import xlsxwriter

    processes = build_model(rng, opd_name, opd_acr, topics, region_abbr)
    wb = xlsxwriter.Workbook(path)
    # fixed metadata so the corpus is byte-for-byte reproducible
    wb.set_properties({"author": "Bagian Organisasi", "created": datetime.datetime(2024, 3, 1, 9, 0, 0)})
    border = {"border": 1, "valign": "vcenter", "font_name": "Arial", "font_size": 10}
    f_title = wb.add_format({"bold": True, "align": "center", "font_name": "Arial", "font_size": 12})
    f_head = wb.add_format(dict(border, bold=True, align="center", text_wrap=True, bg_color="#D9D9D9"))
    f_num = wb.add_format(dict(border, italic=True, align="center", font_size=8, bg_color="#F2F2F2"))
    f_cell = wb.add_format(dict(border, text_wrap=True))
    f_center = wb.add_format(dict(border, align="center"))
    f_group = wb.add_format(dict(border, bold=True, text_wrap=True, bg_color="#FFF2CC"))
    f_key = wb.add_format({"bold": True, "font_name": "Arial", "font_size": 10})
    f_val = wb.add_format({"font_name": "Arial", "font_size": 10})
    f_tick = wb.add_format(dict(border, align="center", font_size=12))
    f_unit = wb.add_format(dict(border, bold=True, align="center", text_wrap=True, bg_color="#D9D9D9", rotation=90 if rng.random() < 0.3 else 0))
    org_title = "%s %s" % (opd_name.upper(), region.upper())

    # --- Identifikasi Proses ---
    ws = wb.add_worksheet("Identifikasi Proses")
    ws.set_landscape()
    ws.set_paper(9)
    ws.set_column(0, 0, 6)
    ws.set_column(1, 1, 55)
    ws.set_column(2, 2, 18)
    ws.set_column(3, 3, 16)
    ws.merge_range(0, 0, 0, 3, "TABEL IDENTIFIKASI PROSES", f_title)
    ws.merge_range(1, 0, 1, 3, "PETA PROSES BISNIS " + org_title, f_title)
    r = 3
    for c, h in enumerate(["NO", "PROSES", "JENIS PROSES", "KODE"]):
        ws.write(r, c, h, f_head)
    r += 1
    for c in range(4):
        ws.write(r, c, "(%d)" % (c + 1), f_num)
    r += 1
    for i, (pname, pcode, jenis, _) in enumerate(processes):
        ws.write_number(r, 0, i + 1, f_center)
        ws.write_string(r, 1, pname, f_cell)
        ws.write_string(r, 2, jenis, f_center)
        ws.write_string(r, 3, pcode, f_center)
        r += 1

    # --- Sub Proses ---
    merge_cont = rng.random() < 0.5  # continuation rows merged vertically, or left blank
    ws = wb.add_worksheet("Sub Proses")
    ws.set_landscape()
    ws.set_paper(9)
    for c, w in enumerate([6, 45, 18, 50, 20]):
        ws.set_column(c, c, w)
    ws.merge_range(0, 0, 0, 4, "TABEL IDENTIFIKASI SUB PROSES - LINTAS FUNGSI - SOP AP", f_title)
    ws.merge_range(1, 0, 1, 4, org_title, f_title)
    r = 3
    for c, h in enumerate(["NO", "SUB PROSES", "KODE SUB PROSES", "LINTAS FUNGSI", "KODE LINTAS FUNGSI"]):
        ws.write(r, c, h, f_head)
    r += 1
    for c in range(5):
        ws.write(r, c, "(%d)" % (c + 1), f_num)
    r += 1
    for pname, pcode, _, subs in processes:
        ws.write_blank(r, 0, None, f_group)
        ws.write_string(r, 1, pname, f_group)
        ws.write_string(r, 2, pcode, f_group)
        ws.write_blank(r, 3, None, f_group)
        ws.write_blank(r, 4, None, f_group)
        r += 1
        for si, (sname, scode, lfs) in enumerate(subs):
            n = len(lfs)
            if merge_cont and n > 1:
                ws.merge_range(r, 0, r + n - 1, 0, si + 1, f_center)
                ws.merge_range(r, 1, r + n - 1, 1, sname, f_cell)
                ws.merge_range(r, 2, r + n - 1, 2, scode, f_center)
            else:
                ws.write_number(r, 0, si + 1, f_center)
                ws.write_string(r, 1, sname, f_cell)
                ws.write_string(r, 2, scode, f_center)
                for k in range(1, n):
                    for c in range(3):
                        ws.write_blank(r + k, c, None, f_cell)
            for k, (lname, lcode, _, _) in enumerate(lfs):
                ws.write_string(r + k, 3, lname, f_cell)
                ws.write_string(r + k, 4, lcode, f_center)
            r += n

    # --- Lintas Fungsi: one stacked table per lintas fungsi ---
    same_cell = rng.random() < 0.3  # "KEY : value" in one cell, else key | ": value"
    ws = wb.add_worksheet("Lintas Fungsi")
    ws.set_landscape()
    ws.set_paper(9)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 42)
    ws.set_column(2, 12, 11)
    ws.merge_range(0, 0, 0, 8, "TABEL IDENTIFIKASI LINTAS FUNGSI", f_title)
    ws.merge_range(1, 0, 1, 8, org_title, f_title)
    r = 3
    for pname, pcode, _, subs in processes:
        for sname, scode, lfs in subs:
            for lname, lcode, units, acts in lfs:
                for key, val in (("PROSES (KODE PROSES)", "%s (%s)" % (pname, pcode)),
                                 ("SUB PROSES (KODE SUB PROSES)", "%s (%s)" % (sname, scode)),
                                 ("LINTAS FUNGSI (KODE LINTAS FUNGSI)", "%s (%s)" % (lname, lcode))):
                    if same_cell:
                        ws.write_string(r, 1, "%s : %s" % (key, val), f_key)
                    else:
                        ws.write_string(r, 1, key, f_key)
                        ws.write_string(r, 2, ": " + val, f_val)
                    r += 1
                nu = len(units)
                ws.merge_range(r, 0, r + 1, 0, "NO", f_head)
                ws.merge_range(r, 1, r + 1, 1, "KEGIATAN", f_head)
                if nu > 1:
                    ws.merge_range(r, 2, r, 1 + nu, "UNIT KERJA TERKAIT", f_head)
                else:
                    ws.write_string(r, 2, "UNIT KERJA TERKAIT", f_head)
                ws.merge_range(r, 2 + nu, r + 1, 2 + nu, "OUTPUT", f_head)
                ws.merge_range(r, 3 + nu, r + 1, 3 + nu, "PENANGGUNG JAWAB", f_head)
                ws.set_row(r + 1, 60)
                for u, name in enumerate(units):
                    ws.write_string(r + 1, 2 + u, name, f_unit)
                r += 2
                for a, (keg, marked, out, pj) in enumerate(acts):
                    ws.write_number(r, 0, a + 1, f_center)
                    ws.write_string(r, 1, keg, f_cell)
                    for u in range(nu):
                        if u in marked:
                            ws.write_string(r, 2 + u, rng.choice(TICKS), f_tick)
                        else:
                            ws.write_blank(r, 2 + u, None, f_tick)
                    ws.write_string(r, 2 + nu, out, f_cell)
                    ws.write_string(r, 3 + nu, pj, f_cell)
                    r += 1
                r += 1  # blank row between tables
    wb.close()


def job(args):
    seed, ri, oi, region, abbr, opd, acr, topics, out = args
    rng = random.Random("%s:%d:%d" % (seed, ri, oi))
    d = os.path.join(out, region)
    path = os.path.join(d, opd + ".xlsx")
    write_workbook(path, rng, region, abbr, opd, acr, topics)
    return os.path.getsize(path)


def copy_seed(seed, k):
    """The seed of copy k (1-based): the corpus's own seed for the first copy."""
    return str(seed) if k == 1 else "%s/%d" % (seed, k)


def copy_region(region, k):
    """The region's name in copy k (1-based): `Kota Batu`, `Kota Batu 2`, ..."""
    return region if k == 1 else "%s %d" % (region, k)


def regions_list(n):
    out = list(REGIONS)
    while len(out) < n:
        i = len(out)
        out.append(("Kabupaten Tambahan %d" % i, "TMB%d" % i))
    return out[:n]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--regions", type=int, default=38)
    ap.add_argument("--opds", type=int, default=40)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--copies", type=int, default=1, help="N distinct copies of the corpus (other seeds and region names)")
    ap.add_argument("--procs", type=int, default=2)
    ap.add_argument("--force", action="store_true", help="regenerate even if the stamp matches")
    a = ap.parse_args()

    out = os.path.abspath(a.out.rstrip("/"))
    stamp_path = out + ".stamp"
    me = open(os.path.abspath(__file__), "rb").read()
    params = {"regions": a.regions, "opds": a.opds, "seed": str(a.seed), "copies": a.copies,
              "generator_version": GENERATOR_VERSION,
              "generator_sha256": hashlib.sha256(me).hexdigest()}
    if not a.force and os.path.isdir(out) and os.path.exists(stamp_path):
        try:
            old = json.load(open(stamp_path))
        except ValueError:
            old = {}
        if {k: old.get(k) for k in params} == params:
            print("corpus: reusing %s (%d files, %.1f MB; generated in %.1f s)" % (
                out, old.get("files", 0), old.get("bytes", 0) / 1e6, old.get("seconds", 0)))
            return 0

    if os.path.exists(stamp_path):
        os.remove(stamp_path)
    tmp = out + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    jobs = []
    for k in range(1, a.copies + 1):
        seed = copy_seed(a.seed, k)
        for ri, (base_region, abbr) in enumerate(regions_list(a.regions)):
            region = copy_region(base_region, k)
            os.makedirs(os.path.join(tmp, region))
            rng = random.Random("%s:region:%d" % (seed, ri))
            for oi, (opd, acr, topics) in enumerate(opd_list(a.opds, rng)):
                jobs.append((seed, ri, oi, region, abbr, opd, acr, topics, tmp))
    print("corpus: generating %s%d regions x %d OPDs = %d workbooks into %s (%d processes)..." % (
        "%d copies of " % a.copies if a.copies > 1 else "", a.regions, a.opds, len(jobs), out, a.procs), flush=True)
    t0 = time.perf_counter()
    if a.procs > 1:
        with multiprocessing.Pool(a.procs) as pool:
            sizes = pool.map(job, jobs, chunksize=8)
    else:
        sizes = [job(j) for j in jobs]
    dt = time.perf_counter() - t0
    shutil.rmtree(out, ignore_errors=True)
    os.rename(tmp, out)
    params.update(files=len(sizes), bytes=sum(sizes), seconds=round(dt, 2))
    with open(stamp_path, "w") as f:
        json.dump(params, f, indent=1)
    print("corpus: %d files, %.1f MB, generated in %.1f s" % (len(sizes), sum(sizes) / 1e6, dt))
    return 0


if __name__ == "__main__":
    sys.exit(main())
