/*
 * check-name: ATTACH_DEV_KAPI_ERRNO: a kAPI's errno returned unconverted
 *
 * Flagged: `if (ret) return ret;` after pm_runtime_resume_and_get(),
 * `return clk_prepare_enable()`, a goto path, and a kAPI errno through two
 * helpers.  Not flagged: `ret == -EINVAL ? -ENODEV : ret`, an explicit
 * `if (ret == -EINVAL) return -ENODEV;`, `return -ENODEV;`, and the
 * unsigned index of find_next_zero_bit(), which is no errno.
 */
#include <linux/iommu.h>

unsigned long find_next_zero_bit(const unsigned long *map, unsigned long size,
				 unsigned long start);

static int power_up(struct device *dev)
{
	return pm_runtime_resume_and_get(dev);
}

static int bring_up(struct device *dev)
{
	int ret = power_up(dev);

	if (ret < 0)
		return ret;
	return 0;
}

static int kapi_attach(struct iommu_domain *domain, struct device *dev)
{
	int ret;

	switch (domain->type) {
	case 1:
		ret = pm_runtime_resume_and_get(dev);
		if (ret)
			return ret;
		break;
	case 2:
		return clk_prepare_enable(dev->driver_data);
	case 3:
		ret = clk_prepare_enable(dev->iommu);
		if (ret)
			goto out;
		break;
	case 4:
		ret = pm_runtime_resume_and_get(dev);
		return ret == -EINVAL ? -ENODEV : ret;
	case 5:
		ret = clk_prepare_enable(dev);
		if (ret == -EINVAL)
			return -ENODEV;
		return ret;
	case 6:
		if (pm_runtime_resume_and_get(dev))
			return -ENODEV;
		break;
	case 7:
		return bring_up(dev);
	case 8:
		ret = find_next_zero_bit(dev->driver_data, 64, 0);
		if (ret < 0)
			return ret;
		break;
	}
	ret = 0;
out:
	return ret;
}

static const struct iommu_domain_ops kapi_ops = {
	.attach_dev = kapi_attach,
};

/*
 * check-error-start
kapi-errno.c:35:48: warning: [ATTACH_DEV_KAPI_ERRNO] kapi_attach() returns the errno of pm_runtime_resume_and_get() unconverted, so it may be -EINVAL (its source was not analysed); convert it (-ENODEV if device-specific)
kapi-errno.c:40:42: warning: [ATTACH_DEV_KAPI_ERRNO] kapi_attach() returns the errno of clk_prepare_enable() unconverted, so it may be -EINVAL (its source was not analysed); convert it (-ENODEV if device-specific)
kapi-errno.c:17:41: warning: [ATTACH_DEV_KAPI_ERRNO] kapi_attach() returns the errno of pm_runtime_resume_and_get() via bring_up() -> power_up() unconverted, so it may be -EINVAL (its source was not analysed); convert it (-ENODEV if device-specific)
kapi-errno.c:59:32: note: kapi_attach() calls bring_up()
kapi-errno.c:22:27: note: bring_up() calls power_up()
kapi-errno.c:17:41: note: power_up() returns what pm_runtime_resume_and_get() returns
kapi-errno.c:42:41: warning: [ATTACH_DEV_KAPI_ERRNO] kapi_attach() returns the errno of clk_prepare_enable() unconverted, so it may be -EINVAL (its source was not analysed); convert it (-ENODEV if device-specific)
 * check-error-end
 */
