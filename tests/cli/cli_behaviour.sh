#!/usr/bin/env bash
# The command line as a person meets it: help for every subcommand, one clear sentence on
# stderr and a non-zero exit for each kind of bad input, and existing files left as they were.
set -uo pipefail
kiosk="$1"
work="$2"
rm -rf "$work" && mkdir -p "$work"
failures=0
passes=0

pass() { passes=$((passes + 1)); }
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# expect_failure NAME EXPECTED_TEXT -- command...
expect_failure() {
  local name="$1" expected="$2"; shift 3
  local err="$work/$name.err"
  "$@" >"$work/$name.out" 2>"$err"
  local rc=$?
  echo "$rc" >"$work/$name.rc"
  if [ "$rc" -eq 0 ]; then
    fail "$name: exited 0"
    return
  fi
  grep -q -- "$expected" "$err" || { fail "$name: stderr lacks '$expected': $(cat "$err")"; return; }
  [ "$(wc -l <"$err")" -le 2 ] || { fail "$name: more than one sentence on stderr"; return; }
  pass
}

checksum() { sha256sum "$1" | cut -d' ' -f1; }

for sub in run demo demo-seed screenshot; do
  if "$kiosk" "$sub" --help >"$work/help.out" 2>&1 && grep -q -- "--" "$work/help.out"; then pass; else fail "$sub --help"; fi
done

# A fresh demo database: prints today's codes, makes a 0600 key in its own folder.
if "$kiosk" demo-seed --db "$work/a/kiosk.db" --families 5 --date 2026-11-23 >"$work/seed.out" 2>&1; then pass; else fail "demo-seed: $(cat "$work/seed.out")"; fi
grep -Eq '^  [ACDEFGHJKMNPQRTUVWXY34679]{6}  [0-9]{2}:[0-9]{2}  ' "$work/seed.out" && pass || fail "demo-seed printed no visit codes"
[ "$(stat -c %a "$work/a/keys/kiosk.key")" = 600 ] && pass || fail "key file is not mode 600"
before=$(checksum "$work/a/kiosk.db")

expect_failure seed-twice "already holds data" -- "$kiosk" demo-seed --db "$work/a/kiosk.db"

# A wrong key: refused, database untouched, key left as it is.
cp "$work/a/keys/kiosk.key" "$work/real.key"
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$work/a/keys/kiosk.key"; echo >>"$work/a/keys/kiosk.key"
expect_failure wrong-key "key does not open" -- "$kiosk" demo-seed --db "$work/a/kiosk.db"
[ "$(checksum "$work/a/kiosk.db")" = "$before" ] && pass || fail "wrong key changed the database"

# A missing key: refused, no new key made over the old data.
rm "$work/a/keys/kiosk.key"
expect_failure missing-key "key file" -- "$kiosk" demo-seed --db "$work/a/kiosk.db"
[ ! -e "$work/a/keys/kiosk.key" ] && pass || fail "a new key was created for an existing database"
[ "$(checksum "$work/a/kiosk.db")" = "$before" ] && pass || fail "missing key changed the database"
cp "$work/real.key" "$work/a/keys/kiosk.key"

# Looking after the database through a config file.
printf '[storage]\ndatabase = "a/kiosk.db"\nkey_file = "a/keys/kiosk.key"\n' >"$work/a.toml"
"$kiosk" audit verify --config "$work/a.toml" >"$work/audit.out" 2>&1 && grep -q "audit chain whole" "$work/audit.out" \
  && pass || fail "audit verify: $(cat "$work/audit.out")"
"$kiosk" db check --config "$work/a.toml" >"$work/check.out" 2>&1 && grep -q "database ok" "$work/check.out" \
  && pass || fail "db check: $(cat "$work/check.out")"
"$kiosk" db backup --config "$work/a.toml" --out "$work/copy.db" >/dev/null 2>&1 && [ -s "$work/copy.db" ] \
  && pass || fail "db backup wrote no copy"
expect_failure backup-exists "already exists" -- "$kiosk" db backup --config "$work/a.toml" --out "$work/copy.db"
old_key=$(checksum "$work/a/keys/kiosk.key")
"$kiosk" db rekey --config "$work/a.toml" >/dev/null 2>&1 && [ "$(checksum "$work/a/keys/kiosk.key")" != "$old_key" ] \
  && pass || fail "db rekey did not change the key"
