/*
 * check-name: an assertion that goes on to succeed is no print before a later -EINVAL
 *
 * The WARN_ON() of an assertion (lockdep_assert_held() is one) falls
 * through to the rest of the function, which can return 0: it is not on
 * the way to the -EINVAL of the incompatible domain.  A WARN_ON() whose
 * block returns -EINVAL is still one.
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

static const struct iommu_domain_ops assert_ops = {
	.attach_dev = assert_attach,
};

/*
 * check-error-start
einval-print-assert.c:17:24: warning: [ATTACH_DEV_EINVAL_PRINT] assert_attach() returns -EINVAL after printing with WARN() at einval-print-assert.c:16 in assert_attach(); -EINVAL must only mean that device and domain are incompatible, without a print
einval-print-assert.c:16:13: note: printed with WARN() in assert_attach()
 * check-error-end
 */
