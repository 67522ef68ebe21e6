// SPDX-License-Identifier: GPL-2.0
/*
 * check_kapi_errno.c - ATTACH_DEV_KAPI_ERRNO: an attach_dev
 * implementation returns a kAPI's errno unconverted, so it may be -EINVAL.
 *
 * The v2 kdoc wants an -EINVAL that comes from a kAPI converted, to
 * -ENODEV if it is device-specific, since -EINVAL tells the caller to try
 * another domain.  The mainline kdoc dropped that, so --profile=mainline
 * turns the rule off.
 *
 * Heuristic: the value reaching a return is the result of a call to a
 * function with no body in the code analysed, and no branch on the way
 * rules out -EINVAL (`ret == -EINVAL ? -ENODEV : ret` and
 * `if (ret == -EINVAL) return -ENODEV;` do).  Only a kAPI that returns a
 * signed integer, or a pointer (PTR_ERR() makes an errno of it), can give
 * an errno: find_next_zero_bit()'s unsigned index cannot.  Linked, a kAPI
 * whose summary was read says where it may give -EINVAL, and one whose
 * summary rules it out is not reported (link.c).  False positives: a kAPI
 * whose source was not analysed and never returns -EINVAL, which its
 * declaration does not say.
 */
#include "iommu-errno.h"

void check_kapi_errno(struct impl *impl, struct origin_list *origins)
{
	struct origin *o;

	if (profile_mainline)
		return;
	FOR_EACH_PTR(origins, o) {
		char name[64], why[512];

		if (o->kind != ORIGIN_CALL || !o->may_be_einval || !o->returns_errno)
			continue;
		snprintf(name, sizeof(name), "%s", show_ident(impl->fn->ident));
		if (o->kapi_at_fn)
			snprintf(why, sizeof(why), "it may at %s:%d in %s()",
				 tree_relative(stream_name(o->kapi_at.stream)),
				 o->kapi_at.line, show_ident(o->kapi_at_fn->ident));
		else
			snprintf(why, sizeof(why), "its source was not analysed");
		report("ATTACH_DEV_KAPI_ERRNO", FACT_KAPI, impl->fn, o,
		       "%s() returns the errno of %s()%s unconverted, so it may be -EINVAL "
		       "(%s); convert it (-ENODEV if device-specific)", name,
		       show_ident(o->callee->ident), chain_text(impl->fn, o), why);
	} END_FOR_EACH_PTR(o);
}
