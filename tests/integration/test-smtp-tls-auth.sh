#!/bin/bash
# test-smtp-tls-auth: reminders submitted over STARTTLS with SASL AUTH to a real private
# Postfix (issue 7, point 6: "SMTP submission with libcurl, STARTTLS and AUTH when
# configured"), both the ordinary path and the 14-day letter's DSN path.
#
#   (a) Postfix offers STARTTLS with a certificate of a private CA, and AUTH (Cyrus SASL,
#       sasldb) only under TLS
#   (b) the default smtp_starttls = try to this machine's loopback sends in the clear, as
#       it must with a stock Debian Postfix's self-signed certificate
#   (c) with smtp_user set: an unverifiable certificate holds the reminders (nothing goes
#       in the clear), a wrong password holds them, and with smtp_ca_file and the right
#       password both go — the ordinary reminder and the 14-day letter asking for a DSN —
#       authenticated, over TLS
#
# TAP on stdout; exit status 0 when every check passed.  DM_KEEP=1 keeps the directory.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/lib.sh"
dm_require_built dunmail-milter dunmaild dunmail
command -v saslpasswd2 >/dev/null && command -v openssl >/dev/null \
	|| bail "saslpasswd2 and openssl are needed (make deps)"

dm_init smtp-tls-auth

# ---- (a) a private CA, the server's certificate, a SASL user --------------------------
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=dunmail test CA" \
	-keyout "$T/ca.key" -out "$T/ca.pem" 2>>"$T/log/openssl.log" || bail "openssl: CA"
openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
	-keyout "$T/server.key" -out "$T/server.csr" 2>>"$T/log/openssl.log" || bail "openssl: key"
printf 'subjectAltName = IP:127.0.0.1, DNS:localhost\n' >"$T/server.ext"
openssl x509 -req -in "$T/server.csr" -CA "$T/ca.pem" -CAkey "$T/ca.key" -CAcreateserial \
	-days 2 -extfile "$T/server.ext" -out "$T/server.pem" 2>>"$T/log/openssl.log" \
	|| bail "openssl: certificate"
chgrp postfix "$T/server.key" && chmod 0640 "$T/server.key"
# Debian's Postfix reads smtpd.conf from its configuration directory's sasl/ (where
# cyrus_sasl_config_path also points, for an upstream build).
mkdir -p "$T/etc/sasl"
printf '%s\n' 'pwcheck_method: auxprop' 'auxprop_plugin: sasldb' 'mech_list: PLAIN LOGIN' \
	"sasldb_path: $T/sasldb2" >"$T/etc/sasl/smtpd.conf"
echo 'right-password' | saslpasswd2 -p -c -f "$T/sasldb2" -u acme.example dunmail \
	|| bail "saslpasswd2 failed"
chgrp postfix "$T/sasldb2" && chmod 0640 "$T/sasldb2"

# The configuration of each phase: its [mail] lines, and a consumer ladder whose one
# step is a 14-day letter, so that the DSN path is taken too.
config() {
	local m extra=()
	for m in "$@"; do extra+=("mail|$m"); done
	dm_dunmail_config "${extra[@]}"
	printf '%s\n' '[ladder consumer]' 'kind = consumer' 'steps = letter' \
		'[step letter]' 'after = due+7' 'template = fourteen_day_letter' \
		'flags = fourteen_day, final_notice' >>"$T/dunmail.conf"
}
config
dm_postfix_config "unix:$MILTER_SOCK"
dm_postfix_set "smtpd_tls_security_level = may" "smtpd_tls_cert_file = $T/server.pem" \
	"smtpd_tls_key_file = $T/server.key" "smtpd_tls_loglevel = 1" \
	"smtpd_sasl_auth_enable = yes" "smtpd_sasl_type = cyrus" "smtpd_sasl_path = smtpd" \
	"cyrus_sasl_config_path = $T/etc/sasl" "smtpd_tls_auth_only = yes"
