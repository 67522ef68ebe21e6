// SPDX-License-Identifier: GPL-2.0
/*
 * The <linux/iopoll.h> macros give 0 or -ETIMEDOUT, made in the header
 * that --no-includes hides: a value of one that reaches the return is
 * -ETIMEDOUT at the macro's call, as the C checker, which reads the
 * expansion, finds it (7.2's rk_iommu_enable_stall()).  Converted, it is
 * not a finding; and it is no kAPI either.
 *
 * check-name: bad_errno: a poll macro's -ETIMEDOUT, passed on and converted
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --no-show-diff --sp-file $cocci/attach_dev_errno.cocci -D report $file
 * check-output-start
poll-timeout.c:25:7-25: [ATTACH_DEV_BAD_ERRNO] pt_attach_dev() may return -ETIMEDOUT via pt_stall() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
 * check-output-end
 */
#include <linux/iommu.h>

struct pt_iommu {
	void *base;
};

static int pt_stall(struct pt_iommu *iommu)
{
	int ret, val;

	ret = readx_poll_timeout(readl, iommu->base, val, val & 1, 10, 100);
	return ret;
}

static int pt_wait(struct pt_iommu *iommu)
{
	int val;

	if (readl_poll_timeout(iommu->base, val, val & 1, 10, 100))
		return -ENODEV;
	return 0;
}

static int pt_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	struct pt_iommu *iommu = dev->iommu;
	int ret;

	ret = pt_wait(iommu);
	if (ret)
		return ret;
	return pt_stall(iommu);
}

static const struct iommu_domain_ops pt_domain_ops = {
	.attach_dev	= pt_attach_dev,
};
