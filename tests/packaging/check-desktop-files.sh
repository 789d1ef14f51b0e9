#!/usr/bin/env bash
# CI check: the desktop entry and the AppStream metainfo pass Debian's validators
# (desktop-file-utils, appstream; offline), and both name the same application id,
# icon and program.
set -euo pipefail
cd "$(dirname "$0")/../.."

id=io.github.flaglab.FlagLab
desktop=packaging/$id.desktop
metainfo=packaging/$id.metainfo.xml
icon=resources/icons/$id.svg

desktop-file-validate "$desktop"
echo "desktop-file-validate $desktop: OK"
appstreamcli validate --no-net "$metainfo"
python3 - "$id" "$desktop" "$metainfo" "$icon" <<'PY'
import sys, configparser, xml.etree.ElementTree as ET
app_id, desktop, metainfo, icon = sys.argv[1:]
entry = configparser.ConfigParser(interpolation=None, strict=False)
entry.optionxform = str
entry.read(desktop, encoding='utf-8')
d = entry['Desktop Entry']
root = ET.parse(metainfo).getroot()
problems = []
if d.get('Icon') != app_id: problems.append('desktop Icon is not ' + app_id)
if d.get('Exec', '').split()[0] != 'flaglab': problems.append('desktop Exec does not start flaglab')
if root.findtext('id') != app_id: problems.append('metainfo id is not ' + app_id)
if root.findtext('launchable') != app_id + '.desktop': problems.append('metainfo launchable is not ' + app_id + '.desktop')
svg = ET.parse(icon).getroot()
if not svg.tag.endswith('svg'): problems.append(icon + ' is not an SVG')
for p in problems: print('check-desktop-files:', p)
sys.exit(1 if problems else 0)
PY
echo "check-desktop-files: OK"