printf 'tlsmgr    unix  -       -       n       1000?   1       tlsmgr\n' >>"$T/etc/master.cf"
dm_milter_start
dm_sink_start
dm_postfix_start
diag "private Postfix with STARTTLS and AUTH on 127.0.0.1:$SMTP_PORT, capture on :$SINK_PORT, in $T"

dm_check "invoice 2026-0042 accepted by Postfix" \
	dm_swaks billing@acme.example klant@debtor.example "$HERE/data/invoice-2026-0042.eml"
dm_check "invoice 2026-0043 accepted by Postfix" \
	dm_swaks billing@acme.example other@debtor2.example "$HERE/data/invoice-2026-0043.eml"
dm_check "both reach the capture" dm_wait_captures 2
dm_check "dunmaild records them" dm_dunmaild --once --now 2026-11-10
dm_check "the second debtor is a consumer (its ladder is the 14-day letter)" \
	dm_cli debtor other@debtor2.example --consumer

sasl_logins() { grep -c 'sasl_method=PLAIN, sasl_username=dunmail@acme.example' "$T/postfix.log"; }

# ---- (b) try, on loopback -------------------------------------------------------------
dm_check "dunmaild sends the first reminder with the default smtp_starttls = try" \
	dm_dunmaild --once --now 2026-11-24
dm_check "it reaches the capture" dm_wait_captures 3
dm_check "the log says it was sent" grep -q 'outbox 1: sent to klant@debtor.example' \
	"$T/log/dunmaild.log"
dm_is "no login was made" "$(sasl_logins)" 0

# ---- (c) AUTH: TLS required and verified -----------------------------------------------
config "smtp_user = dunmail@acme.example" "smtp_password = right-password"
dm_check "without the CA, dunmaild runs its pass" dm_dunmaild --once --now 2026-12-07
dm_check "the unverifiable certificate holds the reminders" \
	grep -qE 'will retry: .*(certificate|SSL|TLS)' "$T/log/dunmaild.log"
dm_is "nothing more reached the capture" "$(dm_captures | wc -l)" 3
dm_is "no password was sent" "$(sasl_logins)" 0

config "smtp_user = dunmail@acme.example" "smtp_password = wrong-password" \
	"smtp_ca_file = $T/ca.pem"
dm_check "with a wrong password, dunmaild runs its pass" dm_dunmaild --once --now 2026-12-07
dm_check "the refused login holds the reminders" \
	grep -qiE 'will retry: .*(login denied|authentication)' "$T/log/dunmaild.log"
dm_check "Postfix logged the failed authentication" \
	grep -q 'SASL PLAIN authentication failed' "$T/postfix.log"
dm_is "still nothing more in the capture" "$(dm_captures | wc -l)" 3

config "smtp_user = dunmail@acme.example" "smtp_password = right-password" \
	"smtp_ca_file = $T/ca.pem"
dm_check "with the CA and the right password, dunmaild sends" \
	dm_dunmaild --once --now 2026-12-07
dm_check "both letters reach the capture" dm_wait_captures 5
dm_check "both were submitted authenticated" eval '[ "$(sasl_logins)" -ge 2 ]'
dm_check "over TLS" grep -qE 'TLS connection established from [a-z]+\[127.0.0.1\]' \
	"$T/postfix.log"
dm_check "the 14-day letter asked for a DSN over that path" \
	grep -q 'delivery notification requested' "$T/log/dunmaild.log"
letter=$(dm_captures_with '^X-Rcpt-Args: <other@debtor2.example>' | tail -1)
dm_check "and Postfix passed the request on to the next hop" \
	grep -qE '^X-Rcpt-Args: <other@debtor2.example> .*NOTIFY=SUCCESS,FAILURE' "${letter:-/dev/null}"
pending() {
	dm_cli show "$1" --json 2>>"$T/log/cli.log" \
		| jq '[.outbox[] | select(.state == "pending" or .state == "sending")] | length'
}
dm_is "no reminder of 2026-0042 is left pending" "$(pending 2026-0042)" 0
dm_is "no letter of 2026-0043 is left pending" "$(pending 2026-0043)" 0

dm_check_clean_logs
dm_done
