// SPDX-License-Identifier: GPL-2.0
/*
 * Support file of ../../../corekapi.test: the IOMMU core, a kAPI to the
 * driver beside it although it shares its directory.
 */
#include <linux/iommu.h>

int iommu_core_check(struct device *dev)
{
	if (!dev->iommu) {
		dev_err(dev, "no IOMMU\n");
		return -ENOENT;
	}
	return 0;
}
