/*
 * check-name: the kdoc's allowed errnos are not reported
 */
#include <linux/iommu.h>

static int allowed_attach(struct iommu_domain *domain, struct device *dev)
{
	switch (domain->type) {
	case 1: return -EINVAL;
	case 2: return -ENOMEM;
	case 3: return -ENOSPC;
	case 4: return -EBUSY;
	case 5: return -ENODEV;
	}
	return 0;
}

static const struct iommu_domain_ops allowed_ops = {
	.attach_dev = allowed_attach,
};
