#!/usr/bin/env python3
"""Floor for Scripts/bench: only inflate (zlib) every .xml part of every workbook.

Single process; zipfile's read also checks each part's CRC-32, as any reader must.
No XML is parsed: no reader can be faster than this in Python's zlib. Prints one line:

    files=N parts=N compressed=BYTES inflated=BYTES errors=N
"""
import sys
import zipfile

from bench_walk import workbooks


def main():
    root = sys.argv[1]
    files = parts = compressed = inflated = errors = 0
    for path in workbooks(root):
        files += 1
        try:
            with zipfile.ZipFile(path) as z:
                for info in z.infolist():
                    if info.filename.endswith(".xml"):
                        inflated += len(z.read(info))
                        compressed += info.compress_size
                        parts += 1
        except (zipfile.BadZipFile, OSError) as e:
            errors += 1
            print("error: %s: %s" % (path, e), file=sys.stderr)
    print("files=%d parts=%d compressed=%d inflated=%d errors=%d" % (files, parts, compressed, inflated, errors))


if __name__ == "__main__":
    main()
