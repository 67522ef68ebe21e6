/*
 * check-name: fix point: a kAPI called in a header's inline is reported at the inline call
 *
 * inline_rpm_get() and inline_update() are inlined from fix-inline.h, so
 * the kAPI calls' own positions are in the header.  Each finding is at
 * the line of the driver that called the inline, not at its shared
 * `return ret;`, inline_resume_and_get()'s too, whose kAPI call is two
 * inlines deep, in a block of its own.  So is local_rpm_get()'s, an inline of this file that
 * many callers would share, as 6.1's arm_smmu_rpm_get() is.
 */
#include <linux/iommu.h>
#include "fix-inline.h"

static inline int local_rpm_get(struct device *dev)
{
	if (dev->driver_data)
		return pm_runtime_resume_and_get(dev);
	return 0;
}

static int inline_attach(struct iommu_domain *domain, struct device *dev)
{
	int ret;

	ret = inline_rpm_get(dev);
	if (ret < 0)
		goto out;
	ret = 0;
	if (domain->type)
		ret = inline_update(dev->iommu);
	else if (domain->type == 2)
		ret = local_rpm_get(dev);
	else
		ret = inline_resume_and_get(dev);
out:
	return ret;
}

static const struct iommu_domain_ops inline_ops = {
	.attach_dev = inline_attach,
};

/*
 * check-error-start
fix-inline.c:30:36: warning: [ATTACH_DEV_KAPI_ERRNO] inline_attach() returns the errno of clk_prepare_enable() unconverted, so it may be -EINVAL (its source was not analysed); convert it (-ENODEV if device-specific)
fix-inline.c:32:36: warning: [ATTACH_DEV_KAPI_ERRNO] inline_attach() returns the errno of pm_runtime_resume_and_get() unconverted, so it may be -EINVAL (its source was not analysed); convert it (-ENODEV if device-specific)
fix-inline.c:34:44: warning: [ATTACH_DEV_KAPI_ERRNO] inline_attach() returns the errno of clk_prepare_enable() unconverted, so it may be -EINVAL (its source was not analysed); convert it (-ENODEV if device-specific)
fix-inline.c:25:29: warning: [ATTACH_DEV_KAPI_ERRNO] inline_attach() returns the errno of pm_runtime_resume_and_get() unconverted, so it may be -EINVAL (its source was not analysed); convert it (-ENODEV if device-specific)
 * check-error-end
 */
