/* The second file of vendor-iommu.c's test: a file of the IOMMU core. */
#include <linux/iommu.h>

int core_get_id(struct device *dev, unsigned long *id)
{
	if (WARN_ON(!id))
		return -EINVAL;
	*id = 1;
	return 0;
}

int core_add_device(struct device *dev)
{
	return dev->iommu ? 0 : -ENOMEM;
}
