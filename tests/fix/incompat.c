// SPDX-License-Identifier: GPL-2.0
/*
 * Incompatibility: a guard that reads the domain argument, or state
 * computed from it, returns -EINVAL, and the print of its branch goes.
 * The braces go with a print that was the branch's only other statement;
 * other statements stay.  A hard-coded disallowed errno under such a
 * guard becomes -EINVAL.  A helper's guard reads a parameter of the
 * driver's domain type.
 *
 * check-name: fix: an incompatibility returns -EINVAL without its print
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --patch . --sp-file $cocci/attach_dev_errno.cocci -D patch $file
 * check-output-start
diff -u -p a/incompat.c b/incompat.c
--- a/incompat.c
+++ b/incompat.c
@@ -73,10 +73,8 @@ static struct foo_domain *to_foo_domain(
 /* Called only from the implementation: the fix point is here. */
 static int foo_check_pgsize(struct foo_master *m, struct foo_domain *d)
 {
-	if (m->smmu->pgsize != d->pgsize) {
-		dev_err(m->dev, "page size mismatch\n");
+	if (m->smmu->pgsize != d->pgsize)
 		return -EINVAL;
-	}
 	return 0;
 }
 
@@ -86,15 +84,12 @@ static int foo_attach_dev(struct iommu_d
 	struct foo_master *master = dev_iommu_priv_get(dev);
 	struct foo_device *smmu = master->smmu;
 
-	if (smmu_domain->smmu != smmu) {
-		dev_err(dev, "domain belongs to another SMMU\n");
+	if (smmu_domain->smmu != smmu)
 		return -EINVAL;
-	}
 	if (smmu_domain->stage == 3)
-		return -EOPNOTSUPP;
+		return -EINVAL;
 	mutex_lock(&smmu_domain->lock);
 	if (smmu_domain->users) {
-		dev_err(dev, "domain in use\n");
 		mutex_unlock(&smmu_domain->lock);
 		return -EINVAL;
 	}
 * check-output-end
 */
#include <linux/iommu.h>

struct foo_device {
	unsigned long pgsize;
};

struct foo_master {
	struct device *dev;
	struct foo_device *smmu;
};

struct foo_domain {
	struct iommu_domain domain;
	struct foo_device *smmu;
	unsigned long pgsize;
	int stage;
	int users;
	struct mutex lock;
};

static struct foo_domain *to_foo_domain(struct iommu_domain *dom)
{
	return container_of(dom, struct foo_domain, domain);
}

/* Called only from the implementation: the fix point is here. */
static int foo_check_pgsize(struct foo_master *m, struct foo_domain *d)
{
	if (m->smmu->pgsize != d->pgsize) {
		dev_err(m->dev, "page size mismatch\n");
		return -EINVAL;
	}
	return 0;
}

static int foo_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	struct foo_domain *smmu_domain = to_foo_domain(domain);
	struct foo_master *master = dev_iommu_priv_get(dev);
	struct foo_device *smmu = master->smmu;

	if (smmu_domain->smmu != smmu) {
		dev_err(dev, "domain belongs to another SMMU\n");
		return -EINVAL;
	}
	if (smmu_domain->stage == 3)
		return -EOPNOTSUPP;
	mutex_lock(&smmu_domain->lock);
	if (smmu_domain->users) {
		dev_err(dev, "domain in use\n");
		mutex_unlock(&smmu_domain->lock);
		return -EINVAL;
	}
	mutex_unlock(&smmu_domain->lock);
	return foo_check_pgsize(master, smmu_domain);
}

static const struct iommu_domain_ops foo_ops = {
	.attach_dev = foo_attach_dev,
};
