// SPDX-License-Identifier: GPL-2.0
/*
 * A kAPI's errno passed through is converted where it is tested: -ENODEV,
 * or -ENOMEM after an allocator such as ida_alloc(); the unwinding of the
 * branch stays.  A kAPI's failure under a hard-coded disallowed errno is
 * converted the same way.
 *
 * check-name: fix: a kAPI's errno is converted at the call, the unwinding kept
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --patch . --sp-file $cocci/attach_dev_errno.cocci -D patch $file
 * check-output-start
diff -u -p a/kapi.c b/kapi.c
--- a/kapi.c
+++ b/kapi.c
@@ -53,16 +53,16 @@ static int foo_attach_dev(struct iommu_d
 
 	ret = pm_runtime_resume_and_get(dev);
 	if (ret < 0)
-		return ret;
+		return -ENODEV;
 	ret = ida_alloc(&foo_ida, GFP_KERNEL);
 	if (ret < 0) {
 		pm_runtime_put(dev);
-		return ret;
+		return -ENOMEM;
 	}
 	fd->id = ret;
 	ret = clk_prepare_enable(clk);
 	if (ret)
-		return -EIO;
+		return -ENODEV;
 	return 0;
 }
 
 * check-output-end
 */
#include <linux/iommu.h>
#include <linux/pm_runtime.h>

struct foo_domain {
	struct iommu_domain domain;
	int id;
};

struct ida;
int ida_alloc(struct ida *ida, int gfp);
extern struct ida foo_ida;

static int foo_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	struct foo_domain *fd = (struct foo_domain *)domain;
	struct clk *clk = dev->iommu;
	int ret;

	ret = pm_runtime_resume_and_get(dev);
	if (ret < 0)
		return ret;
	ret = ida_alloc(&foo_ida, GFP_KERNEL);
	if (ret < 0) {
		pm_runtime_put(dev);
		return ret;
	}
	fd->id = ret;
	ret = clk_prepare_enable(clk);
	if (ret)
		return -EIO;
	return 0;
}

static const struct iommu_domain_ops foo_ops = {
	.attach_dev = foo_attach_dev,
};
