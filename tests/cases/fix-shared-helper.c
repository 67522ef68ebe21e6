/*
 * check-name: fix point: a helper that other code calls too is reported at the call
 *
 * fix_reset() gives -ETIMEDOUT to fix_attach() and to fix_probe(), which
 * is no attach_dev code (its address goes into a table): changing the
 * helper would change the probe too, so the finding is at the call in
 * fix_attach().  fix_check() is called only from fix_attach(), so its
 * -EXDEV stays at its own return.
 */
#include <linux/iommu.h>

static int fix_reset(struct device *dev)
{
	return dev->iommu ? 0 : -ETIMEDOUT;
}

static int fix_check(struct device *dev)
{
	return dev->driver_data ? 0 : -EXDEV;
}

static int fix_probe(struct device *dev)
{
	return fix_reset(dev);
}

int (*fix_probes[])(struct device *dev) = { fix_probe };

static int fix_attach(struct iommu_domain *domain, struct device *dev)
{
	int ret = fix_check(dev);

	if (ret)
		return ret;
	return fix_reset(dev);
}

static const struct iommu_domain_ops fix_ops = {
	.attach_dev = fix_attach,
};

/*
 * check-error-start
fix-shared-helper.c:19:16: warning: [ATTACH_DEV_BAD_ERRNO] fix_attach() may return -EXDEV via fix_check() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
fix-shared-helper.c:31:28: note: fix_attach() calls fix_check()
fix-shared-helper.c:19:16: note: fix_check() returns -EXDEV
fix-shared-helper.c:35:25: warning: [ATTACH_DEV_BAD_ERRNO] fix_attach() may return -ETIMEDOUT via fix_reset() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
fix-shared-helper.c:35:25: note: fix_attach() calls fix_reset()
fix-shared-helper.c:14:16: note: fix_reset() returns -ETIMEDOUT
 * check-error-end
 */
