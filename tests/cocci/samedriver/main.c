// SPDX-License-Identifier: GPL-2.0
/*
 * Support file of ../samedriver.test: the implementation, whose helpers
 * are in the other files of its directory, the same driver.
 */
#include <linux/iommu.h>

int sd_hw_enable(struct device *dev);
int sd_reset(struct device *dev);
int sd_check(struct device *dev);

static int sd_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	int ret;

	ret = sd_check(dev);
	if (ret) {
		dev_err(dev, "not compatible\n");
		return ret;
	}
	ret = sd_hw_enable(dev);
	if (ret)
		return ret;
	return sd_reset(dev);
}

static const struct iommu_domain_ops sd_domain_ops = {
	.attach_dev	= sd_attach_dev,
};
