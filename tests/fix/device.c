// SPDX-License-Identifier: GPL-2.0
/*
 * A device-specific failure: a guard that reads only the device, its
 * fwspec, or the IOMMU behind it returns -ENODEV, and its print stays.
 * The same holds for a hard-coded disallowed errno under such a guard.
 *
 * check-name: fix: a device-specific failure returns -ENODEV and keeps its print
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --patch . --sp-file $cocci/attach_dev_errno.cocci -D patch $file
 * check-output-start
diff -u -p a/device.c b/device.c
--- a/device.c
+++ b/device.c
@@ -55,15 +55,15 @@ static int foo_attach_dev(struct iommu_d
 
 	if (!fwspec) {
 		dev_err(dev, "no fwspec\n");
-		return -EINVAL;
+		return -ENODEV;
 	}
 	master = dev_iommu_priv_get(dev);
 	if (!master)
-		return -ENOENT;
+		return -ENODEV;
 	smmu = master->smmu;
 	if (master->sid >= smmu->num_sids) {
 		dev_err(dev, "stream ID out of range\n");
-		return -EINVAL;
+		return -ENODEV;
 	}
 	return 0;
 }
 * check-output-end
 */
#include <linux/iommu.h>

struct foo_device {
	unsigned int num_sids;
};

struct foo_master {
	struct foo_device *smmu;
	unsigned int sid;
};

struct foo_domain {
	struct iommu_domain domain;
	int stage;
};

static int foo_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	struct iommu_fwspec *fwspec = dev_iommu_fwspec_get(dev);
	struct foo_master *master;
	struct foo_device *smmu;

	if (!fwspec) {
		dev_err(dev, "no fwspec\n");
		return -EINVAL;
	}
	master = dev_iommu_priv_get(dev);
	if (!master)
		return -ENOENT;
	smmu = master->smmu;
	if (master->sid >= smmu->num_sids) {
		dev_err(dev, "stream ID out of range\n");
		return -EINVAL;
	}
	return 0;
}

static const struct iommu_domain_ops foo_ops = {
	.attach_dev = foo_attach_dev,
};
