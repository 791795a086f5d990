#!/usr/bin/env python3
"""Regenerate src/domain/sources.rs from the shared reference's numbered source list.

Run by hand when the reference changes: python3 tools/gen_sources.py ../shared/reference/uk-trafficking-facts.md
"""
import re, sys

text = open(sys.argv[1], encoding="utf-8").read()
section = text.split("## 10. Sources", 1)[1]
out = ["//! Every source the app cites, generated from the shared reference's numbered list",
       "//! by tools/gen_sources.py. Content and data cite these by constant, so a missing",
       "//! or misspelt source is a compile error.", "",
       "use super::source::Source;", ""]
seen = set()
for line in section.splitlines():
    m = re.match(r"^\[(\d+[a-z]?)\]\s+(.*)$", line.strip())
    if not m:
        continue
    key, rest = m.groups()
    if key in seen:
        continue
    seen.add(key)
    urls = re.findall(r"https?://\S+", rest)
    url = urls[0].rstrip(";") if urls else ""
    cite = re.split(r"\s+https?://", rest)[0].strip()
    cite = cite.replace("**", "").replace("*", "").rstrip(" .")
    cite = cite.replace("\\", "\\\\").replace('"', '\\"')
    url = url.replace('"', '\\"')
    name = "S" + key.upper()
    out.append(f'pub const {name}: Source = Source {{ key: "{key}", citation: "{cite}", url: "{url}" }};')
out.append("")
sys.stdout.write("\n".join(out))
