// SPDX-License-Identifier: GPL-2.0
/*
 * A helper's -EINVAL with an error print on its failure branch and an info
 * print on its success branch, both before the shared return (the shape of
 * ipmmu_attach_device() in Linux 6.12): the report names the error print,
 * not the info print that only the success branch reaches.
 *
 * check-name: einval_print: an error print is named before an info print on the other branch
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --no-show-diff --sp-file $cocci/attach_dev_errno.cocci -D einval_print -D report $file
 * check-output-start
einval-info.c:25:10-16: [ATTACH_DEV_EINVAL_PRINT] qi_attach_dev() returns -EINVAL via qi_init_context() after dev_err() at line 36
 * check-output-end
 */
#include <linux/iommu.h>

struct qi_domain {
	struct iommu_domain domain;
	void *pgtable;
	int context;
};

static int qi_init_context(struct qi_domain *d)
{
	if (!d->pgtable)
		return -EINVAL;
	return 0;
}

static int qi_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	struct qi_domain *d = (struct qi_domain *)domain;
	int ret;

	ret = qi_init_context(d);
	if (ret < 0)
		dev_err(dev, "Unable to initialize the context\n");
	else
		dev_info(dev, "Using context %d\n", d->context);

	if (ret < 0)
		return ret;

	return 0;
}

static const struct iommu_domain_ops qi_domain_ops = {
	.attach_dev	= qi_attach_dev,
};
