// SPDX-License-Identifier: GPL-2.0
/* Support file of ../crossfile.test: the ops table, without the function. */
#include <linux/iommu.h>
#include "bar.h"

static const struct iommu_domain_ops bar_domain_ops = {
	.attach_dev	= bar_attach_dev,
};
