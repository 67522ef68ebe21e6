// SPDX-License-Identifier: GPL-2.0
/*
 * An implementation that spatch cannot parse is reported as not analysed,
 * never skipped in silence; the other implementation is still analysed.
 *
 * check-name: einval_print: an unparsable implementation is reported as not analysed
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --no-show-diff --sp-file $cocci/attach_dev_errno.cocci -D einval_print -D report $file
 * check-output-start
parse-fail.c:28:10-16: [ATTACH_DEV_EINVAL_PRINT] qpf_identity_attach() returns -EINVAL after dev_err() at line 27
parse-fail.c:34:15-29: [ATTACH_DEV_NOT_ANALYSED] qpf_attach_dev() is registered as attach_dev, but spatch found no definition of it that it could parse
 * check-output-end
 */
#include <linux/iommu.h>

static int qpf_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	if (!dev->iommu) {
		dev_err(dev, "not ours\n");
		return -EINVAL;
	}
	return 0 +;
}

static int qpf_identity_attach(struct iommu_domain *domain, struct device *dev)
{
	if (!dev->iommu) {
		dev_err(dev, "identity\n");
		return -EINVAL;
	}
	return 0;
}

static const struct iommu_domain_ops qpf_ops = {
	.attach_dev	= qpf_attach_dev,
};

static struct iommu_domain qpf_identity_domain = {
	.type	= IOMMU_DOMAIN_IDENTITY,
	.ops	= &(const struct iommu_domain_ops) {
		.attach_dev = qpf_identity_attach,
	},
};