"$kiosk" audit verify --config "$work/a.toml" >/dev/null 2>&1 && pass || fail "the database did not open after rekey"
# A flipped byte deep in the file is reported by db check.
mkdir -p "$work/f"
"$kiosk" db backup --config "$work/a.toml" --out "$work/f/k.db" >/dev/null 2>&1 || fail "second backup"
printf '\x55\xaa' | dd of="$work/f/k.db" bs=1 seek=12000 conv=notrunc status=none
printf '[storage]\ndatabase = "f/k.db"\nkey_file = "a/keys/kiosk.key"\n' >"$work/f.toml"
expect_failure flipped-byte "page" -- "$kiosk" db check --config "$work/f.toml"
printf '[storage]\ndatabase = "none/k.db"\nkey_file = "nonekeys/k.key"\n' >"$work/missing-db.toml"
expect_failure audit-missing-db "does not exist" -- "$kiosk" audit verify --config "$work/missing-db.toml"
[ ! -e "$work/nonekeys" ] && pass || fail "audit verify created a key for a missing database"

# Sync refuses to start without a server or a token, with exit 3 and nothing sent.
expect_failure sync-no-server "server.url" -- "$kiosk" sync --config "$work/a.toml"
[ "$(cat "$work/sync-no-server.rc")" = 3 ] && pass || fail "sync without a server did not exit 3"
printf '[storage]\ndatabase = "a/kiosk.db"\nkey_file = "a/keys/kiosk.key"\n[server]\nurl = "https://127.0.0.1:1"\ndevice_id = "lobby-1"\ntoken_file = "a/keys/sync.token"\n' >"$work/s.toml"
"$kiosk" sync --config "$work/s.toml" >/dev/null 2>"$work/sync-token.err"; rc=$?
[ "$rc" = 3 ] && grep -q "token" "$work/sync-token.err" && pass || fail "sync without a token: exit $rc, $(cat "$work/sync-token.err")"

# An unwritable data folder.
touch "$work/plain-file"
expect_failure unwritable "cannot be created" -- "$kiosk" demo-seed --db "$work/plain-file/db/kiosk.db"

# Configuration problems.
expect_failure missing-config "config" -- "$kiosk" run --config "$work/absent.toml"
printf '[venue\nname = 1\n' >"$work/bad.toml"
expect_failure bad-config "not valid TOML" -- "$kiosk" run --config "$work/bad.toml"
printf '[storage]\ndatabase = "d/k.db"\nkey_file = "d/k.key"\n' >"$work/same-folder.toml"
expect_failure key-beside-db "different folder" -- "$kiosk" run --config "$work/same-folder.toml"
[ ! -e "$work/d" ] && pass || fail "a bad config still created files"

# Under systemd stderr is the journal's stream (JOURNAL_STREAM names it): the same sentence
# then carries the error severity journald reads; anywhere else it stays a plain sentence.
: >"$work/journal.err"
JOURNAL_STREAM="$(stat -c '%d:%i' "$work/journal.err")" "$kiosk" run --config "$work/bad.toml" 2>>"$work/journal.err"
grep -q '^<3>contact-kiosk: the configuration is not valid TOML' "$work/journal.err" && pass \
  || fail "no journal error line: $(cat "$work/journal.err")"
JOURNAL_STREAM="1:1" "$kiosk" run --config "$work/bad.toml" 2>"$work/not-journal.err"
grep -q '^contact-kiosk: the configuration is not valid TOML' "$work/not-journal.err" && pass \
  || fail "a stderr that is not the journal got a severity prefix: $(cat "$work/not-journal.err")"

# Bad arguments.
expect_failure bad-size "size" -- "$kiosk" screenshot --screen family/attract --out "$work/x.png" --size huge
expect_failure unknown-screen "family/attract" -- "$kiosk" screenshot --screen family/nowhere --out "$work/x.png"
expect_failure bad-families "families" -- "$kiosk" demo-seed --db "$work/b/k.db" --families 0
expect_failure bad-date "date" -- "$kiosk" demo-seed --db "$work/c/k.db" --date 2026-02-30

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
