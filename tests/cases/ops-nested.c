/*
 * check-name: ops nested by value inside a driver's own struct
 */
#include <linux/iommu.h>

struct nested_driver {
	const char *name;
	struct {
		int flags;
		struct iommu_domain_ops ops;
	} inner;
};

static int nested_attach(struct iommu_domain *domain, struct device *dev)
{
	return -ERANGE;
}

static struct nested_driver nested = {
	.name = "nested",
	.inner = {
		.ops = { .attach_dev = nested_attach },
	},
};

/*
 * check-error-start
ops-nested.c:16:16: warning: [ATTACH_DEV_BAD_ERRNO] nested_attach() may return -ERANGE (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
 * check-error-end
 */
