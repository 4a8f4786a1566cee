#!/usr/bin/env python3
"""Adds translations to Localization/fi.json and sv.json, keeping both sorted.
Usage: tools/add-translations.py new.json   where new.json maps each English key to [finnish, swedish]."""
import json, os, sys

loc = os.path.join(os.path.dirname(__file__), "..", "src", "Juurru.Web", "Localization")
new = json.load(open(sys.argv[1], encoding="utf-8"))
for i, culture in enumerate(["fi", "sv"]):
    path = os.path.join(loc, culture + ".json")
    table = json.load(open(path, encoding="utf-8"))
    for key, values in new.items():
        table[key] = values[i]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(dict(sorted(table.items())), f, ensure_ascii=False, indent=2)
        f.write("\n")
