#!/usr/bin/env bash
# make-dataset.sh - (re)build FlagLab's shipped flags data set from Debian packages.
#
# Writes, next to this script:
#   flags/{cc}/{cc}.gif          320x240 GIF, for the 194 codes below (lower-case names)
#   flags/{cc}/metadata.json     {"tld_cc": ".br", "iso_cc": "BR", "country": "Brazil", "gec_cc": "BR"}
#   flags/country-codes.txt      the 194 codes, upper case, space separated (the book's country_codes.txt)
#   flags.cmake                  FLAGLAB_DATASET_FILES, the file list compiled in by CMakeLists.txt
#
# Sources (see PROVENANCE.md):
#   iso-flags-png-320x240  /usr/share/iso-flags-png-320x240/{cc}.png   (images, public domain)
#   iso-codes              /usr/share/iso-codes/json/iso_3166-1.json   (country names)
#   imagemagick            convert (PNG -> GIF)
#   python3                JSON reading/writing (stdlib only)
# The GEC (CIA World Factbook, formerly FIPS 10-4) codes come from the table in this script.
#
# Re-runnable: the old flags/ is replaced only once the new one is complete. With the same
# package versions, a re-run gives byte-identical output (metadata stripped, single-threaded
# ImageMagick, no dithering, fixed ordering).
#
# Usage: resources/make-dataset.sh        (no arguments; run from anywhere)
set -euo pipefail

export LC_ALL=C
export MAGICK_THREAD_LIMIT=1   # deterministic quantisation

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$HERE/flags"
LIST="$HERE/flags.cmake"
PNG_DIR=/usr/share/iso-flags-png-320x240
ISO_JSON=/usr/share/iso-codes/json/iso_3166-1.json

die() { echo "make-dataset.sh: ERROR: $*" >&2; exit 1; }
need_pkg() { # need_pkg PATH PACKAGE WHAT
  [ -e "$1" ] || die "$3 not found: $1 -- install it with: apt-get install -y $2"
}

# The 194 codes of flags2 (spec "The data set"), upper case, alphabetical.
CODES="AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT
BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DZ EC EE
EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID
IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK
LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA
NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB
SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR
TT TV TW TZ UA UG US UY UZ VA VC VE VN VU WS YE ZA ZM ZW"

# ISO 3166-1 alpha-2 -> GEC (CIA World Factbook "Geopolitical Entities and Codes",
# the successor of FIPS 10-4). One pair per line: ISO GEC.
GEC_TABLE="
AD AN  AE AE  AF AF  AG AC  AL AL  AM AM  AO AO  AR AR  AT AU  AU AS
AZ AJ  BA BK  BB BB  BD BG  BE BE  BF UV  BG BU  BH BA  BI BY  BJ BN
BN BX  BO BL  BR BR  BS BF  BT BT  BW BC  BY BO  BZ BH  CA CA  CD CG
CF CT  CG CF  CH SZ  CI IV  CL CI  CM CM  CN CH  CO CO  CR CS  CU CU
CV CV  CY CY  CZ EZ  DE GM  DJ DJ  DK DA  DM DO  DZ AG  EC EC  EE EN
EG EG  ER ER  ES SP  ET ET  FI FI  FJ FJ  FM FM  FR FR  GA GB  GB UK
GD GJ  GE GG  GH GH  GM GA  GN GV  GQ EK  GR GR  GT GT  GW PU  GY GY
HN HO  HR HR  HT HA  HU HU  ID ID  IE EI  IL IS  IN IN  IQ IZ  IR IR
IS IC  IT IT  JM JM  JO JO  JP JA  KE KE  KG KG  KH CB  KI KR  KM CN
KN SC  KP KN  KR KS  KW KU  KZ KZ  LA LA  LB LE  LC ST  LI LS  LK CE
LR LI  LS LT  LT LH  LU LU  LV LG  LY LY  MA MO  MC MN  MD MD  ME MJ
MG MA  MH RM  MK MK  ML ML  MM BM  MN MG  MR MR  MT MT  MU MP  MV MV
MW MI  MX MX  MY MY  MZ MZ  NA WA  NE NG  NG NI  NI NU  NL NL  NO NO
NP NP  NR NR  NZ NZ  OM MU  PA PM  PE PE  PG PP  PH RP  PK PK  PL PL
PT PO  PW PS  PY PA  QA QA  RO RO  RS RI  RU RS  RW RW  SA SA  SB BP
SC SE  SD SU  SE SW  SG SN  SI SI  SK LO  SL SL  SM SM  SN SG  SO SO
SR NS  SS OD  ST TP  SV ES  SY SY  SZ WZ  TD CD  TG TO  TH TH  TJ TI
TL TT  TM TX  TN TS  TO TN  TR TU  TT TD  TV TV  TW TW  TZ TZ  UA UP
UG UG  US US  UY UY  UZ UZ  VA VT  VC VC  VE VE  VN VM  VU NH  WS WS
YE YM  ZA SF  ZM ZA  ZW ZI
"

