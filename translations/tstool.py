#!/usr/bin/env python3
"""Small helper for translating the .ts files without Qt Linguist (see translations/README.md).

  tstool.py todo  recdesk_es.ts > todo.json   # unfinished messages, as a JSON list to fill in
  tstool.py apply recdesk_es.ts todo.json     # write the filled-in translations back
  tstool.py stats recdesk_es.ts               # counts of finished / unfinished messages

Each JSON item: {"context", "source", "comment" (may be null), "numerus" (bool),
"translation": "text" or ["one", "many"] for numerus messages, and "suggestion": lupdate's
guess from a similar old string, when it made one}. Items whose translation is empty are
skipped. Run `cmake --build <dir> --target update_translations` afterwards: lupdate rewrites
the file in its own canonical layout.
"""
import json
import sys
import xml.etree.ElementTree as ET


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def key(context, message):
    return (context, message.findtext("source"), message.findtext("comment"))


def todo(path):
    root = ET.parse(path).getroot()
    items = []
    for context, message in messages(root):
        if message.find("translation").get("type") != "unfinished":
            continue
        numerus = message.get("numerus") == "yes"
        item = {"context": context, "source": message.findtext("source"),
                "comment": message.findtext("comment"), "numerus": numerus,
                "translation": ["", ""] if numerus else ""}
        # lupdate's guess from a similar old string, if any: a starting point, never applied as is.
        translation = message.find("translation")
        old = [f.text or "" for f in translation.findall("numerusform")] if numerus else translation.text
        if old and any(old):
            item["suggestion"] = old
        items.append(item)
    json.dump(items, sys.stdout, ensure_ascii=False, indent=1)
    print()


def apply(path, json_path):
    tree = ET.parse(path)
    wanted = {}
    for item in json.load(open(json_path, encoding="utf-8")):
        wanted[(item["context"], item["source"], item.get("comment"))] = item["translation"]
    applied = 0
    for context, message in messages(tree.getroot()):
        text = wanted.pop(key(context, message), None)
        if not text or (isinstance(text, list) and not all(text)):
            continue
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        translation.text = None
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = text if isinstance(text, list) else [text]
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text if isinstance(text, str) else text[0]
        applied += 1
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    print(f"{applied} translation(s) applied, {len(wanted)} not found in {path}", file=sys.stderr)
    for context, source, _ in wanted:
        print(f"  not found: [{context}] {source!r}", file=sys.stderr)


def stats(path):
    root = ET.parse(path).getroot()
    counts = {}
    for _, message in messages(root):
        kind = message.find("translation").get("type") or "finished"
        counts[kind] = counts.get(kind, 0) + 1
    numerus = sum(1 for _, m in messages(root) if m.get("numerus") == "yes")
    print(f"{path}: " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())) + f" ({numerus} with plurals)")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "todo":
        todo(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "apply":
        apply(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "stats":
        stats(sys.argv[2])
    else:
        sys.exit(__doc__)
