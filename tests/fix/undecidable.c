// SPDX-License-Identifier: GPL-2.0
/*
 * Undecidable: a guard that joins a test of the domain with a test of the
 * device, which would need -EINVAL and -ENODEV; a guard on neither; an
 * -EINVAL whose print is the WARN_ON() of its condition; an errno that no
 * guard decides.  No hunk: `-D record` gives the reasons.
 *
 * check-name: fix: no hunk where no rule decides
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --patch . --sp-file $cocci/attach_dev_errno.cocci -D patch $file
 */
#include <linux/iommu.h>

struct foo_master {
	void *smmu;
};

struct foo_domain {
	struct iommu_domain domain;
	void *smmu;
};

static int foo_disabled;

static int foo_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	struct foo_domain *fd = (struct foo_domain *)domain;
	struct foo_master *master = dev_iommu_priv_get(dev);

	if (!master || fd->smmu != master->smmu) {
		dev_err(dev, "cannot attach\n");
		return -EINVAL;
	}
	if (WARN_ON(!master->smmu))
		return -EINVAL;
	if (foo_disabled) {
		pr_err("disabled\n");
		return -EINVAL;
	}
	switch (domain->type) {
	case IOMMU_DOMAIN_BLOCKED:
		return 0;
	default:
		return -EOPNOTSUPP;
	}
}

static const struct iommu_domain_ops foo_ops = {
	.attach_dev = foo_attach_dev,
};
