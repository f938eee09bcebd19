#!/usr/bin/env bash
# scripts/run-demo under Xvfb, with the programs of this build: a hub starts, three devices are
# enrolled with it and filled from it, and three windows (lobby, tablet, coordinator) each draw
# their first frames on their own database, then close.
#   run_demo_smoke.sh SOURCE_DIR BIN_DIR WORK_DIR
set -uo pipefail
source_dir=${1:?} bin=${2:?} work=${3:?}
rm -rf "$work"
mkdir -p "$work"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Its own display numbers (from :200): xvfb-run -a from :99 in parallel tests can pick the same
# free number at once, and this run's windows then lose the display when the other run ends.
RUN_DEMO_BIN=$bin RUN_DEMO_DIR=$work/venue RUN_DEMO_EXIT_AFTER_FRAMES=3 \
  timeout 300 xvfb-run -a -n 200 "$source_dir/scripts/run-demo" >"$work/run-demo.out" 2>&1
status=$?
cat "$work/run-demo.out"
[ "$status" -eq 0 ] || fail "run-demo exited with $status"
grep -q "listening on https://127.0.0.1:" "$work/venue/hub.log" || fail "the hub did not start"
for device in lobby tablet coordinator; do
  log=$work/venue/$device/window.log
  grep -q "first frame drawn" "$log" || fail "the $device window drew no frame: $(cat "$log" 2>/dev/null)"
  [ -s "$work/venue/$device/db/kiosk.db" ] || fail "the $device has no database of its own"
  [ -f "$work/venue/$device/keys/enrolment.json" ] || fail "the $device is not enrolled"
done
grep -q "Tablet" "$work/run-demo.out" || fail "run-demo did not say how to use the venue"
# Each window on its own database: three different files.
[ "$(sha256sum "$work"/venue/*/db/kiosk.db 2>/dev/null | cut -c1-64 | sort -u | wc -l)" -eq 3 ] ||
  fail "the three devices do not have three databases"
[ "$failures" -eq 0 ] && echo "run-demo smoke: all passed"
exit $((failures > 0))
