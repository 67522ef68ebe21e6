// SPDX-License-Identifier: GPL-2.0
/*
 * Support file of ../headerdecl.test: it names clk_prepare_enable(), a
 * kAPI, and nothing else of the driver; the Iteration must not read it.
 */
#include <linux/iommu.h>

int hd_clocks_on(struct device *dev)
{
	return clk_prepare_enable(dev->clk);
}
