#!/bin/bash
# test-reply-headers: an automatic reply is a machine's only when a header says so, end to
# end through a real private Postfix (issue 6, points 1 and 9).
#
#   (a) invoices 2026-0042 (klant@debtor.example) and 2026-0043 (other@debtor2.example) go
#       out and are recorded
#   (b) Kees types "Ik ben momenteel afwezig en lees mijn mail niet." in an ordinary reply:
#       the model reads an auto reply, but no header says a machine wrote it, so it goes by
#       a person's rules — no day back, so 2026-0042 is held for the owner
#   (c) Olga's mail program answers with Auto-Submitted: auto-replied, away through Friday
#       4 December: a machine's out-of-office, acting by itself — 2026-0043 is paused until
#       the day after her return (Monday 7 December), nothing waits for the owner
#
# Both senders pass DMARC (the stand-in milter fails no domain), so only the headers differ.
# TAP on stdout; exit status 0 when every check passed.  DM_KEEP=1 keeps the directory.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/lib.sh"
DATA="$HERE/data"
dm_require_built dunmail-milter dunmaild dunmail

dm_init reply-headers
dm_dunmail_config
dm_postfix_config "unix:$AR_SOCK" "unix:$MILTER_SOCK"
dm_postfix_set "relay_domains = acme.example"
dm_ar_start
dm_milter_start
dm_sink_start
dm_postfix_start
diag "private Postfix on 127.0.0.1:$SMTP_PORT, capture on :$SINK_PORT, in $T"

# reply_from ADDRESS: the reply of `dunmail replies --json` from ADDRESS, or "null".
reply_from() {
	dm_cli replies --json 2>>"$T/log/cli.log" | jq -c --arg a "$1" 'map(select(.from == $a)) | .[0]'
}

# ---- (a) the invoices ---------------------------------------------------------------
dm_check "invoice 2026-0042 accepted by Postfix" \
	dm_swaks billing@acme.example klant@debtor.example "$DATA/invoice-2026-0042.eml"
dm_check "invoice 2026-0043 accepted by Postfix" \
	dm_swaks billing@acme.example other@debtor2.example "$DATA/invoice-2026-0043.eml"
dm_check "both reach the capture" dm_wait_captures 2
dm_check "dunmaild records them" dm_dunmaild --once --now 2026-11-20
dm_is "2026-0042 is open" "$(jq -r '.status' <<<"$(dm_invoice_json 2026-0042)")" open
dm_is "2026-0043 is open" "$(jq -r '.status' <<<"$(dm_invoice_json 2026-0043)")" open

# ---- the two answers, as dunmail classify reads them --------------------------------
typed=$(dm_cli classify --json "$DATA/reply-away-typed.eml" 2>>"$T/log/cli.log")
dm_is "(b) the model reads the typed absence as an auto reply" \
	"$(jq -r '.class' <<<"$typed")" auto_reply
dm_is "(b) ... and no header says a machine wrote it" \
	"$(jq -r '.automatic_header' <<<"$typed")" null
ooo=$(dm_cli classify --json "$DATA/reply-ooo-auto-submitted.eml" 2>>"$T/log/cli.log")
dm_is "(c) the out-of-office names the header that gave it away" \
	"$(jq -r '.automatic_header' <<<"$ooo")" "Auto-Submitted: auto-replied"
dm_check "(c) ... and explain says so" \
	grep -qx 'header: Auto-Submitted: auto-replied' <<<"$(jq -r '.explain[]' <<<"$ooo")"

# ---- (b), (c) through Postfix --------------------------------------------------------
dm_check "(b) the typed reply is accepted by Postfix" \
	dm_swaks klant@debtor.example billing@acme.example "$DATA/reply-away-typed.eml"
dm_check "(c) the out-of-office is accepted by Postfix" \
	dm_swaks other@debtor2.example billing@acme.example "$DATA/reply-ooo-auto-submitted.eml"
dm_check "both are delivered" dm_wait_captures 4
dm_check "dunmaild --once --now 2026-11-26 ingests them" dm_dunmaild --once --now 2026-11-26

r=$(reply_from klant@debtor.example)
diag "typed: $r"
dm_is "(b) the typed reply is matched to 2026-0042" "$(jq -r '.invoice' <<<"$r")" 2026-0042
dm_is "(b) it is read as auto_reply" "$(jq -r '.class' <<<"$r")" auto_reply
dm_is "(b) its sender is verified" "$(jq -r '.authenticated' <<<"$r")" true
dm_is "(b) it did not act by itself" "$(jq -r '.applied' <<<"$r")" false
dm_is "(b) it waits for the owner" "$(jq -r '.needs_review' <<<"$r")" true
inv=$(dm_invoice_json 2026-0042)
dm_is "(b) 2026-0042 is held" "$(jq -r '.status' <<<"$inv")" held
dm_is "(b) ... because a person is away without a day back" \
	"$(jq -r '.pause_reason' <<<"$inv")" "away without a return day"

r=$(reply_from other@debtor2.example)
diag "out-of-office: $r"
dm_is "(c) the out-of-office is matched to 2026-0043" "$(jq -r '.invoice' <<<"$r")" 2026-0043
dm_is "(c) it is an automatic reply" "$(jq -r '.kind' <<<"$r")" auto_reply
dm_is "(c) its return day is read" "$(jq -r '.date' <<<"$r")" 2026-12-07
dm_is "(c) it acted by itself" "$(jq -r '.applied' <<<"$r")" true
dm_is "(c) nothing waits for the owner" "$(jq -r '.needs_review' <<<"$r")" false
inv=$(dm_invoice_json 2026-0043)
dm_is "(c) 2026-0043 is paused" "$(jq -r '.status' <<<"$inv")" paused
dm_is "(c) ... for the auto reply" "$(jq -r '.pause_reason' <<<"$inv")" auto_reply
dm_is "(c) ... until the day after the return" "$(jq -r '.pause_until' <<<"$inv")" 2026-12-08

dm_check_clean_logs
dm_done
