// SPDX-License-Identifier: GPL-2.0
/*
 * Support file of ../../../corekapi.test: a driver at the top of
 * drivers/iommu, beside the IOMMU core, which it calls.
 */
#include <linux/iommu.h>

int iommu_core_check(struct device *dev);

static int cx_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	return iommu_core_check(dev);
}

static const struct iommu_domain_ops cx_domain_ops = {
	.attach_dev	= cx_attach_dev,
};
