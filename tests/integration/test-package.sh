#!/usr/bin/env bash
# test-package: the Debian package, built by `make deb` (dpkg-buildpackage) and installed
# with dpkg -i on this machine (a clean root with dpkg --root would need a whole Debian
# base system in it for the maintainer scripts: debootstrap, far over the time budget).
# Shows: runtime Depends hold the shared libraries and no build or test tool; lintian
# --pedantic prints no tag that debian/README.lintian does not account for; the postinst
# makes the dunmail user (no login shell, home /var/lib/dunmail), the ledger, spool and
# socket directories with their owners and 0750, the conffile 0640 root:dunmail; both
# units installed and enabled; the installed programs run; dunmaild creates the ledger
# 0640 and a user outside group dunmail is told why it cannot read it while a member
# can; a reinstall keeps a changed conffile and the ledger; purge removes the data.
# Needs root; skipped when the package tools are missing or dunmail is already installed.
set -u
source "$(dirname "$0")/lib.sh"     # TAP helpers only

skip() { echo "1..0 # SKIP $*"; exit 0; }
[ "$(id -u)" = 0 ] || skip "needs root (dpkg -i)"
for tool in dpkg-buildpackage dh lintian fakeroot scdoc git; do
	command -v $tool >/dev/null || skip "$tool is not installed (make deps installs the package tools)"
done
(cd "$DM_REPO" && dpkg-checkbuilddeps >/dev/null 2>&1) ||
	skip "build dependencies missing: $(cd "$DM_REPO" && dpkg-checkbuilddeps 2>&1 | tail -1) (run make deps)"
git -C "$DM_REPO" rev-parse --git-dir >/dev/null 2>&1 || skip "not a git work tree (make deb copies git ls-files)"
dpkg-query -W -f='${Status}' dunmail 2>/dev/null | grep -q installed &&
	skip "a dunmail package is already installed here; this test installs and purges its own"
[ -e /etc/dunmail ] && skip "/etc/dunmail exists (an install by hand?); the test would overwrite it"

T=$(mktemp -d /tmp/dm-package-XXXXXX)
chmod 755 "$T"
user_existed=0; getent passwd dunmail >/dev/null && user_existed=1
installed=0
cleanup() {
	[ $installed = 1 ] && dpkg --purge dunmail >/dev/null 2>&1
	[ $user_existed = 0 ] && getent passwd dunmail >/dev/null && userdel dunmail 2>/dev/null
	getent group dunmail >/dev/null && [ $user_existed = 0 ] && groupdel dunmail 2>/dev/null
	if [ "$TAP_FAILED" = 0 ]; then rm -rf "$T"; else echo "# kept $T"; fi
}
trap cleanup EXIT

# ---- build -----------------------------------------------------------------------------
# noopt: -O0 halves the compile on a shared machine; the packaging is the same.
if env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL DEB_BUILD_OPTIONS=noopt \
	make -C "$DM_REPO" --no-print-directory deb \
	BUILD="$T/build" >"$T/build.log" 2>&1; then ok "make deb builds the package"
else not_ok "make deb builds the package"; diag "$(tail -20 "$T/build.log")"; dm_done; exit; fi
diag "make deb took $SECONDS s"
deb=$(ls "$T"/build/deb/dunmail_*_*.deb 2>/dev/null | head -1)
dm_check "the .deb is in \$BUILD/deb" test -s "$deb"

depends=$(dpkg-deb -f "$deb" Depends)
for lib in libsqlite3 libmilter libgmime-3.0 libcurl adduser; do
	if grep -q "$lib" <<<"$depends"; then ok "Depends names $lib (\${shlibs:Depends})"
	else not_ok "Depends names $lib"; diag "Depends: $depends"; fi
done
if grep -qE '(^|[ ,])(gcc|build-essential|swaks|miltertest|scdoc|debhelper|pkg-config|[a-z0-9.-]+-dev)([ ,(]|$)' <<<"$depends"
then not_ok "Depends holds no build or test tool"; diag "Depends: $depends"
else ok "Depends holds no build or test tool"; fi