# ---- tools and inputs --------------------------------------------------------------------
command -v python3 >/dev/null 2>&1 || die "python3 not found -- install it with: apt-get install -y python3"
command -v dpkg-query >/dev/null 2>&1 || die "dpkg-query not found (this script expects Debian/Ubuntu)"

# Prefer the real ImageMagick binary; make sure whatever we use really is ImageMagick.
CONVERT=""
for c in /usr/bin/convert-im6.q16 /usr/bin/convert "$(command -v convert 2>/dev/null || true)"; do
  if [ -n "$c" ] && [ -x "$c" ] && "$c" -version 2>/dev/null | grep -q '^Version: ImageMagick'; then
    CONVERT="$c"; break
  fi
done
[ -n "$CONVERT" ] || die "ImageMagick 'convert' not found -- install it with: apt-get install -y imagemagick"

need_pkg "$PNG_DIR" iso-flags-png-320x240 "flag image directory"
need_pkg "$ISO_JSON" iso-codes "ISO 3166-1 JSON"
for cc in $CODES; do
  need_pkg "$PNG_DIR/${cc,,}.png" iso-flags-png-320x240 "flag image for $cc"
done

# ---- build into a scratch directory, then swap it in -------------------------------------
TMP="$(mktemp -d "$HERE/.flags.tmp.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

# Metadata, country-codes.txt and flags.cmake (validates the code list and the GEC table).
CODES="$CODES" GEC_TABLE="$GEC_TABLE" python3 - "$ISO_JSON" "$TMP" "$TMP/flags.cmake" <<'PY'
import json, os, sys

iso_json, out, cmake_list = sys.argv[1:4]
codes = os.environ["CODES"].split()
pairs = os.environ["GEC_TABLE"].split()

def fail(msg):
    sys.exit("make-dataset.sh: ERROR: " + msg)

if len(codes) != 194 or len(set(codes)) != 194 or codes != sorted(codes):
    fail("code list must be 194 distinct codes in alphabetical order, got %d" % len(codes))
if len(pairs) % 2:
    fail("GEC table has an odd number of fields")
gec = dict(zip(pairs[0::2], pairs[1::2]))
if len(gec) * 2 != len(pairs):
    fail("GEC table has a duplicate ISO code")
if set(gec) != set(codes):
    fail("GEC table does not match the code list: missing %s, extra %s"
         % (sorted(set(codes) - set(gec)), sorted(set(gec) - set(codes))))
if len(set(gec.values())) != len(gec):
    fail("GEC table maps two countries to the same GEC code")

with open(iso_json, encoding="utf-8") as fp:
    entries = {e["alpha_2"]: e for e in json.load(fp)["3166-1"]}

files = ["flags/country-codes.txt"]
for cc in codes:
    e = entries.get(cc)
    if e is None:
        fail("%s is not in %s (iso-codes)" % (cc, iso_json))
    lc = cc.lower()
    meta = {
        "tld_cc": ".uk" if cc == "GB" else "." + lc,
        "iso_cc": cc,
        "country": e.get("common_name") or e["name"],
        "gec_cc": gec[cc],
    }
    os.makedirs(os.path.join(out, lc), exist_ok=True)
    with open(os.path.join(out, lc, "metadata.json"), "w", encoding="utf-8", newline="\n") as fp:
        fp.write(json.dumps(meta, ensure_ascii=False))
    files += ["flags/%s/%s.gif" % (lc, lc), "flags/%s/metadata.json" % lc]

with open(os.path.join(out, "country-codes.txt"), "w", encoding="ascii", newline="\n") as fp:
    fp.write(" ".join(codes) + "\n")

with open(cmake_list, "w", encoding="ascii", newline="\n") as fp:
    fp.write("# Generated by make-dataset.sh -- do not edit. Paths are relative to resources/.\n")
    fp.write("set(FLAGLAB_DATASET_FILES\n")
    for f in files:
        fp.write("  " + f + "\n")
    fp.write(")\n")
PY

# Images: strip all metadata (no timestamps/comments), no dithering (smaller, deterministic).
n=0
for cc in $CODES; do
  lc="${cc,,}"
  "$CONVERT" "$PNG_DIR/$lc.png" -strip +dither "GIF:$TMP/$lc/$lc.gif"
  head -c 4 "$TMP/$lc/$lc.gif" | grep -q '^GIF8' || die "conversion of $lc.png did not give a GIF"
  n=$((n + 1))
done
[ "$n" -eq 194 ] || die "expected 194 flags, made $n"

# Swap in the result.
mv "$TMP/flags.cmake" "$LIST.new"
rm -rf "$OUT"
mv "$TMP" "$OUT"
trap - EXIT
chmod 755 "$OUT"
mv "$LIST.new" "$LIST"

echo "make-dataset.sh: wrote $n flags to $OUT ($(du -sh "$OUT" | cut -f1)) and $LIST"
echo "make-dataset.sh: sources:"
dpkg-query -W -f '  ${Package} ${Version}\n' iso-flags-png-320x240 iso-codes imagemagick 2>/dev/null || true
echo "  $("$CONVERT" -version | head -1)"
