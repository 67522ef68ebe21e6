// SPDX-License-Identifier: GPL-2.0
/* Driver a: a static attach_dev of the same name as the other file's. */
#include <linux/iommu.h>

static int s_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	if (!dev->iommu)
		return -EPERM;
	return 0;
}

static const struct iommu_domain_ops s_a_domain_ops = {
	.attach_dev	= s_attach_dev,
};
