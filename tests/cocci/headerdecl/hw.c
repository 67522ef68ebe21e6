// SPDX-License-Identifier: GPL-2.0
/*
 * Support file of ../headerdecl.test: the helper, which names no
 * attach_dev.
 */
#include <linux/iommu.h>
#include "hd.h"

int hd_enable(struct device *dev)
{
	if (!dev->iommu)
		return -ETIMEDOUT;
	return 0;
}
