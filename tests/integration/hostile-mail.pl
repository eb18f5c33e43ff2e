#!/usr/bin/perl
# hostile-mail.pl KIND: prints one hostile message (CRLF line ends) for test-hostile.sh,
# made at test time so nothing large is stored.
#   big        a 50 MB invoice mail          nested   1,000 nested multiparts
#   broken     broken MIME and charsets      header   a 200 KB header line
#   nul        NUL bytes in headers and body pdfbomb  a PDF whose page inflates to 300 MB
#   ubl        an e-invoice whose number and debtor carry SQL, bidi, line separators, HTML
#   reply      a debtor's reply with the same in its name, subject and text
use strict;
use warnings;
use Compress::Zlib;
use MIME::Base64;

binmode STDOUT;
my $kind = shift // die "usage: hostile-mail.pl KIND\n";
my ($RLO, $LS, $PS, $NEL, $LRI) = ("\xe2\x80\xae", "\xe2\x80\xa8", "\xe2\x80\xa9", "\xc2\x85", "\xe2\x81\xa6");
# What a stranger can put in a field that reaches a template, a header, a log or a table.
my $HOSTILE = "${RLO}fdp.exe${LS}<b>bold</b>${PS}${NEL}\e[31m' ; -- DROP TABLE invoices;${LRI}";
my $head = "From: Acme BV <billing\@acme.example>\r\nTo: Klant <klant\@debtor.example>\r\n"
         . "Date: Tue, 24 Nov 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n";
sub mid { "Message-ID: <hostile-$kind\@acme.example>\r\n" }
sub b64 { my $s = encode_base64($_[0], ''); "=?utf-8?B?$s?=" }

