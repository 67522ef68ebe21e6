// SPDX-License-Identifier: GPL-2.0
/* Support file of ../crossfile-bad.test: a definition spatch cannot parse. */
#include <linux/iommu.h>

int qux_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	if (!dev->iommu) {
		dev_err(dev, "not ours\n");
		return -EINVAL;
	}
	return 0 +;
}
