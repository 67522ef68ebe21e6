/*
 * check-name: fix point: one site that two implementations reach is one finding naming both
 *
 * two_enable() is called only by the two attach_dev implementations, so
 * its -EOPNOTSUPP is reported at its own return, once, and the record
 * lists both implementations.
 * check-command: $checker --format=json -I$tests/include $file
 */
#include <linux/iommu.h>

static int two_enable(struct device *dev)
{
	return dev->iommu ? 0 : -EOPNOTSUPP;
}

static int two_paging_attach(struct iommu_domain *domain, struct device *dev)
{
	return two_enable(dev);
}

static int two_identity_attach(struct iommu_domain *domain, struct device *dev)
{
	return two_enable(dev);
}

static const struct iommu_domain_ops two_paging_ops = {
	.attach_dev = two_paging_attach,
};

static const struct iommu_domain_ops two_identity_ops = {
	.attach_dev = two_identity_attach,
};

/*
 * check-output-start
[
  {"id": "ATTACH_DEV_BAD_ERRNO", "errno": "-EOPNOTSUPP", "message": "two_paging_attach() may return -EOPNOTSUPP via two_enable() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)", "engine": "sparse", "arch": null, "implementations": [{"file": "fix-two-impls.c", "function": "two_paging_attach"}, {"file": "fix-two-impls.c", "function": "two_identity_attach"}], "site": {"file": "fix-two-impls.c", "line": 13, "column": 16, "function": "two_enable"}, "path": [{"file": "fix-two-impls.c", "line": 18, "function": "two_paging_attach"}, {"file": "fix-two-impls.c", "line": 13, "function": "two_enable"}], "file": "fix-two-impls.c", "line": 13, "column": 16}
]
 * check-output-end
 */
