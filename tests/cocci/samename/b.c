// SPDX-License-Identifier: GPL-2.0
/* Driver b: a static attach_dev of the same name as a.c's. */
#include <linux/iommu.h>

struct s_b_master {
	int sid;
};

static int s_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	struct s_b_master *m = dev->iommu;
	int ret = 0;

	if (m->sid > 8)
		ret = -ENXIO;
	return ret;
}

static struct iommu_domain s_b_identity_domain = {
	.ops = &(const struct iommu_domain_ops) {
		.attach_dev	= s_attach_dev,
	},
};