changes=$(ls "$T"/build/deb/*.changes | head -1)
tags=$(lintian --pedantic "$changes" 2>/dev/null | grep -E '^[EWIPX]: ')
if [ -z "$tags" ]; then ok "lintian --pedantic: no tag left unexplained"
else not_ok "lintian --pedantic: no tag left unexplained"; diag "$tags"; fi

# ---- install ---------------------------------------------------------------------------
if dpkg -i "$deb" >"$T/install.log" 2>&1; then installed=1; ok "dpkg -i installs it"
else installed=1; not_ok "dpkg -i installs it"; diag "$(tail -20 "$T/install.log")"; fi

IFS=: read -r _ _ _ _ _ home shell < <(getent passwd dunmail)
dm_is "user dunmail's home is /var/lib/dunmail" "${home:-}" /var/lib/dunmail
case ${shell:-} in */nologin|/bin/false) ok "user dunmail has no login shell ($shell)" ;;
	*) not_ok "user dunmail has no login shell"; diag "shell: ${shell:-none}" ;; esac
for d in /var/lib/dunmail /var/spool/dunmail /var/spool/dunmail/tmp /var/spool/dunmail/new \
         /var/spool/dunmail/work /var/spool/dunmail/bad; do
	dm_is "$d is dunmail:dunmail 750" "$(stat -c '%U:%G %a' "$d" 2>&1)" "dunmail:dunmail 750"
done
if getent group postfix >/dev/null; then
	dm_is "/var/spool/postfix/dunmail is dunmail:postfix 750 (reachable from the chroot)" \
		"$(stat -c '%U:%G %a' /var/spool/postfix/dunmail 2>&1)" "dunmail:postfix 750"
else
	ok "/var/spool/postfix/dunmail # SKIP no group postfix on this machine"
fi
dm_is "/etc/dunmail/dunmail.conf is root:dunmail 640" \
	"$(stat -c '%U:%G %a' /etc/dunmail/dunmail.conf 2>&1)" "root:dunmail 640"
if dpkg-query -W -f='${Conffiles}\n' dunmail | grep -q '^ /etc/dunmail/dunmail.conf '; then
	ok "/etc/dunmail/dunmail.conf is a conffile"
else not_ok "/etc/dunmail/dunmail.conf is a conffile"; fi
for unit in dunmail-milter dunmaild; do
	dm_check "$unit.service is installed in /lib/systemd/system" test -s /lib/systemd/system/$unit.service
	dm_check "$unit.service is enabled (multi-user.target.wants)" \
		test -L /etc/systemd/system/multi-user.target.wants/$unit.service
done
grep -q '^ExecStart=/usr/sbin/dunmail-milter ' /lib/systemd/system/dunmail-milter.service &&
	ok "the installed unit runs /usr/sbin/dunmail-milter" ||
	not_ok "the installed unit runs /usr/sbin/dunmail-milter"
if /usr/bin/dunmail --help 2>&1 | grep -q '^Verbs:'; then ok "the installed dunmail --help lists its verbs"
else not_ok "the installed dunmail --help lists its verbs"; fi
dm_is "man finds dunmail.conf(5)" "$(man -w 5 dunmail.conf 2>&1)" /usr/share/man/man5/dunmail.conf.5.gz

# ---- the ledger's permissions ------------------------------------------------------------
# dunmaild as the unit runs it creates the ledger; the packaged configuration is read.
if setpriv --reuid=dunmail --regid=dunmail --init-groups /usr/sbin/dunmaild --once \
	>"$T/dunmaild.log" 2>&1; then ok "the installed dunmaild --once runs as dunmail"
else not_ok "the installed dunmaild --once runs as dunmail"; diag "$(tail -5 "$T/dunmaild.log")"; fi
dm_is "dunmaild created the ledger dunmail:dunmail 640" \
	"$(stat -c '%U:%G %a' /var/lib/dunmail/ledger.sqlite 2>&1)" "dunmail:dunmail 640"
