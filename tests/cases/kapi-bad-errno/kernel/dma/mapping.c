/* The third file of vendor-iommu.c's test: a kAPI of another subsystem. */
#include <linux/iommu.h>

static int mask_supported(struct device *dev, unsigned long mask)
{
	return mask > 0xff;
}

int set_mask(struct device *dev, unsigned long mask)
{
	if (!mask_supported(dev, mask))
		return -EIO;
	return 0;
}
