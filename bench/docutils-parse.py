"""Times docutils parsing the RST of every release of a manifest, as `npm run bench` compares it.

Each release's .rst sources are parsed one by one into a doctree (no writer runs), the way the
catalog build reads them: folders are expanded, and a file that another file of the release pulls in
with `.. include::` is parsed at the include only. Prints one JSON object: files, characters, CPU and
wall seconds. Run with a Python that has docutils (Debian: /usr/bin/python3 with python3-docutils).
"""
import json
import os
import re
import sys
import time

from docutils.core import publish_doctree

INCLUDE = re.compile(r"^\s*\.\.\s+include::\s*(\S+)", re.M)


def release_files(root, release):
    files = []
    for source in release["sources"]:
        path = os.path.join(root, source["path"])
        if os.path.isdir(path):
            for folder, _, names in sorted(os.walk(path)):
                files.extend(os.path.join(folder, n) for n in sorted(names) if n.endswith(".rst"))
        elif path.endswith(".rst"):
            files.append(path)
    texts = {f: open(f, encoding="utf-8").read() for f in files}
    included = set()
    for f, text in texts.items():
        for target in INCLUDE.findall(text):
            included.add(os.path.normpath(os.path.join(os.path.dirname(f), target)))
    return [(f, texts[f]) for f in files if os.path.normpath(f) not in included]


def main(manifest_path):
    root = os.path.dirname(os.path.abspath(manifest_path))
    with open(manifest_path, encoding="utf-8") as handle:
        manifest = json.load(handle)
    work = [item for release in manifest["releases"] for item in release_files(root, release)]
    settings = {"report_level": 5, "halt_level": 5, "warning_stream": False, "file_insertion_enabled": True}
    cpu, wall = time.process_time(), time.perf_counter()
    for path, text in work:
        publish_doctree(text, source_path=path, settings_overrides=settings)
    print(json.dumps({
        "files": len(work),
        "characters": sum(len(text) for _, text in work),
        "cpuSeconds": time.process_time() - cpu,
        "wallSeconds": time.perf_counter() - wall,
    }))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "content/releases.json")
