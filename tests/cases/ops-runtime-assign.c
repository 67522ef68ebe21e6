/*
 * check-name: a function assigned to an iommu_domain_ops member at run time
 */
#include <linux/iommu.h>

static int runtime_attach(struct iommu_domain *domain, struct device *dev)
{
	return -EFAULT;
}

static int runtime_attach_local(struct iommu_domain *domain, struct device *dev)
{
	return -ETIMEDOUT;
}

static struct iommu_domain_ops runtime_ops;

void runtime_setup(struct iommu_domain_ops *ops)
{
	struct iommu_domain_ops local;

	ops->attach_dev = runtime_attach;
	local.attach_dev = &runtime_attach_local;
	runtime_ops = local;
}

/*
 * check-error-start
ops-runtime-assign.c:8:16: warning: [ATTACH_DEV_BAD_ERRNO] runtime_attach() may return -EFAULT (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
ops-runtime-assign.c:13:16: warning: [ATTACH_DEV_BAD_ERRNO] runtime_attach_local() may return -ETIMEDOUT (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
 * check-error-end
 */
