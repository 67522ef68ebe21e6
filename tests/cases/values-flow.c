/*
 * check-name: constants through phis, selects, casts, copies, locals and gotos
 */
#include <linux/iommu.h>

static long flow_timeout(struct device *dev)
{
	return dev->driver_data ? -ETIMEDOUT : 0;
}

static int flow_attach(struct iommu_domain *domain, struct device *dev)
{
	int ret = -EXDEV;	/* an initialiser that reaches the return */
	int copy;

	if (domain->type == 1)
		goto out;
	if (domain->type == 2) {
		ret = -ENOENT;
		goto out;
	}
	if (domain->type == 3)
		return (int)flow_timeout(dev);	/* a cast of a helper's long */
	copy = domain->type == 4 ? -ERANGE : -ENOMEM;
	ret = copy;
	if (domain->type == 5)
		ret = -EINVAL;
out:
	return ret;
}

static const struct iommu_domain_ops flow_ops = {
	.attach_dev = flow_attach,
};

/*
 * check-error-start
values-flow.c:8:16: warning: [ATTACH_DEV_BAD_ERRNO] flow_attach() may return -ETIMEDOUT via flow_timeout() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
values-flow.c:23:41: note: flow_attach() calls flow_timeout()
values-flow.c:8:16: note: flow_timeout() returns -ETIMEDOUT
values-flow.c:19:21: warning: [ATTACH_DEV_BAD_ERRNO] flow_attach() may return -ENOENT (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
values-flow.c:24:32: warning: [ATTACH_DEV_BAD_ERRNO] flow_attach() may return -ERANGE (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
values-flow.c:13:13: warning: [ATTACH_DEV_BAD_ERRNO] flow_attach() may return -EXDEV (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
 * check-error-end
 */
