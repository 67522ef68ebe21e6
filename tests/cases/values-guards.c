/*
 * check-name: a branch on the value bounds what reaches the return
 *
 * As in 6.1's mtk_iommu_get_iova_region_id(): candidate starts at -1 but is
 * returned only when it is >= 0.  A helper's -EIO passes `if (ret < 0)`,
 * its positive count does not matter, and `if (ret)` keeps out its 0.
 */
#include <linux/iommu.h>

static int region_id(struct device *dev, int n)
{
	int i, candidate = -1;

	for (i = 0; i < n; i++)
		if (dev->driver_data)
			candidate = i;
	if (candidate >= 0)
		return candidate;
	return -EINVAL;
}

static int count_or_fail(struct device *dev)
{
	if (!dev->iommu)
		return -EIO;
	if (dev->driver_data)
		return -ENOENT;
	return 3;
}

static int guards_attach(struct iommu_domain *domain, struct device *dev)
{
	int id = region_id(dev, domain->type);
	int ret;

	if (id < 0)
		return id;
	ret = count_or_fail(dev);
	if (ret == -ENOENT)
		return -ENODEV;		/* converted: -ENOENT never gets out */
	if (ret < 0)
		return ret;
	return 0;
}

static const struct iommu_domain_ops guards_ops = {
	.attach_dev = guards_attach,
};

/*
 * check-error-start
values-guards.c:25:24: warning: [ATTACH_DEV_BAD_ERRNO] guards_attach() may return -EIO via count_or_fail() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
values-guards.c:38:28: note: guards_attach() calls count_or_fail()
values-guards.c:25:24: note: count_or_fail() returns -EIO
 * check-error-end
 */
