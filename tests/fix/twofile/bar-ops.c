// SPDX-License-Identifier: GPL-2.0
/*
 * The ops of a two-file driver's blocked domain, whose attach_dev is
 * defined in bar-core.c: this file holds no finding of its own.
 */
#include <linux/iommu.h>

int bar_blocked_attach_dev(struct iommu_domain *domain, struct device *dev);

static const struct iommu_domain_ops bar_blocked_ops = {
	.attach_dev = bar_blocked_attach_dev,
};
