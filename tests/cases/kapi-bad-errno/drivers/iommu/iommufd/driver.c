/* The second file of vendor-iommu.c's test: a file of the IOMMU core. */
#include <linux/iommu.h>

int core_get_vdev_id(struct device *dev, unsigned long *id)
{
	if (WARN_ON(!id))
		return -EINVAL;
	if (!dev->iommu)
		return -ENOENT;
	*id = 1;
	return 0;
}
