// SPDX-License-Identifier: GPL-2.0
/*
 * An errno held in the variable that the function returns, "ret = -EFOO;"
 * and maybe a goto to the exit, is decided like a return: under a guard
 * of the domain against the device (here an else-if arm, and a print
 * after the value), -EINVAL and the print goes, the braces stay; under a
 * guard of the device only, -ENODEV and the print stays.  The exit and
 * the unwinding are untouched.
 *
 * check-name: fix: an errno held in ret, with or without a goto, is fixed where it is set
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --patch . --sp-file $cocci/attach_dev_errno.cocci -D patch $file
 * check-output-start
diff -u -p a/held.c b/held.c
--- a/held.c
+++ b/held.c
@@ -65,19 +65,17 @@ static int foo_attach_dev(struct iommu_d
 	if (!fd->smmu) {
 		fd->smmu = smmu;
 	} else if (fd->smmu != smmu) {
-		dev_err(dev, "domain of another IOMMU\n");
-		ret = -EXDEV;
+		ret = -EINVAL;
 	}
 	if (ret)
 		goto out_unlock;
 	if (master->sid >= smmu->num_sids) {
-		ret = -ERANGE;
+		ret = -ENODEV;
 		dev_err(dev, "stream ID out of range\n");
 		goto out_unlock;
 	}
 	if (fd->smmu->num_sids < smmu->num_sids) {
 		ret = -EINVAL;
-		dev_err(dev, "domain too small\n");
 		goto out_unlock;
 	}
 out_unlock:
 * check-output-end
 */
#include <linux/iommu.h>

struct foo_device {
	struct mutex lock;
	unsigned int num_sids;
};

struct foo_master {
	struct foo_device *smmu;
	unsigned int sid;
};

struct foo_domain {
	struct iommu_domain domain;
	struct foo_device *smmu;
};

static int foo_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	struct foo_domain *fd = (struct foo_domain *)domain;
	struct foo_master *master = dev_iommu_priv_get(dev);
	struct foo_device *smmu = master->smmu;
	int ret = 0;

	mutex_lock(&smmu->lock);
	if (!fd->smmu) {
		fd->smmu = smmu;
	} else if (fd->smmu != smmu) {
		dev_err(dev, "domain of another IOMMU\n");
		ret = -EXDEV;
	}
	if (ret)
		goto out_unlock;
	if (master->sid >= smmu->num_sids) {
		ret = -ERANGE;
		dev_err(dev, "stream ID out of range\n");
		goto out_unlock;
	}
	if (fd->smmu->num_sids < smmu->num_sids) {
		ret = -EINVAL;
		dev_err(dev, "domain too small\n");
		goto out_unlock;
	}
out_unlock:
	mutex_unlock(&smmu->lock);
	return ret;
}

static const struct iommu_domain_ops foo_ops = {
	.attach_dev = foo_attach_dev,
};
