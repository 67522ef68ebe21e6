/*
 * check-name: ATTACH_DEV_EINVAL_PRINT: -EINVAL on a path that also prints
 *
 * Flagged: a dev_err() before the return; a WARN_ON() (inline asm); a print
 * two helpers deep; a print in the implementation before a helper's
 * -EINVAL.  Not flagged: a print on another path; pr_debug() without
 * --debug-prints; -ENODEV after a print (only -EINVAL is held to it).
 */
#include <linux/iommu.h>

static int deep_check(struct device *dev)
{
	if (!dev->driver_data) {
		pr_err("no driver data\n");
		return -EINVAL;
	}
	return 0;
}

static int mid_check(struct device *dev)
{
	return deep_check(dev);
}

static int quiet_check(struct device *dev)
{
	return dev->iommu ? 0 : -EINVAL;
}

static int print_attach(struct iommu_domain *domain, struct device *dev)
{
	int ret;

	if (domain->type == 1) {
		dev_err(dev, "incompatible\n");
		return -EINVAL;
	}
	if (WARN_ON(domain->type == 2))
		return -EINVAL;
	if (domain->type == 3) {
		dev_warn(dev, "no such device\n");
		return -ENODEV;
	}
	if (domain->type == 4)
		return -EINVAL;			/* no print reaches this */
	if (domain->type == 5) {
		pr_debug("debug only\n");
		return -EINVAL;
	}
	ret = mid_check(dev);
	if (ret)
		return ret;
	if (domain->type == 6) {
		dev_info(dev, "checking\n");
		return quiet_check(dev);
	}
	return 0;
}

static const struct iommu_domain_ops print_ops = {
	.attach_dev = print_attach,
};

/*
 * check-error-start
einval-print.c:36:24: warning: [ATTACH_DEV_EINVAL_PRINT] print_attach() returns -EINVAL after printing with _dev_err() at einval-print.c:35 in print_attach(); -EINVAL must only mean that device and domain are incompatible, without a print
einval-print.c:39:24: warning: [ATTACH_DEV_EINVAL_PRINT] print_attach() returns -EINVAL after printing with WARN() at einval-print.c:38 in print_attach(); -EINVAL must only mean that device and domain are incompatible, without a print
einval-print.c:15:24: warning: [ATTACH_DEV_EINVAL_PRINT] print_attach() returns -EINVAL via mid_check() -> deep_check() after printing with _printk() at einval-print.c:14 in deep_check(); -EINVAL must only mean that device and domain are incompatible, without a print
einval-print.c:27:16: warning: [ATTACH_DEV_EINVAL_PRINT] print_attach() returns -EINVAL via quiet_check() after printing with _dev_info() at einval-print.c:54 in print_attach(); -EINVAL must only mean that device and domain are incompatible, without a print
 * check-error-end
 */
