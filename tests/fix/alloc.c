// SPDX-License-Identifier: GPL-2.0
/*
 * A failed allocation returns -ENOMEM, whatever errno was written there.
 *
 * check-name: fix: a failed allocation returns -ENOMEM
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --patch . --sp-file $cocci/attach_dev_errno.cocci -D patch $file
 * check-output-start
diff -u -p a/alloc.c b/alloc.c
--- a/alloc.c
+++ b/alloc.c
@@ -37,7 +37,7 @@ static int foo_attach_dev(struct iommu_d
 
 	table = kzalloc(sizeof(*table), GFP_KERNEL);
 	if (!table)
-		return -EFAULT;
+		return -ENOMEM;
 	fd->table = table;
 	return 0;
 }
 * check-output-end
 */
#include <linux/iommu.h>

struct foo_table {
	int entries;
};

struct foo_domain {
	struct iommu_domain domain;
	struct foo_table *table;
};

static int foo_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	struct foo_domain *fd = (struct foo_domain *)domain;
	struct foo_table *table;

	table = kzalloc(sizeof(*table), GFP_KERNEL);
	if (!table)
		return -EFAULT;
	fd->table = table;
	return 0;
}

static const struct iommu_domain_ops foo_ops = {
	.attach_dev = foo_attach_dev,
};
