// SPDX-License-Identifier: GPL-2.0
/*
 * A helper's own value, already allowed, hidden behind a hard-coded
 * disallowed errno: the caller returns the helper's value.  A helper that
 * may return a disallowed value itself is left, with the reason.
 *
 * check-name: fix: a helper's own allowed value is propagated
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --patch . --sp-file $cocci/attach_dev_errno.cocci -D patch $file
 * check-output-start
diff -u -p a/propagate.c b/propagate.c
--- a/propagate.c
+++ b/propagate.c
@@ -51,7 +51,7 @@ static int foo_attach_dev(struct iommu_d
 
 	ret = foo_alloc_pgtable(fd);
 	if (ret)
-		return -EIO;
+		return ret;
 	ret = foo_lookup(fd);
 	if (ret)
 		return -EFAULT;
 * check-output-end
 */
#include <linux/iommu.h>

struct foo_domain {
	struct iommu_domain domain;
	void *pgtable;
	int busy;
};

static int foo_alloc_pgtable(struct foo_domain *fd)
{
	if (fd->busy)
		return -EBUSY;
	fd->pgtable = kzalloc(64, GFP_KERNEL);
	if (!fd->pgtable)
		return -ENOMEM;
	return 0;
}

static int foo_lookup(struct foo_domain *fd)
{
	return fd->pgtable ? 0 : -ENOENT;
}

static int foo_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	struct foo_domain *fd = (struct foo_domain *)domain;
	int ret;

	ret = foo_alloc_pgtable(fd);
	if (ret)
		return -EIO;
	ret = foo_lookup(fd);
	if (ret)
		return -EFAULT;
	return 0;
}

static const struct iommu_domain_ops foo_ops = {
	.attach_dev = foo_attach_dev,
};
