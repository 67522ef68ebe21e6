/*
 * check-name: errnos are named by the checked tree's own arch headers (generic)
 *
 * The same value as mips' EOPNOTSUPP, 122, is EDQUOT here.  ENOTSUPP is
 * kernel-internal, from linux/errno.h.
 */
#include <linux/iommu.h>

static int generic_attach(struct iommu_domain *domain, struct device *dev)
{
	if (domain->type)
		return -122;
	return -ENOTSUPP;
}

static const struct iommu_domain_ops generic_ops = {
	.attach_dev = generic_attach,
};

/*
 * check-error-start
errno-arch-generic.c:12:24: warning: [ATTACH_DEV_BAD_ERRNO] generic_attach() may return -EDQUOT (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
errno-arch-generic.c:13:16: warning: [ATTACH_DEV_BAD_ERRNO] generic_attach() may return -ENOTSUPP (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
 * check-error-end
 */
