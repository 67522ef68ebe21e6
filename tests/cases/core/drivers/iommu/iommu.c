/* The third file of vendor-iommu.c's test: the IOMMU core, beside the driver. */
#include <linux/iommu.h>

int core_check(struct device *dev)
{
	if (WARN_ON(!dev->iommu))
		return -EINVAL;
	return 0;
}
