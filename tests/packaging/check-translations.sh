#!/usr/bin/env bash
# CI check for the Qt Linguist catalogues in resources/translations/:
#  - stale: lupdate over today's sources would change a catalogue (a string was
#    added, changed or removed and flaglab_*.ts were not updated);
#  - unfinished: a message has no translation (type="unfinished"), or a
#    translation drops or adds a placeholder (%1..%9, %n) or a newline.
# To update the catalogues: cmake --build BUILD --target update_translations
# (the same lupdate command as below), then translate with Qt Linguist:
#   /usr/lib/qt6/bin/linguist resources/translations/flaglab_ru.ts
set -euo pipefail
cd "$(dirname "$0")/../.."

lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
[[ -x $lupdate ]] || { echo "check-translations: $lupdate not found (apt-get install qt6-l10n-tools)" >&2; exit 2; }

# What lupdate reads; resources/translations/CMakeLists.txt reads the same.
sources=(app ui resources/translations/translations.cpp)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

status=0
shopt -s nullglob
catalogues=(resources/translations/flaglab_*.ts)
[[ ${#catalogues[@]} -gt 0 ]] || { echo "check-translations: no catalogues" >&2; exit 1; }
for ts in "${catalogues[@]}"; do
  fresh=$tmp/$(basename "$ts")
  cp "$ts" "$fresh"
  only=()
  [[ $ts == */flaglab_en.ts ]] && only=(-pluralonly)   # English: its plural forms only
  "$lupdate" -silent -no-obsolete -locations none "${only[@]}" "${sources[@]}" -ts "$fresh" 2>"$tmp/lupdate.err" || {
    cat "$tmp/lupdate.err" >&2; exit 2; }
  if ! cmp -s "$ts" "$fresh"; then
    echo "STALE: $ts does not match the sources; run: cmake --build BUILD --target update_translations"
    diff -u "$ts" "$fresh" | head -60 || true
    status=1
  fi
  python3 - "$fresh" <<'PY' || status=1
import re, sys, xml.etree.ElementTree as ET
path = sys.argv[1]
bad = 0
placeholders = re.compile(r'%(?:[1-9]|n)')
for context in ET.parse(path).getroot().iter('context'):
    name = context.findtext('name')
    for message in context.iter('message'):
        source = message.findtext('source') or ''
        tr = message.find('translation')
        forms = [f.text or '' for f in tr.iter('numerusform')] if message.get('numerus') == 'yes' else [tr.text or '']
        problem = None
        if tr.get('type') in ('unfinished', 'vanished', 'obsolete'):
            problem = tr.get('type')
        elif any(not f.strip() for f in forms):
            problem = 'empty'
        else:
            want = sorted(set(placeholders.findall(source)))
            for f in forms:
                if sorted(set(placeholders.findall(f))) != want and not (message.get('numerus') == 'yes' and '%n' not in source):
                    problem = 'placeholders %s vs %s' % (want, sorted(set(placeholders.findall(f))))
                if source.count('\n') != f.count('\n'):
                    problem = 'line breaks'
        if problem:
            bad += 1
            print('%s: %s: %s: %r' % (path.rsplit('/', 1)[-1], problem, name, source))
total = sum(1 for _ in ET.parse(path).getroot().iter('message'))
print('%s: %d messages, %d not finished' % (path.rsplit('/', 1)[-1], total, bad))
sys.exit(1 if bad else 0)
PY
done
if [[ $status -eq 0 ]]; then echo "check-translations: OK"; else echo "check-translations: FAILED"; fi
exit $status
