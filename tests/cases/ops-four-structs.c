/*
 * check-name: a function named in four ops structs is analysed and reported once
 * check-command: $checker --list-implementations -I$tests/include $file
 *
 * 7.2's iommufd/selftest.c has one; linearizing a function twice aborts sparse.
 */
#include <linux/iommu.h>

static int shared_attach(struct iommu_domain *domain, struct device *dev)
{
	return -ENOENT;
}

static const struct iommu_domain_ops ops_a = { .attach_dev = shared_attach };
static const struct iommu_domain_ops ops_b = { .attach_dev = shared_attach };
static struct iommu_domain domain_c = {
	.ops = &(const struct iommu_domain_ops){ .attach_dev = shared_attach },
};
static const struct iommu_ops ops_d = {
	.default_domain_ops = &(const struct iommu_domain_ops){ .attach_dev = shared_attach },
};

/*
 * check-error-start
ops-four-structs.c:11:16: warning: [ATTACH_DEV_BAD_ERRNO] shared_attach() may return -ENOENT (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
IMPL ops-four-structs.c:9 shared_attach returns: -ENOENT
 * check-error-end
 */
