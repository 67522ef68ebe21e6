/*
 * check-name: attach_dev in struct iommu_ops, as trees before 5.19 have it
 */
#include <linux/iommu.h>

static int legacy_attach(struct iommu_domain *domain, struct device *dev);

static const struct iommu_ops legacy_ops = {
	.attach_dev = legacy_attach,	/* a forward declaration */
};

static int legacy_attach(struct iommu_domain *domain, struct device *dev)
{
	return -ENOSYS;
}

/*
 * check-error-start
ops-legacy-iommu-ops.c:14:16: warning: [ATTACH_DEV_BAD_ERRNO] legacy_attach() may return -ENOSYS (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
 * check-error-end
 */
