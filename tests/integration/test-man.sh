#!/usr/bin/env bash
# test-man: the man pages (doc/man/*.scd, built into $BUILD/man) render without a warning
# from man(1) or groff, have the sections an administrator looks for, and cannot drift
# from the programs: every verb and long option a program's --help lists is named in its
# page, and every key of the configuration table (src/common/config.c) is documented in
# dunmail.conf(5) under its section and in the README's table.  No root, no Postfix.
set -u
source "$(dirname "$0")/lib.sh"     # TAP helpers only

MAN_DIR=$BUILD/man
SRC=$DM_REPO/doc/man
PAGES="dunmail.1 dunmaild.8 dunmail-milter.8 dunmail.conf.5"
for p in dunmail-milter dunmaild dunmail; do
	[ -x "$BUILD/$p" ] || { echo "Bail out! $BUILD/$p not built (run make)"; exit 3; }
done
command -v man >/dev/null && command -v groff >/dev/null ||
	{ echo "1..0 # SKIP man and groff are not installed (make deps installs man-db, groff-base)"; exit 0; }

for page in $PAGES; do
	if [ ! -s "$MAN_DIR/$page" ]; then not_ok "$page is built in $MAN_DIR"; continue; fi
	ok "$page is built in $MAN_DIR"
	warn=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$MAN_DIR/$page" 2>&1 >/dev/null)
	if [ -z "$warn" ]; then ok "$page: man --warnings is silent"
	else not_ok "$page: man --warnings is silent"; diag "$warn"; fi
	warn=$(groff -ww -z -man "$MAN_DIR/$page" 2>&1)
	if [ -z "$warn" ]; then ok "$page: groff -ww is silent"
	else not_ok "$page: groff -ww is silent"; diag "$warn"; fi
done

# has_sections PAGE SECTION...: each "# SECTION" heading is in the page's source.
has_sections() {
	local page=$1 missing="" s; shift
	for s in "$@"; do grep -qx "# $s" "$SRC/$page.scd" || missing="$missing, $s"; done
	if [ -z "$missing" ]; then ok "$page has $*"
	else not_ok "$page has every section an administrator looks for"; diag "missing${missing#,}"; fi
}
has_sections dunmail.1 NAME SYNOPSIS DESCRIPTION VERBS "EXIT STATUS" FILES EXAMPLES "SEE ALSO"
has_sections dunmaild.8 NAME SYNOPSIS DESCRIPTION OPTIONS SIGNALS "EXIT STATUS" FILES EXAMPLES "SEE ALSO"
has_sections dunmail-milter.8 NAME SYNOPSIS DESCRIPTION OPTIONS SIGNALS "EXIT STATUS" FILES "SEE ALSO"
has_sections dunmail.conf.5 NAME DESCRIPTION FILES "SEE ALSO"

# long_options HELP-TEXT: the --options its option lines list, one a line.
long_options() {
	grep -E '^[[:space:]]+-' <<<"$1" | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u
}
# names_all PAGE WHAT LIST: ok when each word of LIST is in the page as *word*.
names_all() {
	local page=$1 what=$2 missing="" w n=0
	for w in $3; do
		n=$((n + 1))
		grep -qF -- "*$w*" "$SRC/$page.scd" || missing="$missing $w"
	done
	if [ "$n" = 0 ]; then not_ok "$page names $what (none found to check)"
	elif [ -z "$missing" ]; then ok "$page names all $n $what"
	else not_ok "$page names all $n $what"; diag "missing:$missing"; fi
}

for prog in dunmaild dunmail-milter; do
	names_all "$prog.8" "options of $prog --help" "$(long_options "$("$BUILD/$prog" --help)")"
done
help=$("$BUILD/dunmail" --help)
verbs=$(sed -n '/^Verbs:/,/^$/p' <<<"$help" | awk 'NR > 1 && NF { print $1 }')
names_all dunmail.1 "verbs of dunmail --help" "$verbs"
names_all dunmail.1 "global options of dunmail --help" "$(long_options "$help")"
for v in $verbs; do
	names_all dunmail.1 "options of dunmail $v --help" "$(long_options "$("$BUILD/dunmail" "$v" --help 2>&1)")"
done

# Every key of the configuration table, in dunmail.conf(5) below its section's heading
# and in the README's table.
keys=$(grep -oE '^\s*\{ "[a-z_]+",\s*"[a-z_]+"' "$DM_REPO/src/common/config.c" |
	sed -E 's/.*"([a-z_]+)",\s*"([a-z_]+)"/\1 \2/')
nkeys=0 missing_man="" missing_readme=""
while read -r section key; do
	[ -n "$section" ] || continue
	nkeys=$((nkeys + 1))
	awk -v s="# [$section]" -v k="*$key*" '
		$0 == s { inside = 1; next } /^# / { inside = 0 }
		inside && index($0, k) == 1 { found = 1 } END { exit !found }' "$SRC/dunmail.conf.5.scd" ||
		missing_man="$missing_man [$section] $key"
	grep -E "^\| \`\[$section\]" "$DM_REPO/README.md" | grep -qF "$key" ||
		missing_readme="$missing_readme [$section] $key"
done <<<"$keys"
if [ "$nkeys" -lt 20 ]; then not_ok "the key table of src/common/config.c is read ($nkeys keys)"
else ok "the key table of src/common/config.c is read ($nkeys keys)"; fi
if [ -z "$missing_man" ]; then ok "dunmail.conf(5) documents every key under its section"
else not_ok "dunmail.conf(5) documents every key under its section"; diag "missing:$missing_man"; fi
if [ -z "$missing_readme" ]; then ok "the README's table documents every key"
else not_ok "the README's table documents every key"; diag "missing:$missing_readme"; fi
dm_done
