/*
 * check-name: an assertion that goes on to succeed is no print before a later -EINVAL
 *
 * The WARN_ON() of an assertion (lockdep_assert_held() is one) falls
 * through to the rest of the function, which can return 0: it is not on
 * the way to the -EINVAL of the incompatible domain.  A WARN_ON() whose
 * block returns -EINVAL is still one.  So is a dev_err() that sets
 * ret = -EINVAL on the way to a shared `if (ret < 0) return ret;`, as
 * 6.1's ipmmu_attach_device() has it, while the dev_info() of the other
 * branch goes on to success.
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

static const struct iommu_domain_ops assert_ops = {
	.attach_dev = assert_attach,
};

static const struct iommu_domain_ops latch_ops = {
	.attach_dev = latch_attach,
};

/*
 * check-error-start
einval-print-assert.c:20:24: warning: [ATTACH_DEV_EINVAL_PRINT] assert_attach() returns -EINVAL after printing with WARN() at einval-print-assert.c:19 in assert_attach(); -EINVAL must only mean that device and domain are incompatible, without a print
einval-print-assert.c:19:13: note: printed with WARN() in assert_attach()
einval-print-assert.c:32:21: warning: [ATTACH_DEV_EINVAL_PRINT] latch_attach() returns -EINVAL after printing with _dev_err() at einval-print-assert.c:31 in latch_attach(); -EINVAL must only mean that device and domain are incompatible, without a print
einval-print-assert.c:31:17: note: printed with _dev_err() in latch_attach()
 * check-error-end
 */
