#!/bin/bash
# test-milter-postfix: dunmail-milter behind a real private Postfix (see lib.sh).
#
# Checks what only a real MTA can show: the direction rule with a real client address
# (presented with XCLIENT as an outside host), headers added by an earlier milter reaching
# our spool file, the sendmail(1) path through non_smtpd_milters, the Message-ID added to
# an outgoing message that had none, and mail passing unchanged in every case.
# TAP on stdout; exit status 0 when every check passed.
set -u
source "$(dirname "$0")/lib.sh"

dm_init milter
# 10.9.9.0/24 stands for the office LAN: internal to dunmail, in mynetworks for Postfix.
dm_dunmail_config "milter|internal_networks = 127.0.0.0/8, 10.9.9.0/24"
dm_postfix_config "unix:$AR_SOCK" "unix:$MILTER_SOCK"
# We are the MX for acme.example: outside hosts may send to it.  local_header_rewrite_clients
# is emptied so that Postfix adds no Message-ID itself (it would for our loopback
# connection even after XCLIENT), leaving the milter's own addition to be seen.
dm_postfix_set "relay_domains = acme.example" "mynetworks = 127.0.0.0/8, 10.9.9.0/24" \
	"local_header_rewrite_clients ="
dm_ar_start
dm_milter_start
dm_sink_start
dm_postfix_start
diag "private Postfix on 127.0.0.1:$SMTP_PORT, capture on :$SINK_PORT, in $T"

OUTSIDE=(--xclient-addr 203.0.113.5 --xclient-name mail.stranger.example)
# A desktop in the office LAN, sending an invoice without a Message-ID.
OFFICE=(--xclient-addr 10.9.9.5 --xclient-name desk1.acme.example)

# mail FROM TO SUBJECT-TOKEN [HEADER-LINES]: a small message file, printed path.
mail() {
	local f="$T/msg-$3.eml"
	{
		printf 'From: <%s>\nTo: <%s>\nSubject: test %s\n' "$1" "$2" "$3"
		printf 'Date: Tue, 24 Nov 2026 10:00:00 +0100\n'
		[ -n "${4:-}" ] && printf '%s\n' "$4"
		printf 'MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n'
		printf 'Body of %s.\nFactuur 2026-0099, totaal EUR 10,00.\n' "$3"
	} >"$f"
	echo "$f"
}
spooled() { grep -l -- "Subject: test $1" $(dm_spool_files) /dev/null 2>/dev/null | head -1; }
captured() { dm_capture_find "^Subject: test $1\$"; }
env_value() { sed -n "/^\$/q; s/^$2: //p" "$1" | head -1; }

n=0
# 1. Spoofed billing sender from outside to a colleague: delivered, not spooled.
f=$(mail billing@acme.example colleague@acme.example spoof "Message-ID: <spoof-1@stranger.example>")
dm_check "spoofed billing MAIL FROM from outside is accepted by Postfix" \
	dm_swaks billing@acme.example colleague@acme.example "$f" "${OUTSIDE[@]}"
n=$((n + 1))
dm_check "spoofed message is delivered" dm_wait_captures $n
dm_is "spoofed message is not spooled" "$(spooled spoof)" ""
dm_check "the milter logs why it ignored the spoofed message" \
	grep -qiE 'ignored|none|not internal' "$T/log/dunmail-milter.log"

# 2. Reply from outside to the billing address: spooled as incoming, with the
#    Authentication-Results the earlier milter added.
f=$(mail klant@debtor.example billing@acme.example reply "Message-ID: <reply-1@debtor.example>")
dm_check "reply from outside is accepted" \
	dm_swaks klant@debtor.example billing@acme.example "$f" "${OUTSIDE[@]}"
n=$((n + 1))
dm_check "reply is delivered" dm_wait_captures $n
s=$(spooled reply)
if [ -n "$s" ]; then
	ok "reply is spooled"
	dm_is "reply spooled as incoming" "$(env_value "$s" Direction)" incoming
	dm_is "spool envelope has the outside client address" "$(env_value "$s" Client-Addr)" 203.0.113.5
	dm_check "spool file holds the Authentication-Results added by the milter before ours" \
		grep -q '^Authentication-Results: mx.acme.example; dmarc=pass (p=none) header.from=debtor.example' "$s"
	dm_is "no temporary spool file left" "$(find "$T/spool/tmp" -type f | wc -l)" 0
