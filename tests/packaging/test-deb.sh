#!/usr/bin/env bash
# Packaging test: builds the .deb with CPack from a build folder, checks its
# control fields and contents, unpacks it into a clean root (dpkg -x) and runs
# the programs from there; in CI as root it also installs it with dpkg -i, runs
# the installed programs, and removes it again.
#
#   tests/packaging/test-deb.sh [BUILD_DIR]      # default: build-deb (configured if missing)
#
# Runs: flaglab-cli --embedded -a (194 flags from the built-in LOCAL server),
# the window under Xvfb for one scripted run, and the translations of the
# installed programs. Needs only packaging/build-deps.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
src=$PWD
build=${1:-build-deb}

if [[ ! -f $build/CMakeCache.txt ]]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF
fi
cmake --build "$build" -j "$(nproc)"
rm -f "$build"/flaglab_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
debs=("$build"/flaglab_*.deb)
deb=$(realpath "${debs[0]}")
echo "== $deb"

tmp=$(mktemp -d)
installed_by_us=0
cleanup() {
  [[ $installed_by_us -eq 1 ]] && dpkg -r flaglab >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "test-deb: FAILED: $*" >&2; exit 1; }

# Control fields.
dpkg-deb -f "$deb" Package Version Architecture Maintainer Section Depends
[[ $(dpkg-deb -f "$deb" Package) == flaglab ]] || fail "package name"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6network6 libqt6widgets6 libqcustomplot2.1-qt6 libc6; do
  [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done
[[ -n $(dpkg-deb -f "$deb" Description) ]] || fail "no description"
[[ -n $(dpkg-deb -f "$deb" Maintainer) ]] || fail "no maintainer"

# Contents: an FHS layout under /usr.
dpkg-deb -c "$deb" | awk '{print $6}' > "$tmp/contents"
for path in ./usr/bin/flaglab ./usr/bin/flaglab-cli ./usr/bin/flaglab-server \
            ./usr/share/applications/io.github.flaglab.FlagLab.desktop \
            ./usr/share/metainfo/io.github.flaglab.FlagLab.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/io.github.flaglab.FlagLab.svg \
            ./usr/share/man/man1/flaglab.1.gz ./usr/share/man/man1/flaglab-cli.1.gz \
            ./usr/share/man/man1/flaglab-server.1.gz ./usr/share/doc/flaglab/copyright; do
  grep -qxF "$path" "$tmp/contents" || fail "$path is not in the package"
done

# The installed files still pass the validators.
dpkg-deb -x "$deb" "$tmp/root"
desktop-file-validate "$tmp/root/usr/share/applications/io.github.flaglab.FlagLab.desktop"
appstreamcli validate --no-net "$tmp/root/usr/share/metainfo/io.github.flaglab.FlagLab.metainfo.xml" >/dev/null
# The man pages are the programs' --help.
zcat "$tmp/root/usr/share/man/man1/flaglab-cli.1.gz" | grep >/dev/null 'allow\\-remote\\-load' || fail "flaglab-cli.1 lacks --allow-remote-load"
zcat "$tmp/root/usr/share/man/man1/flaglab.1.gz" | grep >/dev/null 'quit\\-when\\-done' || fail "flaglab.1 lacks --quit-when-done"

# Runs the programs in bin/ (of the clean root, then of the system) in a
# scratch home, so that no settings or downloads of the user are touched.
run_programs() {  # bindir
  local bin=$1 work
  work=$(mktemp -d -p "$tmp")
  echo "== programs in $bin"
  (
    cd "$work"
    export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
    export LC_ALL= LANGUAGE= LANG=C.UTF-8
    "$bin/flaglab-cli" --version
    timeout 120 "$bin/flaglab-cli" --embedded -a | tee cli.txt
    grep -qx '194 flags downloaded.' cli.txt || { echo "no '194 flags downloaded.' line" >&2; exit 1; }
    [[ $(ls downloaded | wc -l) -eq 194 ]] || { echo "not 194 files in downloaded/" >&2; exit 1; }

    # Translations are compiled in: the system language translates the help,
    # the report stays in the book's English unless --lang asks.
    # grep reads all (no -q): leaving early would make the writer die of
    # SIGPIPE, and pipefail report it as a failure.
    LANG=ru_RU.UTF-8 "$bin/flaglab-cli" --help | grep >/dev/null 'Загрузка флагов' || { echo "no Russian help" >&2; exit 1; }
    LANG=pt_BR.UTF-8 "$bin/flaglab-cli" --help | grep >/dev/null 'Baixa bandeiras' || { echo "no Portuguese help" >&2; exit 1; }
    LANG=ru_RU.UTF-8 timeout 60 "$bin/flaglab-cli" --embedded BR CN | grep >/dev/null -x '  2 flags downloaded.' \
      || { echo "the report is not in English without --lang" >&2; exit 1; }
    timeout 60 "$bin/flaglab-cli" --lang ru --embedded BR CN | grep >/dev/null -x '  2 флага загружено.' \
      || { echo "--lang ru did not translate the report" >&2; exit 1; }

    # The window, for one scripted run against its own built-in LOCAL server.
    timeout 180 xvfb-run -a -s "-screen 0 1600x1000x24" \
      "$bin/flaglab" -s LOCAL -al 20 --start --quit-when-done --screenshot "$work/window.png"
    [[ -s $work/window.png ]] || { echo "the window saved no screenshot" >&2; exit 1; }
    echo "window: exit 0, $(stat -c %s "$work/window.png") bytes of PNG"
  ) || fail "programs in $bin"
}

run_programs "$tmp/root/usr/bin"

if [[ ${CI:-} == true && $(id -u) -eq 0 ]]; then
  echo "== dpkg -i (CI, root)"
  dpkg -i "$deb"
  installed_by_us=1
  [[ $(command -v flaglab-cli) == /usr/bin/flaglab-cli ]] || fail "flaglab-cli is not on PATH"
  run_programs /usr/bin
  man -w flaglab-cli >/dev/null 2>&1 || echo "(man not installed: man page not looked up)"
fi
echo "test-deb: OK"
