// SPDX-License-Identifier: GPL-2.0
/*
 * The nested attach_dev of a two-file driver: its call of bar_prepare()
 * (bar-core.c) is the fix point of bar_prepare()'s -EIO, which patch mode,
 * reading this file alone, takes for a kAPI's errno.
 */
#include <linux/iommu.h>

int bar_prepare(struct device *dev);

static int bar_nested_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	int ret;

	ret = bar_prepare(dev);
	if (ret)
		return ret;
	return 0;
}

static const struct iommu_domain_ops bar_nested_ops = {
	.attach_dev = bar_nested_attach_dev,
};
