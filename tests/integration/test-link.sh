#!/usr/bin/env bash
# test-link: each program links only what it uses (the Makefile's MILTER_PKGS and
# DUNNING_PKGS).  dunmail-milter sits in the mail path: it must not load a PDF reader, a
# database, an HTTP client, an XML parser or the classifier.  Checked twice: the shared
# libraries each built program names (ELF NEEDED entries), and the link line the Makefile
# writes for it (which does not depend on the linker dropping unused libraries with
# --as-needed, as Debian's does).  dunmaild and dunmail must need SQLite, so a check that
# reads nothing cannot pass.  No root, no Postfix.  TAP on stdout.
set -u
source "$(dirname "$0")/lib.sh"     # TAP helpers only: ok, not_ok, dm_is, diag, dm_done

FORBIDDEN_IN_MILTER="libpoppler libsqlite3 libcurl liblinear libpq libxml2"

# needed PROGRAM: its NEEDED shared libraries, one a line.
needed() {
	if command -v readelf >/dev/null; then
		readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'
	else
		objdump -p "$1" | awk '$1 == "NEEDED" { print $2 }'
	fi
}

# link_line PROGRAM: the command the Makefile links PROGRAM with (not run: make -n -B).
link_line() {
	make -C "$DM_REPO" --no-print-directory -n -B BUILD="$BUILD" "$BUILD/$1" 2>/dev/null |
		grep -E -- "-o [^ ]*/$1( |$)"
}

for p in dunmail-milter dunmaild dunmail; do
	[ -x "$BUILD/$p" ] || { echo "Bail out! $BUILD/$p not built (run make)"; exit 3; }
done

milter_needs=$(needed "$BUILD/dunmail-milter")
milter_link=$(link_line dunmail-milter)
if [ -n "$milter_needs" ]; then ok "dunmail-milter has NEEDED entries"
else not_ok "dunmail-milter has NEEDED entries"; fi
if [ -n "$milter_link" ]; then ok "make -n shows dunmail-milter's link line"
else not_ok "make -n shows dunmail-milter's link line"; fi
for lib in $FORBIDDEN_IN_MILTER; do
	hit=$(printf '%s\n' "$milter_needs" | grep -F "$lib")
	if [ -z "$hit" ]; then ok "dunmail-milter does not need $lib"
	else not_ok "dunmail-milter does not need $lib"; diag "NEEDED: $hit"; fi
	flag=-l${lib#lib}
	if ! printf '%s\n' "$milter_link" | grep -qE -- "(^| )$flag[^ ]*( |$)"; then
		ok "dunmail-milter is not linked with $flag"
	else
		not_ok "dunmail-milter is not linked with $flag"; diag "$milter_link"
	fi
done
if printf '%s\n' "$milter_needs" | grep -q '^libmilter'; then ok "dunmail-milter needs libmilter"
else not_ok "dunmail-milter needs libmilter"; diag "$milter_needs"; fi

for p in dunmaild dunmail; do
	if needed "$BUILD/$p" | grep -q '^libsqlite3'; then ok "$p needs libsqlite3"
	else not_ok "$p needs libsqlite3"; diag "$(needed "$BUILD/$p")"; fi
	# The reply classifier (issue 6): both load the model and apply it.
	if needed "$BUILD/$p" | grep -q '^liblinear'; then ok "$p needs liblinear"
	else not_ok "$p needs liblinear"; diag "$(needed "$BUILD/$p")"; fi
	if needed "$BUILD/$p" | grep -q '^libmilter'; then
		not_ok "$p does not need libmilter"
	else
		ok "$p does not need libmilter"
	fi
done
dm_done
