// SPDX-License-Identifier: GPL-2.0
/*
 * The fix point of a shared exit: each errno is reported where its value
 * is made, the assignment before the goto, never at the "return ret;"
 * that every path shares.
 *
 * check-name: fix point: a value is reported where it is made, not at the shared return
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --no-show-diff --sp-file $cocci/attach_dev_errno.cocci -D bad_errno -D report $file
 * check-output-start
fixpoint-exit.c:21:9-15: [ATTACH_DEV_BAD_ERRNO] fx_attach_dev() may return -ENOENT (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
fixpoint-exit.c:25:9-14: [ATTACH_DEV_BAD_ERRNO] fx_attach_dev() may return -EPERM (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
 * check-output-end
 */
#include <linux/iommu.h>

static int fx_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	int ret = 0;

	if (!dev->iommu) {
		ret = -ENOENT;
		goto out;
	}
	if (!domain->ops) {
		ret = -EPERM;
		goto out;
	}
out:
	return ret;
}

static const struct iommu_domain_ops fx_domain_ops = {
	.attach_dev	= fx_attach_dev,
};
