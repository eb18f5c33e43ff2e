/* dm-template-data: the inside of DmTemplateData, private to src/dunning/template. */
#pragma once
#include "dunning/template/dm-template.h"

struct _DmTemplateData {
	GHashTable *values;             /* name -> value (owned) */
	GHashTable *lists;              /* name -> GPtrArray of DmTemplateData* (owned) */
	const DmTemplateData *parent;   /* where lookups continue; NULL at the top */
};

/* (transfer none) the value of @name in @data or the scopes around it, or NULL. */
const char *dm_template_data_value(const DmTemplateData *data, const char *name);
/* (transfer none) the list @name in @data or the scopes around it, or NULL. */
GPtrArray *dm_template_data_list(const DmTemplateData *data, const char *name);
