#!/usr/bin/env python3
"""Checks that every href and src of every page of a build made with a base URL
under PREFIX (e.g. /ccpub-ci/) stays under PREFIX and names a file of the build.

usage: check-base-path.py OUT PREFIX
"""
import pathlib
import re
import sys

out, prefix = pathlib.Path(sys.argv[1]), sys.argv[2]
files = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
bad, checked = [], 0
for page in sorted(p for p in files if p.endswith(".html")):
    for value in re.findall(r'(?:href|src)="([^"]*)"', (out / page).read_text(encoding="utf-8")):
        if re.match(r"^(https?:|mailto:|#)", value):
            continue
        checked += 1
        if not value.startswith(prefix):
            bad.append(f"{page}: {value} is not under {prefix}")
            continue
        target = re.split(r"[#?]", value[len(prefix):])[0]
        target = target + "index.html" if target == "" or target.endswith("/") else target
        if target not in files:
            bad.append(f"{page}: {value} names no file of the build")
print(f"base path {prefix}: {checked} links checked, {len(bad)} broken")
for line in bad:
    print(line)
sys.exit(1 if bad else 0)
