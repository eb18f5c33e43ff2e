/* render_pdf: a corpus record's PDF layout drawn with cairo into a real PDF, so the parser
 * reads what poppler makes of real text placement (dm_eval_render_pdf). */
#include "dm-eval.h"

#include <cairo.h>
#include <cairo-pdf.h>
#include <fontconfig/fontconfig.h>

#define A4_WIDTH 595.0
#define A4_HEIGHT 842.0

static cairo_status_t
append_bytes(void *closure, const unsigned char *data, unsigned int length)
{
	g_byte_array_append(closure, data, length);
	return CAIRO_STATUS_SUCCESS;
}

static void
draw_item(cairo_t *cr, JsonObject *item)
{
	const char *text = json_object_get_string_member_with_default(item, "text", "");
	double x = json_object_get_double_member_with_default(item, "x", 0);
	double y = json_object_get_double_member_with_default(item, "y", 0);
	double size = json_object_get_double_member_with_default(item, "size", 10);
	gboolean bold = json_object_get_boolean_member_with_default(item, "bold", FALSE);
	const char *align = json_object_get_string_member_with_default(item, "align", "left");
	cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
			       bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
	cairo_set_font_size(cr, size);
	if (g_strcmp0(align, "right") == 0 || g_strcmp0(align, "center") == 0) {
		cairo_text_extents_t ext;
		cairo_text_extents(cr, text, &ext);
		x -= g_strcmp0(align, "right") == 0 ? ext.x_advance : ext.x_advance / 2;
	}
	cairo_move_to(cr, x, y);
	cairo_show_text(cr, text);
}

static void
draw_rule(cairo_t *cr, JsonArray *rule)
{
	if (json_array_get_length(rule) != 4)
		return;
	cairo_set_line_width(cr, 0.5);
	cairo_move_to(cr, json_array_get_double_element(rule, 0), json_array_get_double_element(rule, 1));
	cairo_line_to(cr, json_array_get_double_element(rule, 2), json_array_get_double_element(rule, 3));
	cairo_stroke(cr);
}

GBytes *
dm_eval_render_pdf(JsonObject *pdf, GError **error)
{
	JsonArray *pages = json_object_get_array_member(pdf, "pages");
	if (!pages) {
		g_set_error_literal(error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "pdf: expected \"pages\"");
		return NULL;
	}
	GByteArray *out = g_byte_array_new();
	cairo_surface_t *surface = cairo_pdf_surface_create_for_stream(append_bytes, out, A4_WIDTH,
								       A4_HEIGHT);
	cairo_t *cr = cairo_create(surface);
	for (guint p = 0; p < json_array_get_length(pages); p++) {
		JsonObject *page = json_array_get_object_element(pages, p);
		JsonArray *items = json_object_get_array_member(page, "items");
		JsonArray *rules = json_object_has_member(page, "rules")
			? json_object_get_array_member(page, "rules") : NULL;
		/* A page may give its own size (a landscape timesheet); A4 portrait otherwise. */
		cairo_pdf_surface_set_size(surface,
					   json_object_get_double_member_with_default(page, "width", A4_WIDTH),
					   json_object_get_double_member_with_default(page, "height", A4_HEIGHT));
		cairo_set_source_rgb(cr, 0, 0, 0);
		for (guint i = 0; items && i < json_array_get_length(items); i++)
			draw_item(cr, json_array_get_object_element(items, i));
		for (guint i = 0; rules && i < json_array_get_length(rules); i++)
			draw_rule(cr, json_array_get_array_element(rules, i));
		cairo_show_page(cr);
	}
	cairo_destroy(cr);
	cairo_surface_finish(surface);
	cairo_status_t status = cairo_surface_status(surface);
	cairo_surface_destroy(surface);
	if (status != CAIRO_STATUS_SUCCESS) {
		g_set_error(error, G_IO_ERROR, G_IO_ERROR_FAILED, "cairo: %s",
			    cairo_status_to_string(status));
		g_byte_array_unref(out);
		return NULL;
	}
	return g_byte_array_free_to_bytes(out);
}

void
dm_eval_render_shutdown(void)
{
	cairo_debug_reset_static_data();
	FcFini();
}
