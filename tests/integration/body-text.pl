#!/usr/bin/perl
# body-text.pl FILE: prints the text of a mail message for tests to grep: the first
# text/plain part (or the whole body of a single-part message), decoded from
# quoted-printable or base64.  Only core Perl modules: swaks already needs Perl.
use strict;
use warnings;
use MIME::QuotedPrint qw(decode_qp);
use MIME::Base64 qw(decode_base64);

local $/;
my $raw = <>;
$raw =~ s/\r\n/\n/g;

sub split_entity {
	my ($text) = @_;
	my ($head, $body) = split(/\n\n/, $text, 2);
	$body //= '';
	$head =~ s/\n[ \t]+/ /g;                # unfold
	my %h;
	for my $line (split /\n/, $head) {
		my ($name, $value) = $line =~ /^([^:\s]+):\s*(.*)$/ or next;
		$h{lc $name} //= $value;
	}
	return (\%h, $body);
}

sub decode_body {
	my ($h, $body) = @_;
	my $cte = lc($h->{'content-transfer-encoding'} // '');
	return decode_qp($body) if $cte =~ /quoted-printable/;
	return decode_base64($body) if $cte =~ /base64/;
	return $body;
}

sub text_of {
	my ($text, $depth) = @_;
	my ($h, $body) = split_entity($text);
	my $ct = $h->{'content-type'} // 'text/plain';
	if ($depth < 5 && $ct =~ m{^multipart/}i && $ct =~ /boundary="?([^";]+)"?/i) {
		my $b = quotemeta $1;
		my @parts = split /^--$b(?:--)?[ \t]*$/m, $body;
		shift @parts;                    # the preamble
		for my $p (@parts) {
			$p =~ s/^\n//;
			my $t = text_of($p, $depth + 1);
			return $t if defined $t;
		}
		return undef;
	}
	return decode_body($h, $body) if $ct =~ m{^text/plain}i || $depth == 0;
	return undef;
}

my $t = text_of($raw, 0);
print $t // '';
