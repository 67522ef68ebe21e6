/*
 * The second file of attach.c's test: global helpers, as a driver's
 * pasid.c or a shared library file holds them.  Checked alone it declares
 * no attach_dev implementation, so it reports nothing.
 */
#include <linux/iommu.h>

int clk_prepare_enable(void *clk);

int helper_validate(struct device *dev)
{
	if (!dev->driver_data) {
		pr_err("no driver data\n");
		return -EINVAL;
	}
	return 0;
}

int helper_setup(struct device *dev)
{
	return dev->iommu ? 0 : -EOPNOTSUPP;
}

int helper_quiet(struct device *dev)
{
	return dev->iommu ? 0 : -EINVAL;
}

int helper_converted(struct device *dev)
{
	int ret = clk_prepare_enable(dev->iommu);

	return ret == -EINVAL ? -ENODEV : ret;
}

static int helper_clock(struct device *dev)
{
	return clk_prepare_enable(dev->iommu);
}

int helper_power(struct device *dev)
{
	return helper_clock(dev);
}
