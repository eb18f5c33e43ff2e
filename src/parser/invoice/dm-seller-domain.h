/* dm-seller-domain: the firm a sender's mail domain spells (seller_domain.c).  A small
 * business mails from its own domain, named for the firm (office@pryceandsons.co.uk,
 * beth@thelarderkitchen.co.uk), while the From name is often a person's — an office
 * manager, a virtual assistant, the owner — so the letterhead's name is not among the
 * sender's names; the domain still spells it, and on free mail a sole trader's mailbox
 * (fliesen.kaya@gmail.com).  Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>

/* (transfer full) (nullable) the first label of @address's domain (nullable), its letters
 * and digits only, in lower case ("pryceandsons" of office@pryceandsons.co.uk,
 * "malerkoenig" of info@maler-koenig.de); for a free-mail provider's domain
 * (dm_address_free_mail_domain) the mailbox when it joins two words or more, the digits at
 * its end dropped ("fliesenkaya" of fliesen.kaya@gmail.com: a sole trader names it for the
 * firm), else NULL; NULL too for a label shorter than six letters, which too many names
 * begin with. */
char *dm_seller_domain_label(const char *address);

/* TRUE when @name (nullable), its letters and digits only in lower case and "&" read as
 * "and", begins with @label (nullable; dm_seller_domain_label's): "Pryce & Sons Plumbing and
 * Heating Ltd" for "pryceandsons", "The Larder Kitchen" for "thelarderkitchen".  A name
 * that only holds the label further on ("Studio Pryce & Sons") does not, nor one whose first
 * word runs past the label ("Smithson Ltd" for "smiths"). */
gboolean dm_seller_domain_spells(const char *label, const char *name);
