// SPDX-License-Identifier: GPL-2.0
/*
 * A kAPI's errno that a goto takes to a shared exit is converted on the
 * branch of the goto, and the unwinding stays; the shared "return ret;",
 * which also returns 0, is never changed.
 *
 * check-name: fix: a kAPI's errno on the way to a shared exit is converted at its goto
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --patch . --sp-file $cocci/attach_dev_errno.cocci -D patch $file
 * check-output-start
diff -u -p a/goto.c b/goto.c
--- a/goto.c
+++ b/goto.c
@@ -51,11 +51,14 @@ static int foo_attach_dev(struct iommu_d
 	ret = pm_runtime_resume_and_get(dev);
 	if (ret) {
 		dev_err(dev, "cannot resume: %d\n", ret);
+		ret = -ENODEV;
 		goto out_unlock;
 	}
 	ret = ida_alloc(&foo_ida, GFP_KERNEL);
-	if (ret < 0)
+	if (ret < 0) {
+		ret = -ENOMEM;
 		goto out_unlock;
+	}
 	fd->id = ret;
 	fd->users++;
 	ret = 0;
 * check-output-end
 */
#include <linux/iommu.h>
#include <linux/pm_runtime.h>

struct foo_domain {
	struct iommu_domain domain;
	struct mutex lock;
	int users;
	int id;
};

struct ida;
int ida_alloc(struct ida *ida, int gfp);
extern struct ida foo_ida;

static int foo_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	struct foo_domain *fd = (struct foo_domain *)domain;
	int ret;

	mutex_lock(&fd->lock);
	ret = pm_runtime_resume_and_get(dev);
	if (ret) {
		dev_err(dev, "cannot resume: %d\n", ret);
		goto out_unlock;
	}
	ret = ida_alloc(&foo_ida, GFP_KERNEL);
	if (ret < 0)
		goto out_unlock;
	fd->id = ret;
	fd->users++;
	ret = 0;
out_unlock:
	mutex_unlock(&fd->lock);
	return ret;
}

static const struct iommu_domain_ops foo_ops = {
	.attach_dev = foo_attach_dev,
};
