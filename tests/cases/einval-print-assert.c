/*
 * check-name: an assertion that goes on to succeed is no print before a later -EINVAL
 *
 * The WARN_ON() of an assertion (lockdep_assert_held() is one) falls
 * through to the rest of the function, which can return 0: it is not on
 * the way to the -EINVAL of the incompatible domain.  A WARN_ON() whose
 * block returns -EINVAL is still one.  So is a dev_err() that sets
 * ret = -EINVAL on the way to a shared `if (ret < 0) return ret;`, as
 * 6.1's ipmmu_attach_device() has it, while the dev_info() of the other
 * branch goes on to success.  And a dev_err() after a helper's -EINVAL,
 * under `if (ret < 0)`, on the way to the same shared exit.
 */
#include <linux/iommu.h>

static int assert_attach(struct iommu_domain *domain, struct device *dev)
{
	WARN_ON(!dev->iommu);
	if (domain->type == 1)
		return -EINVAL;
	if (WARN_ON(domain->type == 2))
		return -EINVAL;
	return 0;
}

void latch_unlock(struct device *dev);

static int latch_attach(struct iommu_domain *domain, struct device *dev)
{
	int ret = 0;

	if (domain->type == 1) {
		dev_err(dev, "on another IOMMU\n");
		ret = -EINVAL;
	} else {
		dev_info(dev, "reusing the context\n");
	}
	latch_unlock(dev);
	if (ret < 0)
		return ret;
	return 0;
}

static int init_context(struct device *dev)
{
	return dev->iommu ? 0 : -EINVAL;
}

static int init_attach(struct iommu_domain *domain, struct device *dev)
{
	int ret = 0;

	if (!dev->driver_data) {
		ret = init_context(dev);
		if (ret < 0)
			dev_err(dev, "Unable to initialize the context\n");
		else
			dev_info(dev, "Using a new context\n");
	} else {
		dev_info(dev, "Reusing the context\n");
	}
	latch_unlock(dev);
	if (ret < 0)
		return ret;
	return 0;
}

static const struct iommu_domain_ops init_ops = {
	.attach_dev = init_attach,
};

static const struct iommu_domain_ops assert_ops = {
	.attach_dev = assert_attach,
};

static const struct iommu_domain_ops latch_ops = {
	.attach_dev = latch_attach,
};

/*
 * check-error-start
einval-print-assert.c:45:16: warning: [ATTACH_DEV_EINVAL_PRINT] init_attach() returns -EINVAL via init_context() after printing with _dev_err() at einval-print-assert.c:55 in init_attach(); -EINVAL must only mean that device and domain are incompatible, without a print
einval-print-assert.c:53:35: note: init_attach() calls init_context()
einval-print-assert.c:45:16: note: init_context() returns -EINVAL
einval-print-assert.c:55:25: note: printed with _dev_err() in init_attach()
einval-print-assert.c:21:24: warning: [ATTACH_DEV_EINVAL_PRINT] assert_attach() returns -EINVAL after printing with WARN() at einval-print-assert.c:20 in assert_attach(); -EINVAL must only mean that device and domain are incompatible, without a print
einval-print-assert.c:20:13: note: printed with WARN() in assert_attach()
einval-print-assert.c:33:21: warning: [ATTACH_DEV_EINVAL_PRINT] latch_attach() returns -EINVAL after printing with _dev_err() at einval-print-assert.c:32 in latch_attach(); -EINVAL must only mean that device and domain are incompatible, without a print
einval-print-assert.c:32:17: note: printed with _dev_err() in latch_attach()
 * check-error-end
 */
