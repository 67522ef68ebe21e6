/* The second file of vendor-iommu.c's test: a kAPI that branches on its flags. */
#include <linux/iommu.h>

static int resume_flags(struct device *dev, int flags)
{
	if (flags & 3)
		return -ETIMEDOUT;
	if (!dev->iommu)
		return -EAGAIN;
	return 0;
}

int kapi_resume(struct device *dev, int flags)
{
	return resume_flags(dev, flags);
}
