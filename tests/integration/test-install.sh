#!/usr/bin/env bash
# test-install: `make install DESTDIR=… PREFIX=/usr` puts every file under DESTDIR at the
# place PREFIX and SYSCONFDIR say (programs, units with their ExecStart paths, tmpfiles.d,
# templates, rate tables, man pages, docs, the configuration 0640), never overwrites a
# configuration that is there, and `make uninstall` with the same variables leaves no file
# behind (a changed configuration excepted, which it keeps).  No root, no Postfix.
set -u
source "$(dirname "$0")/lib.sh"     # TAP helpers only

for p in dunmail-milter dunmaild dunmail; do
	[ -x "$BUILD/$p" ] || { echo "Bail out! $BUILD/$p not built (run make)"; exit 3; }
done
command -v scdoc >/dev/null || { echo "1..0 # SKIP scdoc is not installed (make deps)"; exit 0; }
T=$(mktemp -d /tmp/dm-install-XXXXXX)
trap 'rm -rf "$T"' EXIT
# Installing with another PREFIX rebuilds the files that compile the paths in: in a copy
# of the build directory, so the programs the other tests run keep theirs.
mkdir -p "$T/build" && (cd "$BUILD" && tar cf - --exclude=./deb --exclude=./tests .) | (cd "$T/build" && tar xpf -)
# mk VAR=VALUE... TARGET: the project's make, with nothing of a parent make's flags.
mk() { env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -C "$DM_REPO" --no-print-directory BUILD="$T/build" "$@"; }

for prefix in /usr /opt/dm; do
	D=$T/root${prefix//\//_}
	if mk install DESTDIR="$D" PREFIX="$prefix" >"$T/install.log" 2>&1; then
		ok "make install DESTDIR PREFIX=$prefix"
	else
		not_ok "make install DESTDIR PREFIX=$prefix"; diag "$(tail -5 "$T/install.log")"; continue
	fi
	missing=""
	for f in bin/dunmail sbin/dunmaild sbin/dunmail-milter lib/systemd/system/dunmaild.service \
	         lib/systemd/system/dunmail-milter.service lib/tmpfiles.d/dunmail.conf \
	         share/dunmail/templates/nl/reminder.txt share/dunmail/templates/en/reminder.txt \
	         share/dunmail/rates/nl.txt share/dunmail/replies.model share/man/man1/dunmail.1 \
	         share/man/man5/dunmail.conf.5 share/man/man8/dunmaild.8 share/man/man8/dunmail-milter.8 \
	         share/doc/dunmail/README.md share/doc/dunmail/main.cf share/doc/dunmail/dunmail.conf.sample; do
		[ -s "$D$prefix/$f" ] || missing="$missing $prefix/$f"
	done
	if [ -z "$missing" ]; then ok "PREFIX=$prefix: programs, units, tmpfiles, data, man pages, docs in place"
	else not_ok "PREFIX=$prefix: every file in place"; diag "missing:$missing"; fi
	stray=$(cd "$D" && find . -type f | grep -vE "^\.($prefix/|/etc/dunmail/dunmail\.conf$)")
	if [ -z "$stray" ]; then ok "PREFIX=$prefix: nothing outside PREFIX but the configuration"
	else not_ok "PREFIX=$prefix: nothing outside PREFIX but the configuration"; diag "$stray"; fi
	dm_is "PREFIX=$prefix: the unit runs $prefix/sbin/dunmaild" \
		"$(sed -n 's/^ExecStart=\([^ ]*\).*/\1/p' "$D$prefix/lib/systemd/system/dunmaild.service")" \
		"$prefix/sbin/dunmaild"
	dm_is "PREFIX=$prefix: the configuration is 0640" "$(stat -c %a "$D/etc/dunmail/dunmail.conf")" 640
	# The compiled-in data directory follows PREFIX even after a build with another.
	if grep -qaF "$prefix/share/dunmail/templates" "$D$prefix/sbin/dunmaild" &&
	   ! grep -qaF "/usr/local/share/dunmail" "$D$prefix/sbin/dunmaild"; then
		ok "PREFIX=$prefix: the installed dunmaild looks for its data in $prefix/share/dunmail"
	else
		not_ok "PREFIX=$prefix: the installed dunmaild looks for its data in $prefix/share/dunmail"
	fi
	if mk uninstall DESTDIR="$D" PREFIX="$prefix" >"$T/uninstall.log" 2>&1; then
		ok "make uninstall DESTDIR PREFIX=$prefix"
	else
		not_ok "make uninstall DESTDIR PREFIX=$prefix"; diag "$(tail -5 "$T/uninstall.log")"
	fi
	left=$(cd "$D" && find . \( -type f -o -type l \) | sort)
	if [ -z "$left" ]; then ok "PREFIX=$prefix: make uninstall leaves no file"
	else not_ok "PREFIX=$prefix: make uninstall leaves no file"; diag "$left"; fi
	for dir in "$prefix/share/dunmail" "$prefix/share/doc/dunmail" /etc/dunmail; do
		dm_check "PREFIX=$prefix: make uninstall removes the directory $dir" test ! -e "$D$dir"
	done
done

# A configuration already there is the administrator's: install keeps it, and so does
# uninstall once it differs from the sample.
D=$T/keep
mkdir -p "$D/etc/dunmail" && echo "# mine" >"$D/etc/dunmail/dunmail.conf"
mk install DESTDIR="$D" PREFIX=/usr >"$T/install.log" 2>&1
dm_is "make install keeps an existing configuration" "$(cat "$D/etc/dunmail/dunmail.conf")" "# mine"
mk uninstall DESTDIR="$D" PREFIX=/usr >"$T/uninstall.log" 2>&1
dm_is "make uninstall keeps a changed configuration" "$(cat "$D/etc/dunmail/dunmail.conf" 2>&1)" "# mine"
dm_done
