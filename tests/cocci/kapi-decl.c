// SPDX-License-Identifier: GPL-2.0
/*
 * ATTACH_DEV_KAPI_ERRNO: the kAPI's value initialises the declaration and
 * is tested before it is returned.  Negative: the same shape, converted.
 *
 * check-name: kapi_errno: "int ret = f(); if (ret) return ret;", and its conversion
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --no-show-diff --sp-file $cocci/attach_dev_errno.cocci -D kapi_errno -D report $file
 * check-output-start
kapi-decl.c:25:11-36: [ATTACH_DEV_KAPI_ERRNO] qd_attach_dev() may return -EINVAL from pm_runtime_resume_and_get() (line 25) unconverted
kapi-decl.c:35:11-29: [ATTACH_DEV_KAPI_ERRNO] qd_attach_dev() may return -EINVAL from clk_prepare_enable() (line 35) unconverted via qd_clocks()
 * check-output-end
 */
#include <linux/iommu.h>
#include <linux/pm_runtime.h>

struct qd_master {
	struct device *dev;
	struct clk *clk;
};

static int qd_clocks(struct qd_master *m);

static int qd_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	int ret = pm_runtime_resume_and_get(dev);

	if (ret)
		return ret;
	return qd_clocks(dev->iommu);
}

/* A helper on the return path, with the "< 0" test. */
static int qd_clocks(struct qd_master *m)
{
	int ret = clk_prepare_enable(m->clk);

	if (ret < 0)
		return ret;
	return 0;
}

/* Converted: nothing to report. */
static int qd_blocked_attach(struct iommu_domain *domain, struct device *dev)
{
	int ret = pm_runtime_resume_and_get(dev);

	if (ret)
		return ret == -EINVAL ? -ENODEV : ret;
	return 0;
}

static const struct iommu_domain_ops qd_ops = {
	.attach_dev	= qd_attach_dev,
};

static struct iommu_domain qd_blocked_domain = {
	.type	= IOMMU_DOMAIN_BLOCKED,
	.ops	= &(const struct iommu_domain_ops) {
		.attach_dev = qd_blocked_attach,
	},
};
