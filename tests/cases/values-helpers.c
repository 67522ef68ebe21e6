/*
 * check-name: a helper two levels down, memoised, and recursion
 *
 * deep_reset() is reached through two helpers; ping() and pong() call each
 * other and each may return an errno; spin() calls itself.
 */
#include <linux/iommu.h>

static int deep_reset(struct device *dev)
{
	if (!dev->driver_data)
		return -EIO;
	return 0;
}

static int deep_enable(struct device *dev)
{
	int ret = deep_reset(dev);

	if (ret)
		return ret;
	return deep_reset(dev);		/* the summary is reused */
}

static int pong(struct device *dev, int n);

static int ping(struct device *dev, int n)
{
	if (!n)
		return -ERANGE;
	return pong(dev, n - 1);
}

static int pong(struct device *dev, int n)
{
	if (n == 7)
		return -EFAULT;
	return ping(dev, n - 1);
}

static int spin(int n)
{
	if (n > 100)
		return -ENOSYS;
	return n ? spin(n + 1) : 0;
}

static int helpers_attach(struct iommu_domain *domain, struct device *dev)
{
	int ret = deep_enable(dev);

	if (ret)
		return ret;
	if (domain->type)
		return pong(dev, domain->type);
	return spin(domain->type);
}

static const struct iommu_domain_ops helpers_ops = {
	.attach_dev = helpers_attach,
};

/*
 * check-error-start
values-helpers.c:12:24: warning: [ATTACH_DEV_BAD_ERRNO] helpers_attach() may return -EIO via deep_enable() -> deep_reset() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
values-helpers.c:50:30: note: helpers_attach() calls deep_enable()
values-helpers.c:18:29: note: deep_enable() calls deep_reset()
values-helpers.c:12:24: note: deep_reset() returns -EIO
values-helpers.c:37:24: warning: [ATTACH_DEV_BAD_ERRNO] helpers_attach() may return -EFAULT via pong() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
values-helpers.c:55:28: note: helpers_attach() calls pong()
values-helpers.c:37:24: note: pong() returns -EFAULT
values-helpers.c:30:24: warning: [ATTACH_DEV_BAD_ERRNO] helpers_attach() may return -ERANGE via pong() -> ping() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
values-helpers.c:55:28: note: helpers_attach() calls pong()
values-helpers.c:38:20: note: pong() calls ping()
values-helpers.c:30:24: note: ping() returns -ERANGE
values-helpers.c:44:24: warning: [ATTACH_DEV_BAD_ERRNO] helpers_attach() may return -ENOSYS via spin() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
values-helpers.c:56:20: note: helpers_attach() calls spin()
values-helpers.c:44:24: note: spin() returns -ENOSYS
 * check-error-end
 */
