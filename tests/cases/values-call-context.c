/*
 * check-name: a helper's return that the call's constant arguments rule out
 *
 * As in 6.12's arm_smmu_domain_finalise(): -EOPNOTSUPP needs the dirty
 * tracking flag, and the attach path passes flags = 0.  The same helper
 * called with the flag set may return it.
 */
#include <linux/iommu.h>

#define DIRTY_TRACKING	(1 << 2)

static int finalise(struct device *dev, unsigned int flags)
{
	int enable_dirty = flags & DIRTY_TRACKING;

	if (enable_dirty)
		return -EOPNOTSUPP;
	if (!dev->iommu)
		return -ENOENT;
	return 0;
}

static int context_attach(struct iommu_domain *domain, struct device *dev)
{
	return finalise(dev, 0);
}

static int dirty_attach(struct iommu_domain *domain, struct device *dev)
{
	return finalise(dev, DIRTY_TRACKING | 1);
}

static const struct iommu_domain_ops context_ops = {
	.attach_dev = context_attach,
};

static const struct iommu_domain_ops dirty_ops = {
	.attach_dev = dirty_attach,
};

/*
 * check-error-start
values-call-context.c:19:24: warning: [ATTACH_DEV_BAD_ERRNO] context_attach() may return -ENOENT via finalise() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
values-call-context.c:25:24: note: context_attach() calls finalise()
values-call-context.c:19:24: note: finalise() returns -ENOENT
values-call-context.c:17:24: warning: [ATTACH_DEV_BAD_ERRNO] dirty_attach() may return -EOPNOTSUPP via finalise() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
values-call-context.c:30:24: note: dirty_attach() calls finalise()
values-call-context.c:17:24: note: finalise() returns -EOPNOTSUPP
 * check-error-end
 */
