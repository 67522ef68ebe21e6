/*
 * check-name: a WARN_ON(true) before -EINVAL counts, though ret held a helper's 0 before
 *
 * As in 7.2's dmar_domain_attach_device(): `else if (WARN_ON(true))
 * ret = -EINVAL;` after `ret = setup(); if (ret) return ret;`.  The
 * constant branch keeps its dead false edge (the optimiser is off), and
 * on that edge ret still holds setup()'s 0.  That 0 flows along the dead
 * edge only, so the WARN cannot reach success and is the -EINVAL's print.
 */
#include <linux/iommu.h>

int is_fs(struct iommu_domain *d);
void cleanup(struct device *dev);

static int setup(struct device *dev)
{
	return dev->iommu ? 0 : -ENOMEM;
}

static int warn_attach(struct iommu_domain *domain, struct device *dev)
{
	int ret;

	ret = setup(dev);
	if (ret)
		return ret;
	if (is_fs(domain))
		ret = setup(dev);
	else if (WARN_ON(1))
		ret = -EINVAL;
	if (ret)
		goto out;
	return 0;
out:
	cleanup(dev);
	return ret;
}

static const struct iommu_domain_ops warn_ops = {
	.attach_dev = warn_attach,
};

/*
 * check-error-start
einval-print-warn-true.c:30:21: warning: [ATTACH_DEV_EINVAL_PRINT] warn_attach() returns -EINVAL after printing with WARN() at einval-print-warn-true.c:29 in warn_attach(); -EINVAL must only mean that device and domain are incompatible, without a print
einval-print-warn-true.c:29:18: note: printed with WARN() in warn_attach()
 * check-error-end
 */
