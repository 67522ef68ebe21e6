/*
 * A second definition of a struct makes libsparse exit (error_die), in the
 * parser, before anything of the file is analysed.  See redefinition.test.
 */
#include <linux/iommu.h>

struct twice {
	int a;
};

struct twice {
	int b;
};

static int twice_attach(struct iommu_domain *domain, struct device *dev)
{
	return -ENOENT;
}

static const struct iommu_domain_ops twice_ops = {
	.attach_dev = twice_attach,
};
