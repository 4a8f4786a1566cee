#!/usr/bin/env python3
"""Lists the UI string keys used in src/ (L["…"], Display names, error messages, labels) as a JSON array.
Used when adding translations: keys missing from Localization/fi.json or sv.json are printed with --missing."""
import json, os, re, sys

root = os.path.join(os.path.dirname(__file__), "..", "src", "Juurru.Web")
patterns = [
    r'\bL\[\s*"((?:[^"\\]|\\.)*)"',
    r'\bL\[\s*@"((?:[^"]|"")*)"',
    r'Display\(\s*Name\s*=\s*"((?:[^"\\]|\\.)*)"',
    r'\bErrorMessage\s*=\s*"((?:[^"\\]|\\.)*)"',
    r'\bReportFormatException\(\s*"((?:[^"\\]|\\.)*)"',
    r'\bImportException\(\s*"((?:[^"\\]|\\.)*)"',
    r'\bRequire\([^;]*?,\s*"((?:[^"\\]|\\.)*)"\)',
    r'PracticeIncompleteException[^:]*:\s*PracticeRuleException\("((?:[^"\\]|\\.)*)"',
    r'AddModelError\([^;]*?,\s*"((?:[^"\\]|\\.)*)"\)',
    r'\bE\(nameof\(\w+\),\s*"((?:[^"\\]|\\.)*)"',
    r'\bEvaluationRuleException\(\s*"((?:[^"\\]|\\.)*)"',
    r'\b(?:DefinitionError|AnswerError)\((?:[^;"]*?,\s*)?"((?:[^"\\]|\\.)*)"',
    r'errors\.Add\(new\((?:[^;"]*?,\s*)?"((?:[^"\\]|\\.)*)"',
    r'errors\.Add\(\(nameof\(\w+\),\s*"((?:[^"\\]|\\.)*)"\)\)',
    r'\bproblem = "((?:[^"\\]|\\.)*)"',
    r'\bwhen [^=\n]*=> "((?:[^"\\]|\\.)*)"',
    r'\bPlural\([^;"]*?,\s*"((?:[^"\\]|\\.)*)"',
    r'\bPlural\([^;"]*?,\s*"(?:[^"\\]|\\.)*",\s*"((?:[^"\\]|\\.)*)"',
]
# Keys chosen at run time: the labels of tuples in views, switch arms, workflow tables and messages.
dynamic_patterns = {
    ".cshtml": [
        r'\(\s*(?:nameof\([^)]*\)|"[^"]*")\s*,\s*"([^"]+)"',
        r'\(\s*(?:nameof\([^)]*\)|"[^"]*")\s*,\s*"[^"]+"\s*,\s*"([^"]+)"',
        r'=>\s*"([^"]+)"',
        r'\(\s*"([^"]+)",\s*(?:Model|p)\.\w+\)',
    ],
    "Details.cshtml.cs": [
        r'\(PracticeOperations\.\w+,\s*"\w+",\s*"([^"]+)"\)',
        r'RevisionAction\.\w+,\s*"([^"]+)"',
    ],
}
# Label tables: every string literal in these files is a key.
label_files = {"PracticeLabels.cs", "OrganisationLabels.cs", "IndicatorLabels.cs", "AdoptionLabels.cs", "FollowUpLabels.cs"}
keys = set()
for dirpath, _, files in os.walk(root):
    if "/bin" in dirpath or "/obj" in dirpath or "Migrations" in dirpath:
        continue
    for f in files:
        if not (f.endswith(".cs") or f.endswith(".cshtml")):
            continue
        text = open(os.path.join(dirpath, f), encoding="utf-8").read()
        if f in label_files:
            for m in re.finditer(r'=>\s*"((?:[^"\\]|\\.)*)"', text):
                keys.add(m.group(1))
        for suffix, extra in dynamic_patterns.items():
            if f.endswith(suffix):
                for p in extra:
                    for m in re.finditer(p, text):
                        keys.add(m.group(1))
        for p in patterns:
            for m in re.finditer(p, text):
                keys.add(m.group(1).replace('\\"', '"').replace("\\n", "\n"))
keys = {k for k in keys if re.search(r"[A-Za-z]", k)}
if "--missing" in sys.argv:
    loc = os.path.join(root, "Localization")
    for culture in ("fi", "sv"):
        table = json.load(open(os.path.join(loc, culture + ".json"), encoding="utf-8"))
        missing = sorted(k for k in keys if k not in table)
        print(f"{culture}: {len(missing)} missing")
        for k in missing:
            print("  " + json.dumps(k, ensure_ascii=False))
else:
    print(json.dumps(sorted(keys), ensure_ascii=False, indent=1))
