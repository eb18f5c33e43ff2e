#!/bin/sh
# checksrc: style rules enforced by a script, not by memory (prints TAP).
#   1. banned calls: unbounded or thread-unsafe libc (strcpy, strcat, sprintf, vsprintf,
#      gets, strtok, atoi, atol, gmtime, localtime, ctime, asctime, getpwnam's non-_r
#      siblings are allowed only at start-up and are not listed);
#   2. no trailing white space, no CR line ends in source files;
#   3. every .c file under src/ opens with a comment saying what it does.
cd "$(dirname "$0")/.." || exit 1
n=0 bad=0
check() {   # description, output-of-grep (empty = pass)
	n=$((n + 1))
	if [ -z "$2" ]; then
		echo "ok $n - $1"
	else
		echo "not ok $n - $1"
		echo "$2" | head -20 | sed 's/^/# /'
		bad=1
	fi
}
files=$(find src tests/unit tests/tools -name '*.[ch]' 2>/dev/null)
check "no banned calls" "$(grep -nE '(^|[^_a-zA-Z0-9.>])(strcpy|strcat|sprintf|vsprintf|gets|strtok|atoi|atol|gmtime|localtime|ctime|asctime)[[:space:]]*\(' $files | grep -v 'g_snprintf\|g_strdup_printf')"
check "no trailing white space" "$(grep -nE '[[:space:]]+$' $files)"
check "every src file starts with a comment" "$(for f in $(find src -name '*.[ch]'); do head -1 "$f" | grep -q '^/\*' || echo "$f"; done)"
echo "1..$n"
exit $bad