if ($kind eq 'big') {
	print $head, mid(), "Subject: Factuur 2026-1001\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n";
	my $line = "Factuur 2026-1001, bedrag EUR 1.234,56, te betalen binnen 14 dagen.\r\n";
	print $line x int(50 * 1024 * 1024 / length $line);
} elsif ($kind eq 'nested') {
	print $head, mid(), "Subject: Factuur 2026-1002\r\nContent-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n";
	print "--b", $_ - 1, "\r\nContent-Type: multipart/mixed; boundary=\"b$_\"\r\n\r\n" for 1 .. 1000;
	print "--b1000\r\nContent-Type: text/plain\r\n\r\nFactuur 2026-1002, EUR 10,00\r\n";
	print "--b$_--\r\n" for reverse 0 .. 1000;
} elsif ($kind eq 'broken') {
	print $head, mid(), "Subject: =?x-no-such?B?!!!?= =?utf-8?Q?Factuur_=FF=FE?=\r\n",
	      "Content-Type: multipart/mixed; boundary=\"open\"\r\n\r\n",
	      "--open\r\nContent-Type: text/plain; charset=\"x-bogus\"\r\nContent-Transfer-Encoding: base64\r\n\r\n",
	      "%%%% not base64 ====\r\n",
	      "--open\r\nContent-Type: text/plain; charset=utf-16\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n",
	      "F=00a=0=ZZc=\r\n",
	      "--open\r\nContent-Type: text/html; charset=iso-2022-jp\r\n\r\n<p>\e\$B\e(<b>open<table><td>Factuur\xff\r\n";
} elsif ($kind eq 'header') {
	print $head, mid(), "Subject: Factuur ", "2026-1004 " x (200 * 1024 / 10), "\r\n",
	      "Content-Type: text/plain\r\n\r\nFactuur 2026-1004\r\n";
} elsif ($kind eq 'nul') {
	print $head, mid(), "Subject: Factuur 2026\x00-1005\r\nContent-Type: text/plain\r\n\r\n",
	      "Factuur\x00 2026-1005 EUR\x00 12,00\r\n", "\x00" x 4096, "\r\n";
} elsif ($kind eq 'pdfbomb') {
	my $d = deflateInit(-Level => Z_BEST_COMPRESSION) or die;
	my $op = "BT /F1 9 Tf 10 10 Td (Factuur 2026-1006 EUR 99,00) Tj ET\n";
	my $chunk = $op x int(1024 * 1024 / length $op);
	my $z = '';
	for (1 .. 300) { my ($o) = $d->deflate($chunk); $z .= $o; }
	my ($o) = $d->flush(); $z .= $o;
	my $pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
	        . "2 0 obj << /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >> endobj\n"
	        . "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
	        . "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
	        . "4 0 obj << /Length " . length($z) . " /Filter /FlateDecode >> stream\n$z\nendstream endobj\n"
	        . "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
	        . "trailer << /Root 1 0 R >>\n%%EOF\n";
	print $head, mid(), "Subject: Factuur 2026-1006\r\nContent-Type: multipart/mixed; boundary=\"p\"\r\n\r\n",
	      "--p\r\nContent-Type: text/plain\r\n\r\nIn de bijlage de factuur.\r\n",
	      "--p\r\nContent-Type: application/pdf; name=\"factuur.pdf\"\r\n",
	      "Content-Disposition: attachment; filename=\"factuur.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n",
	      encode_base64($pdf, "\r\n"), "--p--\r\n";
} elsif ($kind eq 'ubl') {
	(my $xml_hostile = $HOSTILE) =~ s/</&lt;/g;
	$xml_hostile =~ s/\e//g;        # not a character XML allows
	my $xml = <<"XML";
<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 <cbc:ID>2026-'0042;--</cbc:ID>
 <cbc:IssueDate>2026-09-10</cbc:IssueDate>
 <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
 <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
 <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Acme BV</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>
 <cac:AccountingCustomerParty><cac:Party>
  <cac:PartyLegalEntity><cbc:RegistrationName>Jan $xml_hostile B.V.</cbc:RegistrationName></cac:PartyLegalEntity>
  <cac:Contact><cbc:ElectronicMail>klant\@debtor.example</cbc:ElectronicMail></cac:Contact>
 </cac:Party></cac:AccountingCustomerParty>
 <cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cbc:PaymentDueDate>2026-10-01</cbc:PaymentDueDate></cac:PaymentMeans>
 <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="EUR">605.00</cbc:PayableAmount></cac:LegalMonetaryTotal>
</Invoice>
XML
	print "From: Acme BV <billing\@acme.example>\r\nTo: ", b64("Jan $HOSTILE"), " <klant\@debtor.example>\r\n",
	      "Date: Thu, 10 Sep 2026 10:00:00 +0200\r\nMIME-Version: 1.0\r\n", mid(),
	      "Subject: ", b64("Factuur 2026-'0042;-- $HOSTILE\r\nBcc: victim\@evil.example"), "\r\n",
	      "Content-Type: multipart/mixed; boundary=\"u\"\r\n\r\n",
	      "--u\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Factuur 2026-'0042;-- voor Jan $HOSTILE</p>\r\n",
	      "--u\r\nContent-Type: application/xml; name=\"factuur.xml\"\r\n",
	      "Content-Disposition: attachment; filename=\"factuur.xml\"\r\nContent-Transfer-Encoding: base64\r\n\r\n",
	      encode_base64($xml, "\r\n"), "--u--\r\n";
} elsif ($kind eq 'reply') {
	print "From: ", b64("Jan $HOSTILE"), " <klant\@debtor.example>\r\nTo: billing\@acme.example\r\n",
	      "Date: Thu, 19 Nov 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n", mid(),
	      "In-Reply-To: <hostile-ubl\@acme.example>\r\n",
	      "Subject: ", b64("Re: Factuur 2026-'0042;-- $HOSTILE\r\nX-Evil: 1"), "\r\n",
	      "Content-Type: text/plain; charset=utf-8\r\n\r\n",
	      "Ik betwist deze factuur $HOSTILE <script>alert(1)</script>\r\n";
} else {
	die "hostile-mail.pl: unknown kind '$kind'\n";
}
