#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Journey Connector developers
# SPDX-License-Identifier: MIT
#
# Checks the translation setup. Usage: scripts/check-translations.py [BUILD_DIR]   (default: build)
#
# 1. Contexts: runs lupdate over the same sources as the update_translations target (the project file CMake
#    writes into BUILD_DIR) into a scratch .ts with source locations, and reports every message that lupdate
#    files under a context the code does not look up at run time. The run-time contexts of a .cpp are read
#    from it and its header: literal QCoreApplication::translate("…")/QT_TRANSLATE_NOOP("…") contexts,
#    Q_DECLARE_TR_FUNCTIONS(…) arguments and Q_OBJECT classes. A file-local `QString tr(const char*)` helper
#    shows up here: lupdate files its strings under the enclosing class or namespace, not the helper's context.
# 2. Plurals: every source text with %n is a numerus message.
# 3. The committed .ts files: nothing unfinished, vanished or obsolete, two forms per numerus message (de, fr),
#    and every translation uses the placeholders of its source (%1…%99, %n).
# Exits non-zero when anything is reported.

import collections
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LUPDATE = os.environ.get('LUPDATE', '/usr/lib/qt6/bin/lupdate')
PLACEHOLDER = re.compile(r'%(\d{1,2}|n)')
RUNTIME = re.compile(r'(?:QCoreApplication|QApplication|QGuiApplication)::translate\(\s*"([^"]+)"'
                     r'|QT_TRANSLATE_N?_?NOOP3?\(\s*"([^"]+)"'
                     r'|Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\)')


def runtime_contexts(path):
    contexts = set()
    paths = [path]
    base, ext = os.path.splitext(path)
    if ext == '.cpp' and os.path.exists(base + '.h'):
        paths.append(base + '.h')
    for p in paths:
        with open(p, encoding='utf-8') as f:
            text = f.read()
        for m in RUNTIME.finditer(text):
            contexts.add(next(g for g in m.groups() if g))
        namespaces = re.findall(r'^namespace\s+([\w:]+)\s*\{', text, re.M)
        for m in re.finditer(r'class\s+(\w+)[^;{]*\{[^}]*?\bQ_OBJECT\b', text, re.S):
            contexts.add('::'.join(namespaces + [m.group(1)]))
    return contexts


def messages(ts):
    for context in ET.parse(ts).getroot().iter('context'):
        for message in context.iter('message'):
            yield context.findtext('name'), message


def check_contexts(build_dir):
    project = os.path.join(build_dir, 'app', '.lupdate', 'journey-connector_project.json')
    if not os.path.exists(project):
        return [f'{project} is missing: build the update_translations target once (it writes the project file)']
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        ts = os.path.join(scratch, 'scan.ts')
        subprocess.run([LUPDATE, '-project', project, '-ts', ts, '-locations', 'absolute', '-silent'],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        recorded = collections.defaultdict(collections.Counter)
        for name, message in messages(ts):
            for location in message.iter('location'):
                recorded[os.path.normpath(os.path.join(scratch, location.get('filename')))][name] += 1
            if '%n' in message.findtext('source') and message.get('numerus') != 'yes':
                problems.append(f'{name}: "{message.findtext("source")}" has %n but is not a plural (numerus) message')
    for path in sorted(recorded):
        runtime = runtime_contexts(path)
        for name, count in sorted(recorded[path].items()):
            if name not in runtime:
                problems.append(f'{os.path.relpath(path, ROOT)}: {count} message(s) filed under "{name}"; '
                                f'the code looks up {sorted(runtime)}')
    return problems


def check_ts(ts):
    problems = []
    for name, message in messages(ts):
        source = message.findtext('source')
        translation = message.find('translation')
        if translation.get('type'):
            problems.append(f'{ts}: {name}: "{source}" is {translation.get("type")}')
            continue
        if message.get('numerus') == 'yes':
            forms = [f.text or '' for f in translation.findall('numerusform')]
            if len(forms) != 2:
                problems.append(f'{ts}: {name}: "{source}" has {len(forms)} plural forms, expected 2')
        else:
            forms = [translation.text or '']
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            found = sorted(set(PLACEHOLDER.findall(form)))
            if not form.strip() or found != wanted:
                problems.append(f'{ts}: {name}: "{source}" -> "{form}": placeholders {found}, expected {wanted}')
    return problems


def main():
    build_dir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'build'))
    problems = check_contexts(build_dir)
    translations = os.path.join(ROOT, 'translations')
    for name in sorted(os.listdir(translations)):
        if name.endswith('.ts'):
            problems += check_ts(os.path.join(translations, name))
    for problem in problems:
        print(problem)
    print(f'{len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
