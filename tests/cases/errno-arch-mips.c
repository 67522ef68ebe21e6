/*
 * check-name: errnos are named by the checked tree's own arch headers (mips)
 * check-command: $checker -D__mips__ -I$tests/include $file
 *
 * EOPNOTSUPP is 122 on mips, where asm-generic has EDQUOT.
 */
#include <linux/iommu.h>

static int mips_attach(struct iommu_domain *domain, struct device *dev)
{
	return -EOPNOTSUPP;
}

static const struct iommu_domain_ops mips_ops = {
	.attach_dev = mips_attach,
};

/*
 * check-error-start
errno-arch-mips.c:11:16: warning: [ATTACH_DEV_BAD_ERRNO] mips_attach() may return -EOPNOTSUPP (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
 * check-error-end
 */
