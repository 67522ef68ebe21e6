/*
 * check-name: an ops struct and its attach_dev both built by macros
 *
 * As in 7.x's s390-iommu.c, the implementation and its ops struct exist
 * only after preprocessing.  Coccinelle matches the source as written and
 * cannot see them; sparse evaluates the expansion, so the ops struct's
 * type still finds macro_attach(), and its -EIO is reported on the line
 * where the macro was used.
 *
 * check-command: $checker --list-implementations -I$tests/include $file
 * check-error-start
ops-macro.c:25:1: warning: [ATTACH_DEV_BAD_ERRNO] macro_attach() may return -EIO (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
IMPL ops-macro.c:25 macro_attach returns: 0 -EIO
 * check-error-end
 */
#include <linux/iommu.h>

#define DEFINE_ATTACH(prefix, err)						\
static int prefix##_attach(struct iommu_domain *domain, struct device *dev)	\
{										\
	return dev->iommu ? 0 : err;						\
}										\
static const struct iommu_domain_ops prefix##_ops = { .attach_dev = prefix##_attach }

DEFINE_ATTACH(macro, -EIO);
