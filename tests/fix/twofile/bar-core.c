// SPDX-License-Identifier: GPL-2.0
/*
 * The other file of a two-file driver (tests/frontend/fix-fixture):
 * bar_prepare(), which bar-nested.c's attach_dev calls and the probe
 * shares, may return -EIO.  Patch mode, reading bar-nested.c alone, takes
 * it for a kAPI; fix must not write that conversion.
 * bar_blocked_attach_dev() is defined here and registered in bar-ops.c,
 * which holds no finding: fix, told so by the whole-driver analysis,
 * fixes it here; a plain patch run says on stderr that it cannot follow it.
 */
#include <linux/iommu.h>

int bar_prepare(struct device *dev)
{
	if (!dev->iommu)
		return -EIO;
	return 0;
}

int bar_probe(struct device *dev)
{
	return bar_prepare(dev);
}

int bar_blocked_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	if (!dev->iommu) {
		dev_err(dev, "no IOMMU behind this device\n");
		return -ENXIO;
	}
	return 0;
}
