#!/usr/bin/env bash
# Installs the Debian packages in packaging/build-deps.txt that are missing.
#
#   packaging/install-deps.sh          # all of them (test.sh)
#   packaging/install-deps.sh --run    # only what building and running needs (run.sh)
#
# apt-get runs directly as root, through sudo otherwise. Without sudo it says
# which packages to install as root, and exits with status 1.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

case ${1:-} in
  --run) sections='run' ;;
  '') sections='run|test' ;;
  *) echo "usage: $0 [--run]" >&2; exit 2 ;;
esac

# The lines of the wanted sections: a section runs from "# [name]" to the next one.
mapfile -t wanted < <(awk -v want="^($sections)\$" '
  /^# \[[a-z]+\]/ { name = $2; gsub(/[][]/, "", name); keep = (name ~ want); next }
  /^#/ || /^[[:space:]]*$/ { next }
  keep { print $1 }' "$here/build-deps.txt")

if ! command -v dpkg-query >/dev/null; then
  echo "Not a Debian system (no dpkg-query): make sure the equivalents of these are installed:" >&2
  echo "  ${wanted[*]}" >&2
  exit 0
fi

missing=()
for pkg in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

how_to_install() {
  cat >&2 <<MSG

FlagLab needs these Debian packages, which are not installed:
  ${missing[*]}
Install them as root, then run this again:
  su -c 'apt-get update && apt-get install --no-install-recommends ${missing[*]}'
(or install sudo as root, 'apt-get install sudo && adduser $(id -un) sudo', log in
again, and this script will use it).
MSG
  exit 1
}

# env, so that DEBIAN_FRONTEND survives sudo, which resets the environment.
apt=(env DEBIAN_FRONTEND=noninteractive apt-get)
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "You are not root, and sudo is not installed." >&2; how_to_install; }
  apt=(sudo "${apt[@]}")
fi
echo "Installing missing packages: ${missing[*]}"
"${apt[@]}" update -qq || how_to_install
"${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" || how_to_install
