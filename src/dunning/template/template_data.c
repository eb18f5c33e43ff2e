/* template_data: the scopes a template is rendered with (dm-template.h). */
#include "dunning/template/dm-template-data.h"

DmTemplateData *
dm_template_data_new(void)
{
	DmTemplateData *d = g_new0(DmTemplateData, 1);
	d->values = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	d->lists = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	                                 (GDestroyNotify) g_ptr_array_unref);
	return d;
}

void
dm_template_data_free(DmTemplateData *data)
{
	if (!data)
		return;
	g_hash_table_unref(data->values);
	g_hash_table_unref(data->lists);
	g_free(data);
}

void
dm_template_data_set(DmTemplateData *data, const char *name, const char *value)
{
	g_hash_table_replace(data->values, g_strdup(name), g_strdup(value ? value : ""));
}

void
dm_template_data_set_flag(DmTemplateData *data, const char *name, gboolean on)
{
	dm_template_data_set(data, name, on ? "yes" : "");
}

static GPtrArray *
list_of(DmTemplateData *data, const char *name)
{
	GPtrArray *items = g_hash_table_lookup(data->lists, name);
	if (!items) {
		items = g_ptr_array_new_with_free_func((GDestroyNotify) dm_template_data_free);
		g_hash_table_insert(data->lists, g_strdup(name), items);
	}
	return items;
}

void
dm_template_data_declare_list(DmTemplateData *data, const char *name)
{
	list_of(data, name);
}

DmTemplateData *
dm_template_data_add_item(DmTemplateData *data, const char *name)
{
	DmTemplateData *item = dm_template_data_new();
	item->parent = data;
	g_ptr_array_add(list_of(data, name), item);
	return item;
}

const char *
dm_template_data_value(const DmTemplateData *data, const char *name)
{
	for (const DmTemplateData *d = data; d; d = d->parent) {
		const char *v = g_hash_table_lookup(d->values, name);
		if (v)
			return v;
	}
	return NULL;
}

GPtrArray *
dm_template_data_list(const DmTemplateData *data, const char *name)
{
	for (const DmTemplateData *d = data; d; d = d->parent) {
		GPtrArray *l = g_hash_table_lookup(d->lists, name);
		if (l)
			return l;
	}
	return NULL;
}
