#!/usr/bin/env bash
# The Debian packages as an administrator meets them, without installing anything on this
# machine: build them with CPack, run lintian, unpack each with dpkg-deb -x into a temporary
# folder and run the unpacked programs from there (--help, man pages, a hub and an enrolled
# kiosk syncing over TLS on 127.0.0.1, doctor on the shipped configuration), find the
# configuration in /etc without --config (a private mount namespace lays the test's /etc files
# over the real /etc), verify and rate the systemd units, run the maintainer scripts in a
# temporary root (DPKG_ROOT), and open the unpacked kiosk under cage through Xwayland.
#   tests/packaging/packaging_test.sh BUILD_DIR SOURCE_DIR WORK_DIR
set -uo pipefail
build=$(realpath "$1")
src=$(realpath "$2")
work="$3"
rm -rf "$work" && mkdir -p "$work" && work=$(realpath "$work")
failures=0
passes=0
pass() { passes=$((passes + 1)); }
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
check() {  # check NAME command...: passes when the command exits 0
  local name="$1"; shift
  if "$@" >"$work/last.out" 2>&1; then pass; else fail "$name: $(tail -5 "$work/last.out")"; fi
}
finish() {
  [ -n "${hub_pid:-}" ] && kill "$hub_pid" 2>/dev/null && wait "$hub_pid" 2>/dev/null
  echo "$passes passed, $failures failed"
  [ "$failures" -eq 0 ]
  exit
}
give_up() { fail "$*"; finish; }
# Waits for TEXT in FILE, polling, with a deadline generous enough for a loaded machine.
wait_for_text() {
  local file="$1" text="$2" deadline=$((SECONDS + 60))
  while [ $SECONDS -lt $deadline ]; do
    grep -q -- "$text" "$file" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

# --- Build the packages (the build tree is already built; CPack stages, strips, runs
# dpkg-shlibdeps and writes the .deb files).
cpack --config "$build/CPackConfig.cmake" -B "$work/debs" >"$work/cpack.log" 2>&1 || give_up "cpack: $(tail -20 "$work/cpack.log")"
kiosk_deb=$(ls "$work"/debs/contact-kiosk_*.deb 2>/dev/null)
server_deb=$(ls "$work"/debs/contact-sync-server_*.deb 2>/dev/null)
[ -f "$kiosk_deb" ] && [ -f "$server_deb" ] || give_up "cpack wrote no packages: $(ls "$work/debs")"
pass

# --- lintian: clean at every level, or each tag overridden with its reason (packaging/lintian).
lintian --pedantic -I --fail-on error,warning,info,pedantic "$kiosk_deb" "$server_deb" >"$work/lintian.out" 2>&1 \
  && pass || fail "lintian: $(cat "$work/lintian.out")"

# --- Control data: Depends from the shared libraries plus what no ELF file shows; conffiles.
kiosk_depends=$(dpkg-deb -f "$kiosk_deb" Depends)
for dep in libsqlcipher1 libglfw3 libcurl4 libsodium23 fonts-dejavu-core tzdata; do
  [[ "$kiosk_depends" == *"$dep"* ]] && pass || fail "contact-kiosk does not depend on $dep: $kiosk_depends"
done
server_depends=$(dpkg-deb -f "$server_deb" Depends)
for dep in libssl3 libsystemd0 libsqlcipher1; do
  [[ "$server_depends" == *"$dep"* ]] && pass || fail "contact-sync-server does not depend on $dep: $server_depends"
done
[[ "$(dpkg-deb -f "$kiosk_deb" Recommends)" == *cage* ]] && pass || fail "contact-kiosk does not recommend cage"
dpkg-deb -e "$kiosk_deb" "$work/control-kiosk" && dpkg-deb -e "$server_deb" "$work/control-server"
grep -qx /etc/contact-kiosk/kiosk.toml "$work/control-kiosk/conffiles" && pass || fail "kiosk.toml is not a conffile"
grep -qx /etc/contact-kiosk/hub.toml "$work/control-server/conffiles" && pass || fail "hub.toml is not a conffile"

# --- Unpack and run the programs from there. fonts-dejavu-core, a Depends, is this machine's.
root="$work/root"
mkdir -p "$root"
dpkg-deb -x "$kiosk_deb" "$root" && dpkg-deb -x "$server_deb" "$root" || give_up "dpkg-deb -x failed"
ln -s /usr/share/fonts "$root/usr/share/fonts"
kiosk="$root/usr/bin/contact-kiosk"
server="$root/usr/bin/contact-sync-server"
check "contact-kiosk --help" "$kiosk" --help
check "contact-kiosk doctor --help" "$kiosk" doctor --help
check "contact-sync-server --help" "$server" --help
check "contact-sync-server serve --help" "$server" serve --help
for page in "$root/usr/share/man/man1/contact-kiosk.1.gz" "$root/usr/share/man/man8/contact-sync-server.8.gz"; do
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
  [ -z "$warnings" ] && pass || fail "man $(basename "$page"): $warnings"
done

# --- The hub from the shipped hub.toml, its folders moved into the work folder.
"$src/scripts/make-demo-certs" "$work/certs" >/dev/null || give_up "make-demo-certs failed"
hub="$work/hub"
install -d -m 700 "$hub" "$hub/db" "$hub/tls"
cp "$work/certs/server.crt" "$work/certs/server.key" "$hub/tls/"
sed -e "s|/var/lib/contact-venue-hub|$hub|g" -e 's|^listen = .*|listen = "127.0.0.1:0"|' -e 's|^# venue = 1|venue = 1|' \
  "$root/etc/contact-kiosk/hub.toml" >"$work/hub.toml"
"$server" serve --config "$work/hub.toml" >"$work/hub.log" 2>&1 &
hub_pid=$!
wait_for_text "$work/hub.log" "listening on https://127.0.0.1:" || give_up "the hub did not start: $(cat "$work/hub.log")"
port=$(sed -n 's|.*listening on https://127.0.0.1:\([0-9]*\).*|\1|p' "$work/hub.log" | head -1)
pass
check "issue-enrolment-token" "$server" issue-enrolment-token --config "$work/hub.toml" --device lobby-1 \
  --venue 1 --role lobby --token-file "$work/lobby.token"

# --- A kiosk from the shipped kiosk.toml: demo data, enrolled with the hub, synced.
data="$work/kiosk"
install -d -m 700 "$data" "$data/db" "$data/keys"
sed -e "s|/var/lib/contact-kiosk|$data|g" "$root/etc/contact-kiosk/kiosk.toml" >"$work/kiosk.toml"
check "demo-seed" "$kiosk" demo-seed --db "$data/db/kiosk.db" --families 4
mv "$data/db/keys/kiosk.key" "$data/keys/kiosk.key" && rmdir "$data/db/keys"
# The demo opens with everything already sent; a morning's work (reviews, the overdue record
# signed) through the product's services gives the sync records to carry.
check "demo morning" "$build/bin/demo_morning" "$data/db/kiosk.db" "$data/keys/kiosk.key"
check "enrol" "$kiosk" enrol --config "$work/kiosk.toml" --server "https://127.0.0.1:$port" \
  --token-file "$work/lobby.token" --pin-sha256 "$(cat "$work/certs/server.pin")" --ca-file "$work/certs/ca.crt"
"$kiosk" sync --config "$work/kiosk.toml" >"$work/sync.out" 2>&1 && grep -q "still queued 0" "$work/sync.out" \
  && pass || fail "sync: $(cat "$work/sync.out")"
"$server" count --config "$work/hub.toml" >"$work/count.out" 2>&1
total=$(sed -n 's/^total //p' "$work/count.out")
[ "${total:-0}" -gt 0 ] && pass || fail "the hub counted no records: $(cat "$work/count.out")"

# --- doctor on the shipped configuration: every check passes, the assets are the package's.
xvfb-run -a "$kiosk" doctor --config "$work/kiosk.toml" >"$work/doctor.out" 2>&1 \
  && grep -q "doctor: all 12 checks passed" "$work/doctor.out" && pass || fail "doctor: $(cat "$work/doctor.out")"
grep -q "^ok    assets: $root/usr/share/contact-kiosk:" "$work/doctor.out" && pass \
  || fail "the unpacked kiosk did not use its own assets: $(grep assets "$work/doctor.out")"

# --- In a private mount namespace (nothing on this machine changes): the test's kiosk.toml
# and hub.toml appear as /etc/contact-kiosk/*, and the package's /usr over the real one.
# Without --config both programs must find them there; systemd-analyze verifies the units
# against the package's binaries and man pages, and rates their sandboxing.
mkdir -p "$work/etc-layer/contact-kiosk"
cp "$work/kiosk.toml" "$work/etc-layer/contact-kiosk/kiosk.toml"
cp "$work/hub.toml" "$work/etc-layer/contact-kiosk/hub.toml"
units="$root/lib/systemd/system"
cat >"$work/in-namespace.sh" <<NS
set -u
mount -t overlay overlay -o lowerdir="$work/etc-layer:/etc" /etc || exit 90
mount -t overlay overlay -o lowerdir="$root/usr:/usr" /usr || exit 91
echo "== doctor without --config"; xvfb-run -a contact-kiosk doctor
echo "== count without --config"; contact-sync-server count
echo "== verify"; systemd-analyze verify "$units"/*.service && echo "verify: ok"
for unit in contact-venue-hub contact-sync-server contact-kiosk-session; do
  systemd-analyze security --offline=yes "$units/\$unit.service" | tail -1
done
NS
if unshare --mount --propagation private true 2>/dev/null; then
  # Laid over the real /usr, the fonts link would point at itself: the real fonts show through.
  rm "$root/usr/share/fonts"
  unshare --mount --propagation private bash "$work/in-namespace.sh" >"$work/namespace.out" 2>&1
  ln -s /usr/share/fonts "$root/usr/share/fonts"
  ns="$work/namespace.out"
  grep -q "^ok    configuration: /etc/contact-kiosk/kiosk.toml is readable and valid (found without --config)" "$ns" \
    && pass || fail "the kiosk did not find /etc/contact-kiosk/kiosk.toml: $(cat "$ns")"
  grep -q "doctor: all 12 checks passed" "$ns" && pass || fail "doctor from /etc: $(cat "$ns")"
  grep -q "^total $total$" "$ns" && pass || fail "the server did not find /etc/contact-kiosk/hub.toml: $(cat "$ns")"
  grep -q "^verify: ok" "$ns" && pass || fail "systemd-analyze verify: $(cat "$ns")"
  # Exposure 0 (locked down) .. 10 (none): the servers are held to 2, the compositor's session to 3.
  for limit in "contact-venue-hub 2.0" "contact-sync-server 2.0" "contact-kiosk-session 3.0"; do
    set -- $limit
    score=$(sed -n "s/.*Overall exposure level for $1.service: \([0-9.]*\).*/\1/p" "$ns")
    awk -v s="${score:-99}" -v l="$2" 'BEGIN { exit !(s <= l) }' && pass \
      || fail "$1 exposure ${score:-unknown} above $2: $(cat "$ns")"
  done
else
  fail "unshare --mount is not allowed here (the namespace checks need root)"
fi

# --- Maintainer scripts in a temporary root (DPKG_ROOT, as dpkg --force-script-chrootless):
# users and 0700 folders made; an upgrade changes nothing that exists; remove keeps the data;
# purge deletes it. The machine's own /etc/passwd is compared before and after.
passwd_before=$(sha256sum /etc/passwd)
target="$work/target"
mkdir -p "$target/etc" "$target/var/lib"
printf 'root:x:0:0:root:/root:/bin/bash\n' >"$target/etc/passwd"
printf 'root:x:0:\n' >"$target/etc/group"
dpkg-deb -x "$kiosk_deb" "$target" && dpkg-deb -x "$server_deb" "$target"
script() { DPKG_ROOT="$target" sh "$work/control-$1/$2" "${@:3}"; }
check "kiosk postinst configure" script kiosk postinst configure
check "server postinst configure" script server postinst configure
for user in contact-kiosk contact-hub contact-sync; do
  grep -q "^$user:" "$target/etc/passwd" && pass || fail "postinst made no user $user"
done
owner_mode() { stat -c '%U:%a' "$1" 2>/dev/null | sed 's/^[^:]*://' ; }
uid_of() { awk -F: -v n="$1" '$1 == n { print $3 }' "$target/etc/passwd"; }
for dir in /var/lib/contact-kiosk /var/lib/contact-kiosk/db /var/lib/contact-kiosk/keys; do
  [ "$(stat -c '%u %a' "$target$dir")" = "$(uid_of contact-kiosk) 700" ] && pass \
    || fail "$dir is $(stat -c '%u %a' "$target$dir" 2>&1), not contact-kiosk's with mode 700"
done
for pair in "contact-hub /var/lib/contact-venue-hub" "contact-sync /var/lib/contact-sync-server"; do
  set -- $pair
  for dir in "$2" "$2/db" "$2/tls" "$2/keys"; do
    [ "$(stat -c '%u %a' "$target$dir")" = "$(uid_of "$1") 700" ] && pass || fail "$dir is not $1's with mode 700"
  done
done
# The venue's data and an administrator's choices survive an upgrade.
echo "database bytes" >"$target/var/lib/contact-kiosk/db/kiosk.db"
echo "key bytes" >"$target/var/lib/contact-kiosk/keys/kiosk.key"
chmod 750 "$target/var/lib/contact-kiosk/db"
chown 0:0 "$target/var/lib/contact-kiosk/keys/kiosk.key"
before=$(cd "$target/var/lib" && find . -printf '%p %u %m %s\n' | sort; cat contact-kiosk/db/kiosk.db contact-kiosk/keys/kiosk.key)
check "kiosk postinst configure (upgrade)" script kiosk postinst configure 0.1.0-1
check "server postinst configure (upgrade)" script server postinst configure 0.1.0-1
after=$(cd "$target/var/lib" && find . -printf '%p %u %m %s\n' | sort; cat contact-kiosk/db/kiosk.db contact-kiosk/keys/kiosk.key)
[ "$before" = "$after" ] && pass || fail "an upgrade's postinst changed existing data: $(diff <(echo "$before") <(echo "$after"))"
[ "$(grep -c '^contact-kiosk:' "$target/etc/passwd")" = 1 ] && pass || fail "the user was made twice"
check "kiosk prerm remove" script kiosk prerm remove
check "kiosk postrm remove" script kiosk postrm remove
[ -f "$target/var/lib/contact-kiosk/db/kiosk.db" ] && [ -f "$target/var/lib/contact-kiosk/keys/kiosk.key" ] \
  && pass || fail "removing the package lost the data"
check "kiosk postrm purge" script kiosk postrm purge
[ ! -e "$target/var/lib/contact-kiosk" ] && pass || fail "purge left /var/lib/contact-kiosk"
check "server postrm remove" script server postrm remove
[ -d "$target/var/lib/contact-venue-hub/db" ] && pass || fail "removing the server lost the hub's data"
check "server postrm purge" script server postrm purge
[ ! -e "$target/var/lib/contact-venue-hub" ] && [ ! -e "$target/var/lib/contact-sync-server" ] && pass \
  || fail "purge left the servers' data"
[ "$(sha256sum /etc/passwd)" = "$passwd_before" ] && pass || fail "the maintainer scripts changed this machine's /etc/passwd"
for dir in /var/lib/contact-kiosk /var/lib/contact-venue-hub /var/lib/contact-sync-server; do
  [ ! -e "$dir" ] && pass || fail "the maintainer scripts made $dir on this machine"
done

# --- The unpacked kiosk under cage, as the session runs it: GLFW (X11) through Xwayland.
# cage refuses to run as root, so it runs as nobody, on its headless backend.
if command -v cage >/dev/null && command -v Xwayland >/dev/null && [ "$(id -u)" = 0 ]; then
  lobby="$work/cage"
  install -d -m 755 "$lobby"
  install -d -m 700 -o nobody "$lobby/runtime" "$lobby/data" "$lobby/data/db" "$lobby/data/keys"
  cp -a "$data/db/kiosk.db" "$lobby/data/db/" && cp -a "$data/keys/kiosk.key" "$lobby/data/keys/"
  chown -R nobody "$lobby/data"
  sed -e "s|$data|$lobby/data|g" -e '/^\[server\]/,$d' "$work/kiosk.toml" >"$lobby/kiosk.toml"
  chmod 755 "$work" "$root"
  XDG_RUNTIME_DIR="$lobby/runtime" HOME="$lobby" WLR_BACKENDS=headless WLR_RENDERER=pixman \
    WLR_LIBINPUT_NO_DEVICES=1 timeout 120 setpriv --reuid=nobody --regid=nogroup --clear-groups \
    cage -d -- "$kiosk" run --config "$lobby/kiosk.toml" --fullscreen --exit-after-frames 5 >"$lobby/out" 2>&1
  grep -q "first frame drawn" "$lobby/out" && pass || fail "the kiosk drew nothing under cage: $(tail -20 "$lobby/out")"
  grep -q "window open: .*full screen" "$lobby/out" && pass || fail "the kiosk window was not full screen under cage"
else
  echo "packaging: cage, Xwayland or root missing: the kiosk under cage was not tried" >&2
fi

kill "$hub_pid" 2>/dev/null && wait "$hub_pid" 2>/dev/null
hub_pid=
grep -q "listening on" "$work/hub.log" && ! grep -qi "error" "$work/hub.log" && pass || fail "the hub's log: $(cat "$work/hub.log")"
finish
