// SPDX-License-Identifier: GPL-2.0
/*
 * Two implementations through one site: ft_check() is reached only from
 * the two implementations, so its -ENXIO is one finding at the constant,
 * naming both, not one per implementation.
 *
 * check-name: fix point: two implementations through one site are one finding that names both
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --no-show-diff --sp-file $cocci/attach_dev_errno.cocci -D bad_errno -D record $file
 * check-output-start
{"rules": ["ATTACH_DEV_BAD_ERRNO"]}
{"files": ["fixpoint-two.c"]}
{"arch": null, "column": 10, "engine": "coccinelle", "errno": "-ENXIO", "file": "fixpoint-two.c", "id": "ATTACH_DEV_BAD_ERRNO", "implementations": [{"file": "fixpoint-two.c", "function": "ft_attach_dev"}, {"file": "fixpoint-two.c", "function": "ft_blocked_attach"}], "line": 22, "message": "ft_attach_dev() may return -ENXIO via ft_check() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)", "path": [{"file": "fixpoint-two.c", "function": "ft_attach_dev", "line": 28}], "site": {"column": 10, "file": "fixpoint-two.c", "function": "ft_check", "line": 22}}
{"implementation": {"file": "fixpoint-two.c", "line": 26, "function": "ft_attach_dev"}}
{"implementation": {"file": "fixpoint-two.c", "line": 31, "function": "ft_blocked_attach"}}
 * check-output-end
 */
#include <linux/iommu.h>

static int ft_check(struct device *dev)
{
	if (!dev->iommu)
		return -ENXIO;
	return 0;
}

static int ft_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	return ft_check(dev);
}

static int ft_blocked_attach(struct iommu_domain *domain, struct device *dev)
{
	return ft_check(dev);
}

static const struct iommu_domain_ops ft_domain_ops = {
	.attach_dev	= ft_attach_dev,
};

static const struct iommu_domain_ops ft_blocked_ops = {
	.attach_dev	= ft_blocked_attach,
};
