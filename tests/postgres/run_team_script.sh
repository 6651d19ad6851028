#!/usr/bin/env bash
# Issue 20 point 5: `scripts/run --team` starts a throwaway PostgreSQL server, makes a team store
# in it and hands its address to the workbench; when the workbench is done, the server stops and
# is deleted. Checked here without the GUI (--no-gui): the address it prints takes an import and
# lists the case, and once its input ends the server no longer answers and its folder is gone.
#   run_team_script.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
root=$1
build=$2
cli="$build/app/cli/foi-workbench-cli"
fail() { printf 'FAIL: %s\n' "$*" >&2; [ -f "${log:-}" ] && cat "$log" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log="$work/run.log"
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
export FOI_RUN_BUILD_DIR="$build"

coproc RUN { bash "$root/scripts/run" --team --no-gui 2>"$log"; }
to_run=${RUN[1]}
# A generous limit only so that a broken script cannot hang the suite.
read -r -t 120 url <&"${RUN[0]}" || fail "scripts/run --team --no-gui printed no address"
[[ $url =~ ^postgresql://[a-z_]+@localhost:([0-9]+)/foi_team$ ]] || fail "not a team store address: $url"
port=${BASH_REMATCH[1]}
grep -q 'throwaway PostgreSQL' "$log" || fail "the server's start was not reported"

"$cli" --store "$url" import --officer "Jo Officer" "$root/tests/data/reference-13457_18/case.json" \
    >"$work/import.out" || fail "import into $url failed"
listed=$("$cli" --store "$url" list --json) || fail "list on $url failed"
grep -q '"13457_18"' <<<"$listed" || fail "the imported case is not listed: $listed"
server_folder=$(sed -n 's/.*on localhost:[0-9]* (\(.*\))$/\1/p' "$log")
[ -d "$server_folder" ] || fail "the server's folder '$server_folder' is not there while it runs"

# End its input, as Enter would: the script stops the server and deletes it.
exec {to_run}>&-
wait "$RUN_PID" || fail "scripts/run ended with an error"
grep -q 'stopped and deleted' "$log" || fail "the stop was not reported"
[ ! -e "$server_folder" ] || fail "the server's folder $server_folder is still there"
if pg_isready -q -h localhost -p "$port"; then
    fail "a server still answers on port $port"
fi
echo "PASS: scripts/run --team --no-gui started, served and removed a team store on port $port"
