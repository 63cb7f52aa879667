"""Export the slice of the Kepmendagri region codes this corpus uses (run once; data only).

Source: db/wilayah.sql of the public repository cahyadsn/wilayah (MIT; "Data Kode Wilayah sesuai
Kepmendagri No 300.2.2-2138 Tahun 2025"). For each of the 38 provinces: 3 regencies/cities (one
city where there is one), up to 5 districts each, up to 8 villages (desa 2xxx / kelurahan 1xxx)
per district.

    python3 extract_regions.py /path/to/wilayah.sql > regions.json
"""

import json
import random
import re
import sys


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        rows = re.findall(r"\('([0-9.]+)','((?:[^'\\]|\\.|'')*)'\)", f.read())
    names = {k: v.replace("''", "'") for k, v in rows}
    rng = random.Random(8)  # noqa: S311 - a reproducible sample, not crypto
    out = []
    provs = sorted(k for k in names if len(k) == 2)
    for p in provs:
        regs = sorted(k for k in names if len(k) == 5 and k.startswith(p + "."))
        cities = [r for r in regs if r[3] == "7"]
        kabs = [r for r in regs if r[3] != "7"]
        pick = (rng.sample(cities, 1) if cities else []) + rng.sample(
            kabs, min(len(kabs), 3 - min(1, len(cities)))
        )
        preg = []
        for r in sorted(pick):
            dists = sorted(k for k in names if len(k) == 8 and k.startswith(r + "."))
            dpick = sorted(rng.sample(dists, min(5, len(dists))))
            dl = []
            for d in dpick:
                vills = sorted(k for k in names if len(k) == 13 and k.startswith(d + "."))
                vp = sorted(rng.sample(vills, min(8, len(vills))))
                dl.append(
                    {
                        "code": d.replace(".", ""),
                        "name": names[d].strip(),
                        "villages": [[v.replace(".", ""), names[v].strip()] for v in vp],
                    }
                )
            preg.append({"code": r.replace(".", ""), "name": names[r].strip(), "districts": dl})
        out.append({"code": p, "name": names[p].strip(), "regencies": preg})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
