// SPDX-License-Identifier: GPL-2.0
/* Support file of ../crossfile.test: the function, without the ops table. */
#include <linux/iommu.h>
#include "bar.h"

static int bar_check(struct device *dev)
{
	if (!dev->iommu) {
		dev_err(dev, "not behind this IOMMU\n");
		return -EINVAL;
	}
	return 0;
}

int bar_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	return bar_check(dev);
}
