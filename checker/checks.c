// SPDX-License-Identifier: GPL-2.0
/*
 * checks.c - the rules of check_list.h, run on one implementation's
 * origins, by both the per-file run and the link.
 */
#include "iommu-errno.h"

void run_checks(struct impl *impl, struct origin_list *origins)
{
#define CHECK(fn) fn(impl, origins);
#include "check_list.h"
#undef CHECK
}
