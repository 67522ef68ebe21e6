/*
 * check-name: ops in a compound literal behind iommu_ops.default_domain_ops
 */
#include <linux/iommu.h>

static int literal_attach(struct iommu_domain *domain, struct device *dev)
{
	return dev->iommu ? 0 : -ENXIO;
}

static const struct iommu_ops literal_iommu_ops = {
	.default_domain_ops = &(const struct iommu_domain_ops) {
		.attach_dev	= literal_attach,
	},
};

/*
 * check-error-start
ops-compound-literal.c:8:16: warning: [ATTACH_DEV_BAD_ERRNO] literal_attach() may return -ENXIO (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
 * check-error-end
 */
