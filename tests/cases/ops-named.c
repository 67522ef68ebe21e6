/*
 * check-name: a named struct iommu_domain_ops
 */
#include <linux/iommu.h>

static int named_attach(struct iommu_domain *domain, struct device *dev)
{
	if (!dev->iommu)
		return -ENOENT;
	return 0;
}

static const struct iommu_domain_ops named_ops = {
	.attach_dev	= named_attach,
};

/*
 * check-error-start
ops-named.c:9:24: warning: [ATTACH_DEV_BAD_ERRNO] named_attach() may return -ENOENT (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
 * check-error-end
 */
