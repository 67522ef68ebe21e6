// SPDX-License-Identifier: GPL-2.0
/*
 * check_einval_print.c - ATTACH_DEV_EINVAL_PRINT: an attach_dev
 * implementation returns -EINVAL on a path that also prints.
 *
 * -EINVAL means only that device and domain are incompatible; the caller
 * then tries another domain, so the kdoc forbids a print with it (the
 * mainline kdoc still says it shouldn't log).
 *
 * Heuristic: a print lies in a block from which the -EINVAL's site can be
 * reached, or on the way from the site to the return along edges that
 * -EINVAL can take (`ret = helper(); if (ret) { dev_err(); return ret; }`),
 * in the function that holds the site or in a caller on the way back.
 * False positives: a print whose path to the site the code's logic rules
 * out in ways that are not branches on the value itself, which the IR
 * cannot see.
 */
#include "iommu-errno.h"

void check_einval_print(struct impl *impl, struct origin_list *origins)
{
	struct origin *o;

	FOR_EACH_PTR(origins, o) {
		char name[64];

		if (o->kind != ORIGIN_CONST || o->value != errno_einval() || !o->print.what)
			continue;
		snprintf(name, sizeof(name), "%s", show_ident(impl->fn->ident));
		report("ATTACH_DEV_EINVAL_PRINT", FACT_PRINT, impl->fn, o,
		       "%s() returns -EINVAL%s after printing with %s() at %s:%d in %s(); "
		       "-EINVAL must only mean that device and domain are incompatible, "
		       "without a print", name, chain_text(impl->fn, o), o->print.what,
		       tree_relative(stream_name(o->print.pos.stream)), o->print.pos.line,
		       show_ident(o->print.fn->ident));
	} END_FOR_EACH_PTR(o);
}
