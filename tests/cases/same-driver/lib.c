/* The second file of attach.c's test: the driver's shared helpers. */
#include <linux/iommu.h>

int drv_enable(struct device *dev)
{
	return dev->iommu ? 0 : -ETIMEDOUT;
}

int drv_check(struct device *dev)
{
	return dev->driver_data ? 0 : -EXDEV;
}

static int drv_resume(struct device *dev)
{
	return drv_enable(dev);
}

int (*drv_pm[])(struct device *dev) = { drv_resume };
