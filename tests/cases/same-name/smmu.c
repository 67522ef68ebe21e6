/*
 * check-name: two static functions of one name in two files are two, each with its own callers
 *
 * smmu.c and smmu-v3.c each define a static dup_attach() and a static
 * dup_reset().  Here dup_reset() is also called by dup_resume(), whose
 * address goes into a table, so its -ETIMEDOUT is reported at the call in
 * dup_attach(); in smmu-v3.c only dup_attach() calls it, so it is reported
 * at its return.  Two implementations, two findings, each at its own place.
 *
 * check-command: $tests/cases/linked $checker -I$tests/include -- smmu.c smmu-v3.c
 * check-error-start
smmu-v3.c:6:16: warning: [ATTACH_DEV_BAD_ERRNO] dup_attach() may return -ETIMEDOUT via dup_reset() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
smmu-v3.c:11:25: note: dup_attach() calls dup_reset()
smmu-v3.c:6:16: note: dup_reset() returns -ETIMEDOUT
smmu.c:36:25: warning: [ATTACH_DEV_BAD_ERRNO] dup_attach() may return -ETIMEDOUT via dup_reset() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
smmu.c:36:25: note: dup_attach() calls dup_reset()
smmu.c:24:16: note: dup_reset() returns -ETIMEDOUT
 * check-error-end
 */
#include <linux/iommu.h>

static int dup_reset(struct device *dev)
{
	return dev->iommu ? 0 : -ETIMEDOUT;
}

static int dup_resume(struct device *dev)
{
	return dup_reset(dev);
}

int (*dup_pm[])(struct device *dev) = { dup_resume };

static int dup_attach(struct iommu_domain *domain, struct device *dev)
{
	return dup_reset(dev);
}

static const struct iommu_domain_ops dup_ops = {
	.attach_dev = dup_attach,
};
