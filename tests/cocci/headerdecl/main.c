// SPDX-License-Identifier: GPL-2.0
/*
 * Support file of ../headerdecl.test: the implementation calls a helper
 * that hd.h declares and hw.c defines, and a kAPI that no file of the
 * directory declares.
 */
#include <linux/iommu.h>
#include "hd.h"

static int hd_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	int ret;

	ret = hd_enable(dev);
	if (ret)
		return ret;
	return clk_prepare_enable(dev->clk);
}

static const struct iommu_domain_ops hd_domain_ops = {
	.attach_dev	= hd_attach_dev,
};
