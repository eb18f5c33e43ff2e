#!/bin/sh
# Install the Debian packages dunmail needs to build, test and run its demo.
# Idempotent: runs apt-get update and install only when something is missing.
set -eu
PKGS="build-essential pkg-config libglib2.0-dev libcairo2-dev libfontconfig-dev libgmime-3.0-dev libpcre2-dev libsqlite3-dev
      libcurl4-openssl-dev libxml2-dev libjson-glib-dev libpoppler-glib-dev libmilter-dev liblinear-dev
      postfix swaks miltertest sqlite3 jq clang valgrind
      scdoc debhelper dpkg-dev fakeroot lintian man-db groff-base"
# Test dependencies: an unpacked Sendmail (tests/integration/lib-sendmail.sh) needs
# these installed; its own packages are only downloaded, since sendmail-bin conflicts
# with postfix.
PKGS="$PKGS libwrap0 m4"
# Test dependencies: chromium renders the digest's and the report's HTML to PNGs
# (tests/integration/test-render.sh) to check they fit a mail client's width.
PKGS="$PKGS chromium"
# Test dependencies: a private Postfix with STARTTLS and SASL AUTH (sasldb) for the
# submission path (tests/integration/test-smtp-tls-auth.sh).
PKGS="$PKGS openssl sasl2-bin libsasl2-modules libsasl2-modules-db"
# Benchmark peer: OpenDKIM verifying, the milter every mail server already runs (bench/run.sh).
PKGS="$PKGS opendkim opendkim-tools"
missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
	echo "deps: missing packages:$missing (run 'make deps' as root)" >&2
	exit 1
fi
echo "deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
# Postfix asks how to configure the system instance; dunmail's tests use private instances.
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
# Wait for another apt or dpkg run (unattended-upgrades on a new machine) instead of failing.
APT="apt-get -y -qq -o DPkg::Lock::Timeout=600"
# A machine whose last dpkg run was cut off refuses every install ("dpkg was interrupted,
# you must manually run 'dpkg --configure -a'") until its unpacked packages are configured:
# finish that run first. A no-op when nothing is pending.
dpkg --configure -a
$APT update
if ! $APT install --no-install-recommends $missing; then
	# One retry after mending what a broken run left: configure what is unpacked and let apt
	# complete half-installed dependencies, then install again. A second failure is real.
	echo "deps: install failed; configuring what is unpacked and trying once more" >&2
	dpkg --configure -a
	$APT install -f
	$APT install --no-install-recommends $missing
fi
