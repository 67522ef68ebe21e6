// SPDX-License-Identifier: GPL-2.0
/*
 * ATTACH_DEV_EINVAL_PRINT: a static helper prints and returns -EINVAL, and
 * the implementation passes it on through the declaration form,
 * "int ret = helper(); if (ret) return ret;".  Negative: the same form
 * with the helper's value converted.
 *
 * check-name: einval_print: a helper's print and -EINVAL through "int ret = f(); if (ret) return ret;"
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --no-show-diff --sp-file $cocci/attach_dev_einval_print.cocci -D report $file
 * check-output-start
einval-decl.c:26:2-8: [ATTACH_DEV_EINVAL_PRINT] ed_attach_dev() returns -EINVAL via ed_check() after dev_err() at line 25
 * check-output-end
 */
#include <linux/iommu.h>
#include <linux/device.h>

struct ed_master {
	struct device *dev;
	int pgsize;
};

static int ed_check(struct ed_master *m)
{
	if (m->pgsize != 4096) {
		dev_err(m->dev, "unsupported page size\n");
		return -EINVAL;
	}
	return 0;
}

static int ed_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	int ret = ed_check(dev->iommu);

	if (ret)
		return ret;
	return 0;
}

static int ed_converted_attach(struct iommu_domain *domain, struct device *dev)
{
	int ret = ed_check(dev->iommu);

	if (ret)
		return -ENODEV;
	return 0;
}

static const struct iommu_domain_ops ed_ops = {
	.attach_dev	= ed_attach_dev,
};

static const struct iommu_domain_ops ed_converted_ops = {
	.attach_dev	= ed_converted_attach,
};
