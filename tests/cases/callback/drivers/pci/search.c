/* The second file of vendor/attach.c's test: a kAPI of another subsystem. */
#include <linux/iommu.h>

int for_each_alias(struct device *dev, int (*fn)(struct device *dev, int alias, void *data),
		   void *data)
{
	int ret = fn(dev, 1, data);

	if (ret)
		return ret;
	return fn(dev, 2, data);
}
