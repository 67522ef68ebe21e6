// SPDX-License-Identifier: GPL-2.0
/*
 * ATTACH_DEV_KAPI_ERRNO: a kAPI's errno returned unconverted, directly,
 * through "if (ret) return ret;", through a goto, and from a static helper
 * on the return path.  Negatives: -ENODEV instead, ret = -ENODEV, a test
 * against -EINVAL, the ?: conversion, a kAPI whose value is not returned,
 * and a driver's own helper (followed, not a kAPI).
 *
 * check-name: kapi_errno: report mode
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --no-show-diff --sp-file $cocci/attach_dev_errno.cocci -D kapi_errno -D report $file
 * check-output-start
kapi-paths.c:30:8-26: [ATTACH_DEV_KAPI_ERRNO] baz_attach_dev() may return -EINVAL from clk_prepare_enable() (line 30) unconverted via baz_enable_clocks()
kapi-paths.c:46:7-32: [ATTACH_DEV_KAPI_ERRNO] baz_attach_dev() may return -EINVAL from pm_runtime_resume_and_get() (line 46) unconverted
kapi-paths.c:55:8-26: [ATTACH_DEV_KAPI_ERRNO] baz_attach_dev() may return -EINVAL from clk_prepare_enable() (line 55) unconverted
kapi-paths.c:64:7-32: [ATTACH_DEV_KAPI_ERRNO] baz_identity_attach() may return -EINVAL from pm_runtime_resume_and_get() (line 64) unconverted
 * check-output-end
 */
#include <linux/iommu.h>
#include <linux/pm_runtime.h>

struct baz_master {
	struct device *dev;
	struct clk *clk;
	int id;
};

/* A static helper that passes a kAPI's value up. */
static int baz_enable_clocks(struct baz_master *m)
{
	return clk_prepare_enable(m->clk);
}

/* A static helper that converts. */
static int baz_power_on(struct baz_master *m)
{
	int ret = pm_runtime_resume_and_get(m->dev);

	return ret == -EINVAL ? -ENODEV : ret;
}

static int baz_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	struct baz_master *m = dev->iommu;
	int ret;

	ret = pm_runtime_resume_and_get(dev);
	if (ret)
		return ret;
	ret = baz_enable_clocks(m);
	if (ret)
		return ret;
	ret = baz_power_on(m);
	if (ret)
		return ret;
	return clk_prepare_enable(m->clk);
}

/* The goto path. */
static int baz_identity_attach(struct iommu_domain *domain, struct device *dev)
{
	struct baz_master *m = dev->iommu;
	int ret;

	ret = pm_runtime_resume_and_get(dev);
	if (ret)
		goto out;
	m->id = 0;
out:
	return ret;
}

/* Conversions: nothing to report. */
static int baz_blocked_attach(struct iommu_domain *domain, struct device *dev)
{
	struct baz_master *m = dev->iommu;
	int ret;

	if (pm_runtime_resume_and_get(dev))
		return -ENODEV;
	ret = clk_prepare_enable(m->clk);
	if (ret)
		ret = -ENODEV;
	if (ret)
		return ret;
	ret = pm_runtime_resume_and_get(dev);
	if (ret == -EINVAL)
		return -ENODEV;
	if (ret)
		return ret;
	ret = clk_prepare_enable(m->clk);
	return ret == -EINVAL ? -ENODEV : ret;
}

static const struct iommu_domain_ops baz_ops = {
	.attach_dev	= baz_attach_dev,
};

static const struct iommu_ops baz_iommu_ops = {
	.default_domain_ops = &(const struct iommu_domain_ops) {
		.attach_dev = baz_identity_attach,
	},
};

static struct iommu_domain baz_blocked_domain = {
	.type	= IOMMU_DOMAIN_BLOCKED,
	.ops	= &(const struct iommu_domain_ops) {
		.attach_dev = baz_blocked_attach,
	},
};
