/* The second file of smmu.c's test: the same static names, other callers. */
#include <linux/iommu.h>

static int dup_reset(struct device *dev)
{
	return dev->iommu ? 0 : -ETIMEDOUT;
}

static int dup_attach(struct iommu_domain *domain, struct device *dev)
{
	return dup_reset(dev);
}

static const struct iommu_domain_ops dup_ops = {
	.attach_dev = dup_attach,
};
