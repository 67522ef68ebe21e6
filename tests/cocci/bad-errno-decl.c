// SPDX-License-Identifier: GPL-2.0
/*
 * ATTACH_DEV_BAD_ERRNO: a static helper's errno constant comes back through
 * the declaration form, "int ret = helper(); if (ret) return ret;".
 * Negative: the same form with the helper's value converted.
 *
 * check-name: bad_errno: a helper's errno through "int ret = f(); if (ret) return ret;"
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --no-show-diff --sp-file $cocci/attach_dev_errno.cocci -D bad_errno -D report $file
 * check-output-start
bad-errno-decl.c:22:10-19: [ATTACH_DEV_BAD_ERRNO] bd_attach_dev() may return -ETIMEDOUT via bd_wait() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
 * check-output-end
 */
#include <linux/iommu.h>

struct bd_master {
	int ready;
};

static int bd_wait(struct bd_master *m)
{
	if (!m->ready)
		return -ETIMEDOUT;
	return 0;
}

static int bd_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	int ret = bd_wait(dev->iommu);

	if (ret)
		return ret;
	return 0;
}

static int bd_converted_attach(struct iommu_domain *domain, struct device *dev)
{
	int ret = bd_wait(dev->iommu);

	if (ret)
		return -ENODEV;
	return 0;
}

static const struct iommu_domain_ops bd_ops = {
	.attach_dev	= bd_attach_dev,
};

static const struct iommu_domain_ops bd_converted_ops = {
	.attach_dev	= bd_converted_attach,
};