# The configuration is root:dunmail 0640 too; a copy lets an outsider reach the ledger step.
install -m 644 /etc/dunmail/dunmail.conf "$T/public.conf"
out=$(setpriv --reuid=nobody --regid=nogroup --clear-groups /usr/bin/dunmail -c "$T/public.conf" invoices 2>&1)
if grep -q "cannot read /var/lib/dunmail/ledger.sqlite: Permission denied — run as root or as a member of group dunmail" <<<"$out"
then ok "a user outside group dunmail is told why it cannot read the ledger"
else not_ok "a user outside group dunmail is told why it cannot read the ledger"; diag "$out"; fi
# A member of group dunmail reads the ledger beside a running dunmaild, as in production.
# (The reader cannot create the WAL's -shm file in the 0750 directory, so with no
# dunmaild running SQLite refuses a read-only open: "attempt to write a readonly database".)
sed -i 's|^smtp_url = .*|smtp_url = smtp://127.0.0.1:9|' "$T/public.conf"   # never mails anyone
setpriv --reuid=dunmail --regid=dunmail --init-groups /usr/sbin/dunmaild -c "$T/public.conf" \
	>"$T/dunmaild-daemon.log" 2>&1 &
daemon_pid=$!
for _ in $(seq 50); do [ -e /var/lib/dunmail/ledger.sqlite-shm ] && break; sleep 0.2; done
out=$(setpriv --reuid=nobody --regid=dunmail --clear-groups /usr/bin/dunmail -c "$T/public.conf" invoices 2>&1)
rc=$?
kill "$daemon_pid" 2>/dev/null; wait "$daemon_pid" 2>/dev/null
if [ $rc -le 1 ]; then ok "a member of group dunmail reads the ledger while dunmaild runs (exit $rc)"
else not_ok "a member of group dunmail reads the ledger while dunmaild runs"; diag "exit $rc: $out"; fi

# The installed milter as its unit runs it (user dunmail, supplementary group postfix)
# with the packaged configuration: the default socket lands where a chrooted Postfix
# looks (unix:dunmail/milter.sock), open to group postfix.
if getent group postfix >/dev/null && getent passwd postfix >/dev/null; then
	sock=/var/spool/postfix/dunmail/milter.sock
	setpriv --reuid=dunmail --regid=dunmail --groups=postfix /usr/sbin/dunmail-milter \
		>"$T/milter.log" 2>&1 &
	milter_pid=$!
	for _ in $(seq 50); do [ -S $sock ] && break; sleep 0.2; done
	dm_is "the installed milter's default socket is $sock, dunmail:postfix 660" \
		"$(stat -c '%U:%G %a' $sock 2>&1)" "dunmail:postfix 660"
	dm_check "user postfix may connect to it (write permission through the 0750 directory)" \
		setpriv --reuid=postfix --regid=postfix --clear-groups test -w $sock
	kill "$milter_pid" 2>/dev/null; wait "$milter_pid" 2>/dev/null
else
	ok "the installed milter's socket # SKIP no user postfix on this machine"
fi

# ---- upgrade (a reinstall runs the same maintainer scripts) -----------------------------
echo "# changed by the administrator" >>/etc/dunmail/dunmail.conf
if dpkg -i --force-confold "$deb" >"$T/reinstall.log" 2>&1; then ok "dpkg -i again (upgrade path)"
else not_ok "dpkg -i again (upgrade path)"; diag "$(tail -10 "$T/reinstall.log")"; fi
dm_check "the upgrade keeps the changed configuration" \
	grep -q '^# changed by the administrator' /etc/dunmail/dunmail.conf
dm_check "the upgrade keeps the ledger" test -s /var/lib/dunmail/ledger.sqlite
dm_is "the upgrade keeps the configuration's mode" \
	"$(stat -c '%U:%G %a' /etc/dunmail/dunmail.conf 2>&1)" "root:dunmail 640"

# ---- remove, then purge ------------------------------------------------------------------
dpkg --remove dunmail >"$T/remove.log" 2>&1 || diag "$(tail -5 "$T/remove.log")"
dm_check "remove takes the programs" test ! -e /usr/sbin/dunmaild
dm_check "remove keeps the ledger" test -s /var/lib/dunmail/ledger.sqlite
dm_check "remove keeps the configuration" test -s /etc/dunmail/dunmail.conf
if dpkg --purge dunmail >"$T/purge.log" 2>&1; then installed=0; ok "dpkg --purge"
else not_ok "dpkg --purge"; diag "$(tail -5 "$T/purge.log")"; fi
for p in /var/lib/dunmail /var/spool/dunmail /var/spool/postfix/dunmail /etc/dunmail \
         /etc/systemd/system/multi-user.target.wants/dunmail-milter.service; do
	dm_check "purge removes $p" test ! -e "$p"
done
diag "test-package took $SECONDS s"
dm_done
