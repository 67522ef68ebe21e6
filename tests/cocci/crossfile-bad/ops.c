// SPDX-License-Identifier: GPL-2.0
/* Support file of ../crossfile-bad.test: the ops table. */
#include <linux/iommu.h>

int qux_attach_dev(struct iommu_domain *domain, struct device *dev);

static const struct iommu_domain_ops qux_domain_ops = {
	.attach_dev	= qux_attach_dev,
};
