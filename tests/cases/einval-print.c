/*
 * check-name: ATTACH_DEV_EINVAL_PRINT: -EINVAL on a path that also prints
 *
 * Flagged: a dev_err() before the return; a WARN_ON() (inline asm); a print
 * two helpers deep; a print in the implementation before a helper that
 * can only fail with -EINVAL; a print after a helper's -EINVAL comes back,
 * before it is returned (6.1 intel's "Setup RID2PASID failed").  Not
 * flagged: a print on another path; pr_debug() without --debug-prints;
 * -ENODEV after a print (only -EINVAL is held to it); an info print before
 * a helper that may return 0, since it is on the way to success too.
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

static int reject(struct device *dev)
{
	return -EINVAL;
}

static int setup_entry(struct device *dev)
{
	return dev->iommu ? 0 : -EINVAL;
}

static int print_after(struct device *dev)
{
	int ret = setup_entry(dev);

	if (ret) {
		dev_err(dev, "setup failed\n");
		return ret;
	}
	return 0;
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
	if (domain->type == 7) {
		dev_err(dev, "unsupported\n");
		return reject(dev);
	}
	return print_after(dev);
}

static const struct iommu_domain_ops print_ops = {
	.attach_dev = print_attach,
};

/*
 * check-error-start
einval-print.c:60:24: warning: [ATTACH_DEV_EINVAL_PRINT] print_attach() returns -EINVAL after printing with _dev_err() at einval-print.c:59 in print_attach(); -EINVAL must only mean that device and domain are incompatible, without a print
einval-print.c:59:17: note: printed with _dev_err() in print_attach()
einval-print.c:63:24: warning: [ATTACH_DEV_EINVAL_PRINT] print_attach() returns -EINVAL after printing with WARN() at einval-print.c:62 in print_attach(); -EINVAL must only mean that device and domain are incompatible, without a print
einval-print.c:62:13: note: printed with WARN() in print_attach()
einval-print.c:18:24: warning: [ATTACH_DEV_EINVAL_PRINT] print_attach() returns -EINVAL via mid_check() -> deep_check() after printing with _printk() at einval-print.c:17 in deep_check(); -EINVAL must only mean that device and domain are incompatible, without a print
einval-print.c:74:24: note: print_attach() calls mid_check()
einval-print.c:25:26: note: mid_check() calls deep_check()
einval-print.c:18:24: note: deep_check() returns -EINVAL
einval-print.c:17:17: note: printed with _printk() in deep_check()
einval-print.c:35:16: warning: [ATTACH_DEV_EINVAL_PRINT] print_attach() returns -EINVAL via reject() after printing with _dev_err() at einval-print.c:82 in print_attach(); -EINVAL must only mean that device and domain are incompatible, without a print
einval-print.c:83:30: note: print_attach() calls reject()
einval-print.c:35:16: note: reject() returns -EINVAL
einval-print.c:82:17: note: printed with _dev_err() in print_attach()
einval-print.c:40:16: warning: [ATTACH_DEV_EINVAL_PRINT] print_attach() returns -EINVAL via print_after() -> setup_entry() after printing with _dev_err() at einval-print.c:48 in print_after(); -EINVAL must only mean that device and domain are incompatible, without a print
einval-print.c:85:27: note: print_attach() calls print_after()
einval-print.c:45:30: note: print_after() calls setup_entry()
einval-print.c:40:16: note: setup_entry() returns -EINVAL
einval-print.c:48:17: note: printed with _dev_err() in print_after()
 * check-error-end
 */
