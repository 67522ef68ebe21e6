// SPDX-License-Identifier: GPL-2.0
/*
 * Support file of ../samedriver.test: the other definition of sd_reset(),
 * so that a call to it, which could mean either, stays a kAPI.
 */
#include <linux/iommu.h>

int sd_reset(struct device *dev)
{
	return -EPROTO;
}
