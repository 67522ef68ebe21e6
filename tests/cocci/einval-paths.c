// SPDX-License-Identifier: GPL-2.0
/*
 * ATTACH_DEV_EINVAL_PRINT on the paths of one implementation: a direct
 * return, a WARN_ON() condition, a goto to a shared return, a print in a
 * static helper, a print in the implementation after a helper's -EINVAL,
 * dev_err_probe().  Negatives: -ENODEV after a print, -EINVAL without a
 * print, a print whose error is converted, and pr_debug() by default.
 *
 * check-name: einval_print: report mode on the paths of one implementation
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --no-show-diff --sp-file $cocci/attach_dev_errno.cocci -D einval_print -D report $file
 * check-output-start
einval-paths.c:40:10-16: [ATTACH_DEV_EINVAL_PRINT] foo_attach_dev() returns -EINVAL via foo_check_pgsize() after dev_err() at line 39
einval-paths.c:49:10-16: [ATTACH_DEV_EINVAL_PRINT] foo_blocked_attach_dev() returns -EINVAL via foo_check_stage() after dev_info() at line 126
einval-paths.c:83:10-16: [ATTACH_DEV_EINVAL_PRINT] foo_attach_dev() returns -EINVAL after dev_warn() at line 82
einval-paths.c:89:10-16: [ATTACH_DEV_EINVAL_PRINT] foo_attach_dev() returns -EINVAL after WARN_ON() at line 88
einval-paths.c:91:29-35: [ATTACH_DEV_EINVAL_PRINT] foo_attach_dev() returns -EINVAL after dev_err_probe() at line 91
einval-paths.c:104:9-15: [ATTACH_DEV_EINVAL_PRINT] foo_nested_attach_dev() returns -EINVAL after dev_err() at line 103
 * check-output-end
 */
#include <linux/iommu.h>
#include <linux/pm_runtime.h>

struct foo_domain {
	struct iommu_domain domain;
	unsigned long pgsize;
	int stage;
};

struct foo_master {
	struct device *dev;
	unsigned long pgsize;
	int stage;
};

/* A static helper that prints and returns -EINVAL. */
static int foo_check_pgsize(struct foo_master *m, struct foo_domain *d)
{
	if (m->pgsize != d->pgsize) {
		dev_err(m->dev, "page size mismatch\n");
		return -EINVAL;
	}
	return 0;
}

/* -EINVAL without a print: fine on its own. */
static int foo_check_stage(struct foo_master *m, struct foo_domain *d)
{
	if (m->stage != d->stage)
		return -EINVAL;
	return 0;
}

/* A kAPI's -EINVAL converted: not an -EINVAL. */
static int foo_power_on(struct foo_master *m)
{
	int ret = pm_runtime_resume_and_get(m->dev);

	if (ret == -EINVAL)
		ret = -ENODEV;
	return ret;
}

static int foo_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	struct foo_domain *d = (struct foo_domain *)domain;
	struct foo_master *m = dev->iommu;
	int ret;

	if (!m) {
		dev_err(dev, "no master\n");
		return -ENODEV;
	}
	ret = foo_check_pgsize(m, d);
	if (ret)
		return ret;
	ret = foo_power_on(m);
	if (ret) {
		dev_err(dev, "cannot power on: %d\n", ret);
		return ret;
	}
	if (d->stage > 2) {
		dev_warn(dev, "bad stage\n");
		return -EINVAL;
	}
	pr_debug("attaching\n");
	if (d->stage == 2)
		return -EINVAL;
	if (WARN_ON(d->pgsize == 0))
		return -EINVAL;
	if (d->stage < 0)
		return dev_err_probe(dev, -EINVAL, "negative stage\n");
	return 0;
}

/* The goto path: ret = -EINVAL; goto out; ... out: return ret; */
static int foo_nested_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	struct foo_domain *d = (struct foo_domain *)domain;
	struct foo_master *m = dev->iommu;
	int ret = 0;

	if (m->stage < 0) {
		dev_err(dev, "master stage unset\n");
		ret = -EINVAL;
		goto out;
	}
	if (m->stage > 3) {
		ret = -ENODEV;
		dev_err(dev, "master stage too big\n");
		goto out;
	}
	m->stage = d->stage;
out:
	return ret;
}

/* A print in the implementation after a helper's silent -EINVAL. */
static int foo_blocked_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	struct foo_domain *d = (struct foo_domain *)domain;
	struct foo_master *m = dev->iommu;
	int ret;

	ret = foo_check_stage(m, d);
	if (ret) {
		dev_info(dev, "stage mismatch\n");
		goto out;
	}
	ret = 0;
out:
	return ret;
}

static const struct iommu_domain_ops foo_domain_ops = {
	.attach_dev	= foo_attach_dev,
};

static const struct iommu_domain_ops foo_nested_ops = {
	.attach_dev	= foo_nested_attach_dev,
};

static struct iommu_domain foo_blocked_domain = {
	.type = IOMMU_DOMAIN_BLOCKED,
	.ops = &(const struct iommu_domain_ops) {
		.attach_dev = foo_blocked_attach_dev,
	},
};
