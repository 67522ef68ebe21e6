// SPDX-License-Identifier: GPL-2.0
/*
 * The fix point of a shared helper: fp_lookup() is called by the probe
 * too, so its -ENOENT is reported at the call in the implementation,
 * where a change alters no other caller.  fp_only() is reached only from
 * attach_dev code, so its -EPERM stays at the constant.
 *
 * check-name: fix point: a helper that non-attach code calls is reported at the call into it
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --no-show-diff --sp-file $cocci/attach_dev_errno.cocci -D bad_errno -D report $file
 * check-output-start
fixpoint-shared.c:27:10-15: [ATTACH_DEV_BAD_ERRNO] fp_attach_dev() may return -EPERM via fp_only() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
fixpoint-shared.c:38:8-17: [ATTACH_DEV_BAD_ERRNO] fp_attach_dev() may return -ENOENT via fp_lookup() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
 * check-output-end
 */
#include <linux/iommu.h>

static int fp_lookup(struct device *dev)
{
	if (!dev->iommu)
		return -ENOENT;
	return 0;
}

static int fp_only(struct device *dev)
{
	if (!dev->iommu)
		return -EPERM;
	return 0;
}

static int fp_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	int ret;

	ret = fp_only(dev);
	if (ret)
		return ret;
	return fp_lookup(dev);
}

int fp_probe(struct device *dev)
{
	return fp_lookup(dev);
}

static const struct iommu_domain_ops fp_domain_ops = {
	.attach_dev	= fp_attach_dev,
};
