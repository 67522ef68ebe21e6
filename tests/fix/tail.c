// SPDX-License-Identifier: GPL-2.0
/*
 * A kAPI's value returned straight, "return kapi(...);", is converted
 * there: tested, -ENODEV on failure, 0 otherwise.  The same return of a
 * driver helper that other code shares (foo_power_on(), also the
 * runtime-resume callback's) is left: no rule says which errno it means.
 * So is a helper's "return ida_alloc(...);", whose value its caller keeps
 * as an index: only an implementation's value is nothing but an errno.
 *
 * check-name: fix: return kapi(); is converted at the call, a shared helper's left
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --patch . --sp-file $cocci/attach_dev_errno.cocci -D patch $file
 * check-output-start
diff -u -p a/tail.c b/tail.c
--- a/tail.c
+++ b/tail.c
@@ -57,7 +57,9 @@ static int foo_power_on(struct foo_devic
 
 static int foo_attach_dev(struct iommu_domain *domain, struct device *dev)
 {
-	return pm_runtime_resume_and_get(dev);
+	if (pm_runtime_resume_and_get(dev))
+		return -ENODEV;
+	return 0;
 }
 
 static int bar_attach_dev(struct iommu_domain *domain, struct device *dev)
 * check-output-end
 */
#include <linux/iommu.h>
#include <linux/pm_runtime.h>

struct foo_device {
	struct device *dev;
};

struct foo_domain {
	struct iommu_domain domain;
	struct foo_device *smmu;
	int id;
};

struct ida;
int ida_alloc(struct ida *ida, int gfp);
extern struct ida foo_ida;

static int foo_alloc_id(void)
{
	return ida_alloc(&foo_ida, GFP_KERNEL);
}

static int foo_power_on(struct foo_device *smmu)
{
	if (!smmu->dev)
		return -ENODEV;
	return pm_runtime_resume_and_get(smmu->dev);
}

static int foo_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	return pm_runtime_resume_and_get(dev);
}

static int bar_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	struct foo_domain *fd = (struct foo_domain *)domain;

	return foo_power_on(fd->smmu);
}

static int baz_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	struct foo_domain *fd = (struct foo_domain *)domain;
	int ret;

	ret = foo_alloc_id();
	if (ret < 0)
		return ret;
	fd->id = ret;
	return 0;
}

static int foo_resume(struct device *dev)
{
	return foo_power_on(dev_get_drvdata(dev));
}

static const struct iommu_domain_ops foo_ops = {
	.attach_dev = foo_attach_dev,
};

static const struct iommu_domain_ops bar_ops = {
	.attach_dev = bar_attach_dev,
};

static const struct iommu_domain_ops baz_ops = {
	.attach_dev = baz_attach_dev,
};

static const struct dev_pm_ops foo_pm_ops = {
	.runtime_resume = foo_resume,
};
