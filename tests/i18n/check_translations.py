#!/usr/bin/python3
"""Fails unless every translations/*.ts file is up to date with the sources and complete.

1. Runs lupdate, with the project description that qt_add_translations wrote for the `sandi`
   target, over temporary copies of the .ts files, and compares the messages (context, source,
   disambiguation, plural or not) with the committed files: a tr() string that is not yet in a .ts
   file, or an entry whose string has left the sources, fails.
2. Checks each committed message: no type="unfinished", "vanished" or "obsolete"; no empty
   translation or plural form; the same %1..%99 and %n placeholders as the source; an &-accelerator
   in the translation exactly when the source has one.

A file whose language is its source language (sandi_en.ts: English source text) may leave a
translation empty, which means "use the source text", but its plural forms must be filled in
("%n second" / "%n seconds") and it must not be unfinished either.

Usage: check_translations.py --lupdate LUPDATE --cmake CMAKE --generate-script GenerateLUpdateProject.cmake
                             --project-in BUILD/.lupdate/sandi_project.cmake TS_FILE...
Python 3 standard library only.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?([1-9][0-9]?|n)")
# "&x" is an accelerator; "&&" is a literal ampersand.
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


def key(context, message):
    comment = message.findtext("comment") or ""
    return (context, message.findtext("source") or "", comment, message.get("numerus") == "yes")


def location(ts_path, message):
    """file:line of a message's first use, relative to the current directory when possible."""
    loc = message.find("location")
    if loc is None:
        return "(no location)"
    path = os.path.normpath(os.path.join(os.path.dirname(ts_path), loc.get("filename", "")))
    rel = os.path.relpath(path)
    return f"{path if rel.startswith('..') else rel}:{loc.get('line', '?')}"


def read_ts(path):
    """(root, {key: (context name, message element)}) of one .ts file."""
    root = ET.parse(path).getroot()
    messages = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages[key(name, message)] = message
    return root, messages


def placeholders(text):
    """The distinct placeholders of text, e.g. ["%1", "%n"]; %L1 counts as %1."""
    return sorted({"%" + number for number in PLACEHOLDER.findall(text or "")})


def check_message(message, source_language_file, plural_forms):
    """The problems of one committed message, as short phrases."""
    problems = []
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None:
        return ["no <translation> element"]
    kind = translation.get("type")
    if kind in ("unfinished", "vanished", "obsolete"):
        problems.append(f'type="{kind}"')
    if message.get("numerus") == "yes":
        forms = [form.text or "" for form in translation.findall("numerusform")]
        if plural_forms is not None and len(forms) != plural_forms:
            problems.append(f"{len(forms)} plural form(s), the language has {plural_forms}")
        texts = forms
        if not forms or any(not form for form in forms):
            problems.append("empty plural form")
    else:
        text = translation.text or ""
        texts = [text] if text else []
        if not text and not source_language_file:
            problems.append("empty translation")
    for text in texts:
        if placeholders(text) != placeholders(source):
            found = ", ".join(placeholders(text)) or "none"
            problems.append(f"placeholders {found} instead of {', '.join(placeholders(source))} in {text!r}")
        if bool(ACCELERATOR.search(text)) != bool(ACCELERATOR.search(source)):
            problems.append(f"&-accelerator added or lost in {text!r}")
    return problems


def is_source_language_file(root):
    language = (root.get("language") or "").split("_")[0]
    source_language = (root.get("sourcelanguage") or "en").split("_")[0]
    return language == source_language


def refresh_copies(args, ts_files, workdir):
    """Copies of ts_files refreshed by lupdate from the current sources; None if lupdate failed."""
    project = os.path.join(workdir, "project.json")
    generate = [args.cmake, f"-DIN_FILE={args.project_in}", f"-DOUT_FILE={project}", "-P", args.generate_script]
    copies = []
    for i, ts in enumerate(ts_files):
        copy = os.path.join(workdir, f"{i}-{os.path.basename(ts)}")
        shutil.copyfile(ts, copy)
        copies.append(copy)
    lupdate = [args.lupdate, "-no-obsolete", "-locations", "absolute", "-project", project, "-ts", *copies]
    for command in (generate, lupdate):
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode != 0:
            print(f"FAILED: {' '.join(command)}\n{run.stdout}{run.stderr}")
            return None
    return copies


def compare_with_sources(ts, copy):
    """Messages that lupdate would add to or remove from `ts`."""
    _, committed = read_ts(ts)
    _, fresh = read_ts(copy)
    errors = []
    for k in sorted(fresh.keys() - committed.keys()):
        errors.append(f"{location(copy, fresh[k])}: [{k[0]}] {k[1]!r}: not in {os.path.basename(ts)}; "
                      "run `ninja update_translations` and translate it")
    for k in sorted(committed.keys() - fresh.keys()):
        errors.append(f"{location(ts, committed[k])}: [{k[0]}] {k[1]!r}: in {os.path.basename(ts)} "
                      "but no longer in the sources; run `ninja update_translations`")
    return errors, fresh


def check_file(ts, copy):
    errors, fresh = compare_with_sources(ts, copy)
    root, committed = read_ts(ts)
    source_language_file = is_source_language_file(root)
    for k, message in committed.items():
        plural_forms = None
        if k in fresh and message.get("numerus") == "yes":
            # lupdate gives a plural message as many forms as the file's language has.
            translation = fresh[k].find("translation")
            plural_forms = len(translation.findall("numerusform")) if translation is not None else None
        for problem in check_message(message, source_language_file, plural_forms):
            errors.append(f"{location(ts, message)}: [{k[0]}] {k[1]!r}: {problem}")
    return errors, len(committed)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--cmake", required=True)
    parser.add_argument("--generate-script", required=True, help="Qt's GenerateLUpdateProject.cmake")
    parser.add_argument("--project-in", required=True, help="the .lupdate/<target>_project.cmake of the build")
    parser.add_argument("ts_files", nargs="+")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="sandi-i18n-") as workdir:
        copies = refresh_copies(args, args.ts_files, workdir)
        if copies is None:
            return 1
        failed = False
        for ts, copy in zip(args.ts_files, copies):
            errors, count = check_file(ts, copy)
            if errors:
                failed = True
                print(f"{ts}: {len(errors)} problem(s) in {count} messages:")
                for error in errors:
                    print(f"  {error}")
            else:
                print(f"{ts}: {count} messages, up to date and complete")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
