/* SPDX-License-Identifier: GPL-2.0 */
/* Minimal stand-in for include/linux/iommu.h, for the Coccinelle fixtures. */
#ifndef _LINUX_IOMMU_H
#define _LINUX_IOMMU_H

#include <linux/device.h>
#include <linux/errno.h>

struct iommu_domain;

struct iommu_domain_ops {
	int (*attach_dev)(struct iommu_domain *domain, struct device *dev);
	void (*free)(struct iommu_domain *domain);
};

struct iommu_ops {
	/* Trees before 5.19 kept attach_dev here. */
	int (*attach_dev)(struct iommu_domain *domain, struct device *dev);
	const struct iommu_domain_ops *default_domain_ops;
	struct iommu_domain *identity_domain;
	struct iommu_domain *blocked_domain;
};

struct iommu_domain {
	unsigned int type;
	const struct iommu_domain_ops *ops;
};

#define IOMMU_DOMAIN_BLOCKED	0
#define IOMMU_DOMAIN_IDENTITY	1

#endif
