/* The parts of include/linux/iommu.h that attach_dev implementations touch. */
#ifndef _LINUX_IOMMU_H
#define _LINUX_IOMMU_H
#include <linux/errno.h>
#include <linux/device.h>

struct iommu_domain;

struct iommu_domain_ops {
	int (*attach_dev)(struct iommu_domain *domain, struct device *dev);
	int (*set_dev_pasid)(struct iommu_domain *domain, struct device *dev, int pasid);
	void (*free)(struct iommu_domain *domain);
};

struct iommu_domain {
	unsigned int type;
	const struct iommu_domain_ops *ops;
};

struct iommu_ops {
	/* trees before 5.19 keep attach_dev here */
	int (*attach_dev)(struct iommu_domain *domain, struct device *dev);
	struct iommu_domain *identity_domain;
	struct iommu_domain *blocked_domain;
	const struct iommu_domain_ops *default_domain_ops;
};

struct iommu_fwspec {
	const struct iommu_ops *ops;
};

static inline struct iommu_fwspec *dev_iommu_fwspec_get(struct device *dev)
{
	return dev->iommu;
}
#endif
