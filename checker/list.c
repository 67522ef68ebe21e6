// SPDX-License-Identifier: GPL-2.0
/*
 * list.c - --list-implementations: each attach_dev implementation found,
 * with what it can return, so that coverage can be seen and compared with
 * the semantic patches' listing (the same "IMPL file:line function" head).
 * It goes to stderr with the findings: kbuild throws a checker's stdout
 * away under make -s.
 */
#include <string.h>
#include "iommu-errno.h"

static const char *origin_text(struct origin *o)
{
	static char buf[256];

	switch (o->kind) {
	case ORIGIN_CONST:
		return errno_name(o->value);
	case ORIGIN_CALL:
		snprintf(buf, sizeof(buf), "call:%s()", show_ident(o->callee->ident));
		return buf;
	default:
		snprintf(buf, sizeof(buf), "unknown(%s)", o->why);
		return buf;
	}
}

void list_implementation(struct impl *impl, struct origin_list *origins, const char *file)
{
	struct string_list *seen = NULL;
	char line[4096], *text;
	struct origin *o;
	int len;

	/* one write per line: kbuild runs checkers in parallel on one stderr */
	len = snprintf(line, sizeof(line), "IMPL %s:%d %s returns:", tree_relative(file),
		       impl->fn->pos.line, show_ident(impl->fn->ident));
	if (!function_body(impl->fn))
		len += snprintf(line + len, sizeof(line) - len, " (defined in another file)");
	FOR_EACH_PTR(origins, o) {
		const char *item = origin_text(o);
		int dup = 0;

		FOR_EACH_PTR(seen, text) {
			dup |= !strcmp(text, item);
		} END_FOR_EACH_PTR(text);
		if (dup || len >= sizeof(line) - 1)
			continue;
		text = strdup(item);
		add_ptr_list(&seen, text);
		len += snprintf(line + len, sizeof(line) - len, " %s", item);
	} END_FOR_EACH_PTR(o);
	fprintf(stderr, "%.*s\n", (int)sizeof(line) - 2, line);
	free_ptr_list(&seen);
}