else
	not_ok "reply is spooled"; diag "$(tail -5 "$T/log/dunmail-milter.log")"
fi

# 3. Outgoing invoice over SMTP from the office LAN, without a Message-ID: spooled as
#    outgoing, and the Message-ID the milter added is the one delivered.
f=$(mail billing@acme.example klant@debtor.example noid)
dm_check "outgoing message without Message-ID is accepted" \
	dm_swaks billing@acme.example klant@debtor.example "$f" "${OFFICE[@]}"
n=$((n + 1))
dm_check "outgoing message is delivered" dm_wait_captures $n
s=$(spooled noid)
c=$(captured noid)
if [ -n "$s" ] && [ -n "$c" ]; then
	ok "outgoing message is spooled"
	dm_is "spooled as outgoing" "$(env_value "$s" Direction)" outgoing
	dm_is "spool envelope has the office client address" "$(env_value "$s" Client-Addr)" 10.9.9.5
	added=$(env_value "$s" Added-Message-Id)
	delivered=$(dm_capture_message "$c" | sed -n '/^$/q; s/^Message-I[Dd]: *//Ip' | head -1)
	dm_check "the milter recorded the Message-ID it added" test -n "$added"
	dm_is "the delivered Message-ID is the one the milter added" "$delivered" "$added"
else
	not_ok "outgoing message is spooled and delivered"
fi

# 4. sendmail(1) submission (non_smtpd_milters): outgoing, no client address.
f=$(mail billing@acme.example klant@debtor.example sendmail "Message-ID: <sendmail-1@acme.example>")
dm_check "sendmail(1) submission is accepted" \
	/usr/sbin/sendmail -C "$T/etc" -f billing@acme.example klant@debtor.example <"$f"
n=$((n + 1))
dm_check "sendmail(1) message is delivered" dm_wait_captures $n
s=$(spooled sendmail)
if [ -n "$s" ]; then
	ok "sendmail(1) message is spooled"
	dm_is "sendmail(1) message spooled as outgoing" "$(env_value "$s" Direction)" outgoing
else
	not_ok "sendmail(1) message is spooled"; diag "$(tail -5 "$T/log/dunmail-milter.log")"
fi

# 5. Unrelated mail: delivered, not spooled.
f=$(mail someone@elsewhere.example colleague@acme.example other "Message-ID: <other-1@elsewhere.example>")
dm_check "unrelated mail is accepted" \
	dm_swaks someone@elsewhere.example colleague@acme.example "$f" "${OUTSIDE[@]}"
n=$((n + 1))
dm_check "unrelated mail is delivered" dm_wait_captures $n
dm_is "unrelated mail is not spooled" "$(spooled other)" ""

# 6. Every message passed unchanged apart from added header fields.
for tok in spoof reply noid sendmail other; do
	c=$(captured "$tok")
	sent="$T/msg-$tok.eml"
	[ -n "$c" ] || { not_ok "$tok delivered body unchanged"; continue; }
	dm_is "$tok: delivered body equals the sent body" \
		"$(dm_capture_message "$c" | sed '1,/^$/d' | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}')" \
		"$(sed '1,/^$/d' "$sent")"
done

# 7. Postfix speaks milter protocol 6: the milter took the no-reply steps, so every check
#    above (spooled, delivered, ignored) went through them.
dm_check "Postfix offered, and the milter took, the no-reply steps" \
	grep -q 'the MTA takes no reply at connect, MAIL, RCPT, headers and body' "$T/log/dunmail-milter.log"
dm_is "the milter never fell back to a reply at every step" \
	"$(grep -c 'offers no no-reply steps' "$T/log/dunmail-milter.log")" 0

dm_is "Postfix logged no milter errors" \
	"$(grep -ciE 'milter.*(error|refused|timeout)' "$T/postfix.log")" 0
dm_postfix_stop
dm_milter_stop -TERM
dm_check "dunmail-milter stops on SIGTERM" grep -q 'stopped' "$T/log/dunmail-milter.log"
dm_check_clean_logs
dm_done
