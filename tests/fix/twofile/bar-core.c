// SPDX-License-Identifier: GPL-2.0
/*
 * The other file of a two-file driver (tests/frontend/fix-fixture):
 * bar_prepare(), which bar-nested.c's attach_dev calls and the probe
 * shares, may return -EIO.  Patch mode, reading bar-nested.c alone, takes
 * it for a kAPI; fix must not write that conversion.
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
