// SPDX-License-Identifier: GPL-2.0
/*
 * check_bad_errno.c - ATTACH_DEV_BAD_ERRNO: an attach_dev implementation
 * may return an errno outside the kdoc's list.
 *
 * Heuristic: every constant that reaches a return of the implementation,
 * through phi nodes, selects, casts and helpers defined in the file.
 * False positives: none from values, since only constants that the IR
 * shows reaching a return count; a path that the code cannot take at run
 * time (a check made elsewhere) is still a path.  Linked, a kAPI whose
 * summary makes a disallowed errno that the driver passes on unconverted
 * gives that errno at the driver's call (link.c), which says where the
 * kAPI makes it.  Unknown values, and the results of kAPIs without a
 * summary, are never reported here: the other rules own those.
 */
#include "iommu-errno.h"

void check_bad_errno(struct impl *impl, struct origin_list *origins)
{
	struct origin *o;

	FOR_EACH_PTR(origins, o) {
		char name[64], kapi[512] = "";

		if (o->kind != ORIGIN_CONST || !is_errno(o->value) || errno_allowed(o->value))
			continue;
		snprintf(name, sizeof(name), "%s", show_ident(impl->fn->ident));
		if (o->callee && o->kapi_at_fn)
			snprintf(kapi, sizeof(kapi), " unconverted from %s() (made at %s:%d in %s())",
				 show_ident(o->callee->ident),
				 tree_relative(stream_name(o->kapi_at.stream)), o->kapi_at.line,
				 show_ident(o->kapi_at_fn->ident));
		report("ATTACH_DEV_BAD_ERRNO", o->callee ? FACT_KAPI : 0, impl->fn, o,
		       "%s() may return %s%s%s (allowed: %s)", name, errno_name(o->value),
		       chain_text(impl->fn, o), kapi, errno_allowed_list());
	} END_FOR_EACH_PTR(o);
}
