// SPDX-License-Identifier: GPL-2.0
/*
 * check_bad_errno.c - ATTACH_DEV_BAD_ERRNO: an attach_dev implementation
 * may return an errno outside the kdoc's list.
 *
 * Heuristic: every constant that reaches a return of the implementation,
 * through phi nodes, selects, casts and helpers defined in the file.
 * False positives: none from values, since only constants that the IR
 * shows reaching a return count; a path that the code cannot take at run
 * time (a check made elsewhere) is still a path.  Unknown values and kAPI
 * results are never reported here: the other rules own those.
 */
#include "iommu-errno.h"

void check_bad_errno(struct impl *impl, struct origin_list *origins)
{
	struct origin *o;

	FOR_EACH_PTR(origins, o) {
		if (o->kind != ORIGIN_CONST || !is_errno(o->value) || errno_allowed(o->value))
			continue;
		report("ATTACH_DEV_BAD_ERRNO", 0, impl->fn, o, "%s() may return %s%s (allowed: %s)",
		       show_ident(impl->fn->ident), errno_name(o->value), chain_text(impl->fn, o),
		       errno_allowed_list());
	} END_FOR_EACH_PTR(o);
}
