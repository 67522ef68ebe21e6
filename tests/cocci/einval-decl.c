// SPDX-License-Identifier: GPL-2.0
/*
 * ATTACH_DEV_EINVAL_PRINT: a static helper prints and returns -EINVAL, and
 * the implementation passes it on through the declaration form,
 * "int ret = helper(); if (ret) return ret;".  Then a helper that returns
 * -EINVAL without printing, whose value the implementation prints about
 * past a test and returns: "int ret = helper(); if (ret < 0) dev_err();
 * return ret;".  No propagation rule matches that declaration, so only the
 * print rule leads the script into the helper.  Negative: the first form
 * with the helper's value converted.
 *
 * check-name: einval_print: -EINVAL of a helper through "int ret = f();", returned at once or past a print
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --no-show-diff --sp-file $cocci/attach_dev_errno.cocci -D einval_print -D report $file
 * check-output-start
einval-decl.c:31:10-16: [ATTACH_DEV_EINVAL_PRINT] ed_attach_dev() returns -EINVAL via ed_check() after dev_err() at line 30
einval-decl.c:48:10-16: [ATTACH_DEV_EINVAL_PRINT] ed_print_attach() returns -EINVAL via ed_probe() after dev_err() at line 57
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

static int ed_probe(struct ed_master *m)
{
	if (!m->dev)
		return -EINVAL;
	return 0;
}

static int ed_print_attach(struct iommu_domain *domain, struct device *dev)
{
	int ret = ed_probe(dev->iommu);

	if (ret < 0)
		dev_err(dev, "probe failed\n");
	return ret;
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

static const struct iommu_domain_ops ed_print_ops = {
	.attach_dev	= ed_print_attach,
};

static const struct iommu_domain_ops ed_converted_ops = {
	.attach_dev	= ed_converted_attach,
};
