/* test-greeting: what a greeting line is and whom it names (dm_greeting_line) in Dutch,
 * English and German — a person without a single form of address, a couple as printed, no
 * one for a role, a group or an office — the lines that are no greeting, and the greeting's
 * words before a name on a line (dm_greeting_before). */
#include "parser/invoice/dm-greeting.h"

#include <string.h>

static const struct {
	const char *name, *line;
	gboolean greeting;
	const char *whom;
} lines[] = {
	{ "nl-given", "Beste Marloes,", TRUE, "Marloes" },
	{ "de-given", "Hallo Jonas,", TRUE, "Jonas" },
	/* The warmer and the Flemish openings: "Lieve", "Dag", "Goedemorgen". */
	{ "nl-lieve", "Lieve \xc5\x9e" "eyma,", TRUE, "\xc5\x9e" "eyma" },
	{ "nl-be-dag", "Dag Wim,", TRUE, "Wim" },
	{ "nl-goedemorgen", "Goedemorgen Petra,", TRUE, "Petra" },
	{ "en-given", "  Hi Tom, ", TRUE, "Tom" },
	{ "nl-form", "Geachte heer Van den Berg,", TRUE, "Van den Berg" },
	{ "nl-de-heer", "Geachte de heer Jansen,", TRUE, "Jansen" },
	{ "en-form", "Dear Mrs Patel,", TRUE, "Patel" },
	{ "en-doctor-kept", "Dear Dr Patel,", TRUE, "Dr Patel" },
	{ "de-form", "Sehr geehrter Herr Müller,", TRUE, "Müller" },
	{ "nl-couple", "Geachte heer en mevrouw Dekker,", TRUE, "heer en mevrouw Dekker" },
	{ "en-couple", "Dear Mr & Mrs Okafor,", TRUE, "Mr & Mrs Okafor" },
	{ "de-couple", "Sehr geehrte Frau und Herr Baumgartner,", TRUE, "Frau und Herr Baumgartner" },
	/* Greetings of no one: a group, an office, a role, everyone. */
	{ "nl-members", "Beste Leden,", TRUE, NULL },
	{ "nl-colleagues", "Beste Collega's,", TRUE, NULL },
	{ "nl-customer", "Beste klant,", TRUE, NULL },
	{ "nl-sir-madam", "Geachte heer/mevrouw,", TRUE, NULL },
	{ "nl-office", "Beste Administratie,", TRUE, NULL },
	{ "en-colleagues", "Dear Colleagues,", TRUE, NULL },
	{ "en-valued", "Dear Valued Customer,", TRUE, NULL },
	{ "en-sir", "Dear Sir or Madam,", TRUE, NULL },
	{ "en-all", "Hi all,", TRUE, NULL },
	{ "de-office", "Hallo Buchhaltung,", TRUE, NULL },
	{ "de-colleagues", "Liebe Kolleginnen und Kollegen,", TRUE, NULL },
	{ "de-all", "Sehr geehrte Damen und Herren,", TRUE, NULL },
	/* A greeting whose words are no name: a sentence. */
	{ "en-sentence-words", "Hi there and thanks for the order,", TRUE, NULL },
	/* No greeting: a sentence after the word, a greeting word inside another, a closing, a
	 * line without the comma, a name on its own. */
	{ "sentence", "Hallo, hier ist die Rechnung für November,", FALSE, NULL },
	{ "word-inside", "Hiermit, Frau Lange,", FALSE, NULL },
	{ "closing", "Met vriendelijke groet,", FALSE, NULL },
	{ "no-comma", "Beste Marloes", FALSE, NULL },
	{ "name-alone", "Marloes de Wit,", FALSE, NULL },
	/* Near misses: a day of a course, "Dagelijks", no greeting. */
	{ "dag-of-course", "Dag 3 van de cursus, zie hieronder", FALSE, NULL },
	{ "dagelijks", "Dagelijks Jan,", FALSE, NULL },
	{ "best-regards", "Beste wensen voor 2027 en tot ziens,", TRUE, NULL },
};

static void
test_lines(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(lines); i++) {
		g_autofree char *whom = NULL;
		gboolean got = dm_greeting_line(lines[i].line, &whom);
		if (got != lines[i].greeting || g_strcmp0(whom, lines[i].whom) != 0)
			g_error("%s: got %d \"%s\", want %d \"%s\"", lines[i].name, got, whom ? whom : "(null)",
				lines[i].greeting, lines[i].whom ? lines[i].whom : "(null)");
	}
	g_assert_true(dm_greeting_line("Dear Colleagues,", NULL));
	g_assert_false(dm_greeting_line(NULL, NULL));
}

/* The line's start before the name, and whether the name is greeted there. */
static const struct {
	const char *name, *before;
	gboolean greeted;
} befores[] = {
	{ "de-family", "Sehr geehrte ", TRUE },
	{ "nl-form", "Geachte heer ", TRUE },
	{ "nl-de-heer", "Beste de heer ", TRUE },
	{ "en-doctor", "Dear Dr. ", TRUE },
	{ "en-comma", "Hello, ", TRUE },
	{ "de-form", "Liebe Frau ", TRUE },
	/* Near misses: a greeting word ending another word, a form of address alone, a label,
	 * a greeting word not right before the name. */
	{ "word-ending", "Sachi ", FALSE },
	{ "word-ending-de", "Rechi ", FALSE },
	{ "form-alone", "Herrn ", FALSE },
	{ "label", "Kunde: ", FALSE },
	{ "not-right-before", "Dear customer, your order for ", FALSE },
	{ "start", "", FALSE },
};

static void
test_before(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(befores); i++) {
		g_autofree char *line = g_strconcat(befores[i].before, "Brückner", NULL);
		if (dm_greeting_before(line, strlen(befores[i].before)) != befores[i].greeted)
			g_error("%s: want %d", befores[i].name, befores[i].greeted);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/greeting/lines", test_lines);
	g_test_add_func("/greeting/before", test_before);
	return g_test_run();
}
