/* dm-milter-callbacks: the libmilter callbacks of dunmail-milter.
 *
 * One connection context per MTA connection (client address, name, negotiated options) and
 * one message context from MAIL FROM to end of message or abort.  The direction is decided
 * as soon as it is certain (outgoing at the first RCPT, incoming at the first billing RCPT,
 * none only at DATA once every recipient is known); mail that is neither gets SMFIS_ACCEPT
 * so the MTA sends nothing more.  The spool envelope records the first 1000 recipients
 * (at most 512 KiB of them) and the log says how many more there were; the direction is
 * decided on all of them.
 *
 * When the MTA offers them (milter protocol 6: Postfix, Sendmail 8.14+), the callbacks of
 * connect, MAIL, RCPT, each header and each body chunk answer SMFIS_NOREPLY, and an ACCEPT
 * decided there is given at the next step that replies (DATA, end of headers or end of
 * message); with an older MTA every step is answered as it comes.
 *
 * Failure class: trouble with one message only.  Any failure (spool, size cap, memory of
 * the MTA's macros) is logged with the queue id and the copy dropped; the callbacks never
 * answer TEMPFAIL or REJECT, so dunmail's trouble never delays or refuses mail.
 */
#pragma once
#include <glib.h>
#include <libmilter/mfapi.h>
#include "common/dm-config.h"

/* The libmilter calls the callbacks make, behind a table so that the callback-level tests
 * can run them without an MTA.  dm_milter_api starts out pointing at the real smfi_*. */
typedef struct {
	char *(*getsymval)(SMFICTX *ctx, char *name);
	int (*setpriv)(SMFICTX *ctx, void *priv);
	void *(*getpriv)(SMFICTX *ctx);
	int (*addheader)(SMFICTX *ctx, char *name, char *value);
	int (*setsymlist)(SMFICTX *ctx, int stage, char *macros);
} DmMilterApi;

extern DmMilterApi dm_milter_api;

/* Sets the configuration the callbacks use, (transfer none).  It must stay valid while any
 * callback may run, and that is past smfi_main's return (libmilter's session threads are
 * detached): dunmail-milter never frees it. */
void dm_milter_set_config(const DmConfig *config);

/* Fills @desc with our name, flags and callbacks, ready for smfi_register. */
void dm_milter_describe(struct smfiDesc *desc);

/* The callbacks, public for the callback-level tests. */
sfsistat dm_milter_negotiate(SMFICTX *ctx, unsigned long f0, unsigned long f1,
                             unsigned long f2, unsigned long f3, unsigned long *pf0,
                             unsigned long *pf1, unsigned long *pf2, unsigned long *pf3);
sfsistat dm_milter_connect(SMFICTX *ctx, char *hostname, struct sockaddr *addr);
sfsistat dm_milter_envfrom(SMFICTX *ctx, char **argv);
sfsistat dm_milter_envrcpt(SMFICTX *ctx, char **argv);
sfsistat dm_milter_data(SMFICTX *ctx);
sfsistat dm_milter_header(SMFICTX *ctx, char *name, char *value);
sfsistat dm_milter_eoh(SMFICTX *ctx);
sfsistat dm_milter_body(SMFICTX *ctx, unsigned char *chunk, size_t len);
sfsistat dm_milter_eom(SMFICTX *ctx);
sfsistat dm_milter_abort(SMFICTX *ctx);
sfsistat dm_milter_close(SMFICTX *ctx);
