// SPDX-License-Identifier: GPL-2.0
/*
 * A print counts only on the way to the -EINVAL: the assertion and the
 * info print below can still reach "return 0;", so they are not on the
 * path of the later, unrelated -EINVAL.  "if (WARN_ON(x)) return -EINVAL;"
 * is a test, not a statement on the way to success: still a finding.
 *
 * check-name: einval_print: a print from which success can be reached does not count
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --no-show-diff --sp-file $cocci/attach_dev_errno.cocci -D einval_print -D report $file
 * check-output-start
einval-success.c:31:10-16: [ATTACH_DEV_EINVAL_PRINT] es_attach_dev() returns -EINVAL after WARN_ON() at line 30
 * check-output-end
 */
#include <linux/iommu.h>

struct es_domain {
	struct iommu_domain domain;
	int stage;
	int locked;
};

static int es_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	struct es_domain *d = (struct es_domain *)domain;

	WARN_ON_ONCE(!d->locked);
	dev_info(dev, "attaching\n");
	if (d->stage > 2)
		return -EINVAL;
	if (WARN_ON(d->stage < 0))
		return -EINVAL;
	return 0;
}

static const struct iommu_domain_ops es_domain_ops = {
	.attach_dev	= es_attach_dev,
};
