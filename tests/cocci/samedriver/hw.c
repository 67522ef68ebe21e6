// SPDX-License-Identifier: GPL-2.0
/*
 * Support file of ../samedriver.test: a helper of the driver, which names
 * no attach_dev, one whose -EINVAL the caller prints, and one of the two
 * definitions of sd_reset().
 */
#include <linux/iommu.h>

int sd_hw_enable(struct device *dev)
{
	if (!dev->iommu)
		return -ETIMEDOUT;
	return 0;
}

int sd_reset(struct device *dev)
{
	return -EIO;
}

int sd_check(struct device *dev)
{
	if (!dev->iommu)
		return -EINVAL;
	return 0;
}
