// SPDX-License-Identifier: GPL-2.0
/* Driver b: a static t_attach_dev() of its own. */
#include <linux/iommu.h>

static int t_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	if (!dev->iommu)
		return -EPERM;
	return 0;
}

static struct iommu_domain t_b_blocked_domain = {
	.ops = &(const struct iommu_domain_ops) {
		.attach_dev	= t_attach_dev,
	},
};
