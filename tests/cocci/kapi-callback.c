// SPDX-License-Identifier: GPL-2.0
/*
 * A kAPI with a callback: pci_for_each_dma_alias() returns what kc_alias()
 * returns, but its source is never read by the semantic patch, so it stays
 * a kAPI finding whose record says "analysed": false; the callback itself
 * is not on the path, so its -ENOENT is not reported (the C checker
 * resolves it, DESIGN.md "The kAPI boundary").
 *
 * check-name: kapi_errno: a kAPI called with a callback is reported, its source not analysed
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --no-show-diff --sp-file $cocci/attach_dev_errno.cocci -D record $file
 * check-output-start
{"rules": ["ATTACH_DEV_BAD_ERRNO", "ATTACH_DEV_EINVAL_PRINT", "ATTACH_DEV_KAPI_ERRNO"]}
{"files": ["kapi-callback.c"]}
{"arch": null, "column": 8, "engine": "coccinelle", "errno": "-EINVAL", "file": "kapi-callback.c", "id": "ATTACH_DEV_KAPI_ERRNO", "implementations": [{"file": "kapi-callback.c", "function": "kc_attach_dev"}], "kapi": {"analysed": false, "einval": null, "name": "pci_for_each_dma_alias"}, "line": 27, "message": "kc_attach_dev() may return -EINVAL from pci_for_each_dma_alias() (line 27) unconverted", "path": [], "site": {"column": 8, "file": "kapi-callback.c", "function": "kc_attach_dev", "line": 27}}
{"implementation": {"file": "kapi-callback.c", "line": 25, "function": "kc_attach_dev"}}
 * check-output-end
 */
#include <linux/iommu.h>

static int kc_alias(struct pci_dev *pdev, u16 alias, void *data)
{
	return pdev ? 0 : -ENOENT;
}

static int kc_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	return pci_for_each_dma_alias(to_pci_dev(dev), kc_alias, domain);
}

static const struct iommu_domain_ops kc_domain_ops = {
	.attach_dev	= kc_attach_dev,
};
