/*
 * check-name: ops reached from static identity and blocked domains
 */
#include <linux/iommu.h>

static int identity_attach(struct iommu_domain *domain, struct device *dev)
{
	return -EPERM;
}

static int blocked_attach(struct iommu_domain *domain, struct device *dev)
{
	return -EIO;
}

static const struct iommu_domain_ops blocked_ops = {
	.attach_dev = blocked_attach,
};

static struct iommu_domain identity_domain = {
	.ops = &(const struct iommu_domain_ops) {
		.attach_dev = identity_attach,
	},
};

static struct iommu_domain blocked_domain = {
	.ops = &blocked_ops,
};

static const struct iommu_ops static_domain_ops = {
	.identity_domain = &identity_domain,
	.blocked_domain = &blocked_domain,
};

/*
 * check-error-start
ops-static-domain.c:13:16: warning: [ATTACH_DEV_BAD_ERRNO] blocked_attach() may return -EIO (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
ops-static-domain.c:8:16: warning: [ATTACH_DEV_BAD_ERRNO] identity_attach() may return -EPERM (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
 * check-error-end
 */
