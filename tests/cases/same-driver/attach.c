/*
 * check-name: a same-driver helper in another file is followed, and reported at the fix point
 *
 * drv_enable() and drv_check() are globals of lib.c, a file of the same
 * driver (the same directory), so they are followed.  drv_check() has no
 * caller but drv_attach(): its -EXDEV is reported in lib.c.  drv_enable()
 * is also called by lib.c's drv_resume(), which is no attach_dev code:
 * its -ETIMEDOUT is reported at the call in drv_attach().
 *
 * check-command: $tests/cases/linked $checker -I$tests/include -- attach.c lib.c
 * check-error-start
lib.c:11:16: warning: [ATTACH_DEV_BAD_ERRNO] drv_attach() may return -EXDEV via drv_check() in lib.c (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
attach.c:27:28: note: drv_attach() calls drv_check()
lib.c:11:16: note: drv_check() returns -EXDEV
attach.c:31:26: warning: [ATTACH_DEV_BAD_ERRNO] drv_attach() may return -ETIMEDOUT via drv_enable() in lib.c (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
attach.c:31:26: note: drv_attach() calls drv_enable()
lib.c:6:16: note: drv_enable() returns -ETIMEDOUT
 * check-error-end
 */
#include <linux/iommu.h>

int drv_enable(struct device *dev);
int drv_check(struct device *dev);

static int drv_attach(struct iommu_domain *domain, struct device *dev)
{
	int ret = drv_check(dev);

	if (ret)
		return ret;
	return drv_enable(dev);
}

static const struct iommu_domain_ops drv_ops = {
	.attach_dev = drv_attach,
};
