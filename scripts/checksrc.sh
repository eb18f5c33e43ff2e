#!/bin/sh
# checksrc: style rules enforced by a script, not by memory (prints TAP).
#   1. banned calls: unbounded or thread-unsafe libc (strcpy, strcat, sprintf, vsprintf,
#      gets, strtok, atoi, atol, gmtime, localtime, ctime, asctime, getpwnam's non-_r
#      siblings are allowed only at start-up and are not listed);
#   2. no trailing white space, no CR line ends in source files;
#   3. every .c file under src/ opens with a comment saying what it does;
#   4. arrows point down: a directory includes only the directories below it (the table
#      in layers(), drawn in doc/architecture.md), or single headers of a directory it
#      may not include whole (layer_headers(): the engine sees the ledger's types only);
#   5. the ledger is one interface over backends: SQLite's API appears only in the SQLite
#      backend's files (src/dunning/ledger/*sqlite*), and the ledger's private headers
#      (backend ops, statements, schema) only inside src/dunning/ledger;
#   6. no include cycles in src/parser: a.c depends on b.c when a header a.c sees (directly
#      or through other headers) declares a function b.c defines; those dependencies must
#      form a chain, never a circle (checked with tsort).
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

# layers DIR: the project directories whose headers code in DIR may include.  A directory
# may always include its own headers.  Programs -> cli/daemon -> send -> report ->
# template/engine -> ledger -> parser -> common.
layers() {
	case "$1" in
	src/common)          echo "common" ;;
	src/milter)          echo "common" ;;
	src/parser/text)     echo "common" ;;
	src/parser/mime)     echo "parser/text common" ;;
	src/parser/invoice)  echo "parser/mime parser/text common" ;;
	src/parser/reply)    echo "parser/mime parser/text common" ;;
	src/parser/command)  echo "parser/reply parser/text common" ;;
	src/dunning/ledger)  echo "parser/reply common" ;;
	src/dunning/engine)  echo "parser/reply parser/mime parser/text common" ;;
	src/dunning/template) echo "common" ;;
	src/dunning/report)  echo "dunning/template dunning/engine dunning/ledger parser/reply parser/mime parser/text common" ;;
	src/dunning/owner)   echo "dunning/engine dunning/ledger parser/command parser/reply parser/mime parser/text common" ;;
	src/dunning/send)    echo "dunning/template dunning/engine dunning/ledger parser/mime common" ;;
	src/dunning/learn)   echo "parser/reply parser/mime parser/text common" ;;
	src/dunning/daemon)  echo "dunning/owner dunning/send dunning/report dunning/template dunning/engine dunning/ledger parser/invoice parser/command parser/reply parser/mime parser/text common" ;;
	src/dunning/cli)     echo "dunning/learn dunning/owner dunning/send dunning/report dunning/template dunning/engine dunning/ledger parser/invoice parser/command parser/reply parser/mime parser/text common" ;;
	*)                   echo "UNKNOWN" ;;
	esac
}
# layer_headers DIR: single headers DIR may include from a directory it may not include
# whole.  The engine's decisions are pure: of the ledger they see the row types and enums
# (no function that does I/O), never the functions that read or write.
layer_headers() {
	case "$1" in
	src/dunning/engine)  echo "dunning/ledger/dm-ledger-types.h" ;;
	# the sender's own words of a reply, for the invoice's facts (own_words.c)
	src/parser/invoice)  echo "parser/reply/dm-reply-quote.h" ;;
	*)                   echo "" ;;
	esac
}
include_violations() {
	for f in $(find src -name '*.[ch]' | sort); do
		dir=$(dirname "$f")
		allowed=$(layers "$dir")
		if [ "$allowed" = UNKNOWN ]; then
			echo "$f: directory $dir has no place in the layers of scripts/checksrc.sh"
			continue
		fi
		own=${dir#src/}
		headers=$(layer_headers "$dir")
		grep -n '^#include "' "$f" | while IFS= read -r line; do
			inc=$(echo "$line" | sed 's/.*#include "\([^"]*\)".*/\1/')
			idir=$(dirname "$inc")
			[ "$idir" = "$own" ] && continue
			case " $allowed " in *" $idir "*) continue ;; esac
			case " $headers " in *" $inc "*) continue ;; esac
			echo "$f:${line%%:*}: includes $inc, but $own may include only: $own $allowed $headers"
		done
	done
}
check "includes point down the layers" "$(include_violations)"

# The SQLite backend's files are the only ones that know SQLite (DESIGN.md: a PostgreSQL
# backend can follow without touching a caller).
backend_violations() {
	grep -ln 'sqlite3' $(find src -name '*.[ch]' | sort) |
		grep -v '^src/dunning/ledger/[^/]*sqlite[^/]*$' | sed 's/$/: mentions sqlite3 outside the SQLite backend/'
	grep -ln '#include "dunning/ledger/dm-ledger-\(backend\|sql\|schema\)\.h"' \
		$(find src -name '*.[ch]' | grep -v '^src/dunning/ledger/' | sort) |
		sed 's/$/: includes a private header of the ledger/'
}
check "SQLite only in its backend, the ledger's private headers only in the ledger" "$(backend_violations)"

parser_dependencies() {    # prints "a.c b.c" pairs: a.c sees a declaration b.c defines
	{
		grep -H '^#include "' src/parser/*/*.[ch] src/common/*.h | sed 's/:#include "\([^"]*\)".*/ inc \1/'
		grep -Ho 'dm_[a-z0-9_]*[[:space:]]*(' src/parser/*/*.h | tr -d ' \t(' | sed 's/:/ decl /'
		grep -Ho '^dm_[a-z0-9_]*(' src/parser/*/*.c | tr -d '(' | sed 's/:/ def /'
	} | awk '
	$2 == "inc" { inc[$1] = inc[$1] " src/" $3 }
	$2 == "decl" { decl[$1] = decl[$1] " " $3 }
	$2 == "def" { owner[$3] = owner[$3] " " $1; if ($1 ~ /\.c$/) files[$1] = 1 }
	END {
		for (f in files) {
			# the headers f sees, directly or through other headers
			delete seen; n = split(inc[f], todo, " ")
			while (n > 0) {
				h = todo[n--]
				if (h in seen) continue
				seen[h] = 1
				m = split(inc[h], more, " ")
				for (i = 1; i <= m; i++) todo[++n] = more[i]
			}
			for (h in seen) {
				k = split(decl[h], names, " ")
				for (i = 1; i <= k; i++) {
					o = split(owner[names[i]], os, " ")
					for (j = 1; j <= o; j++) if (os[j] != f) print f, os[j]
				}
			}
		}
	}' | sort -u
}
check "no include cycles in src/parser" "$(parser_dependencies | tsort 2>&1 >/dev/null)"
echo "1..$n"
exit $bad
