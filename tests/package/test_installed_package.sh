#!/usr/bin/env bash
# Builds the .deb from this build tree with CPack, unpacks it into a temporary root and runs the
# installed CLI there, as an IT department's first smoke test would.
# Usage: test_installed_package.sh BUILD_DIR SOURCE_DIR VERSION
set -euo pipefail
build=$1
source=$2
expected=$3
if ! command -v dpkg-deb >/dev/null || ! command -v dpkg-shlibdeps >/dev/null; then
    echo "SKIP: dpkg-deb or dpkg-shlibdeps is missing (apt-get install dpkg-dev)"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log"
    exit 1
}
deb=$(ls "$work"/out/foi-workbench_*.deb)
dpkg-deb -x "$deb" "$work/root"
cli="$work/root/usr/bin/foi-workbench-cli"
export XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"

fail() { echo "FAIL: $*"; exit 1; }
[ -x "$work/root/usr/bin/foi-workbench" ] || fail "the GUI binary is not installed"
[ -f "$work/root/usr/share/applications/org.foiworkbench.FoiWorkbench.desktop" ] || fail "no .desktop file"
[ -f "$work/root/usr/share/man/man1/foi-workbench-cli.1.gz" ] || fail "no man page"

version=$("$cli" --version)
[ "$version" = "foi-workbench-cli $expected" ] || fail "--version said '$version', expected $expected"

"$cli" law --json >"$work/law.json" || fail "law --json failed"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert isinstance(d,list) and len(d)>100" "$work/law.json" ||
    fail "law --json did not print the catalogue"

"$cli" render "$source/tests/data/reference-13457_18/case.json" --out "$work/reply.pdf" --date 2026-11-26 ||
    fail "render of the reference case failed"
head -c 8 "$work/reply.pdf" | grep -q '%PDF-1.4' || fail "render did not write a PDF"
echo "installed package works: $version, catalogue and reference letter rendered"
