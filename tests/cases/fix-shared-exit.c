/*
 * check-name: fix point: a value that reaches a shared return is reported where it is made
 *
 * Both the kAPI's errno and the -EIO leave through one `return ret;` at
 * out:, which every path of exit_attach() shares.  Each is reported at
 * the line that made it: the call, and the assignment.
 */
#include <linux/iommu.h>

static int exit_attach(struct iommu_domain *domain, struct device *dev)
{
	int ret;

	ret = clk_prepare_enable(dev->iommu);
	if (ret)
		goto out;
	if (domain->type == 2) {
		ret = -EIO;
		goto out;
	}
	ret = 0;
out:
	return ret;
}

static const struct iommu_domain_ops exit_ops = {
	.attach_dev = exit_attach,
};

/*
 * check-error-start
fix-shared-exit.c:18:21: warning: [ATTACH_DEV_BAD_ERRNO] exit_attach() may return -EIO (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
fix-shared-exit.c:14:33: warning: [ATTACH_DEV_KAPI_ERRNO] exit_attach() returns the errno of clk_prepare_enable() unconverted, so it may be -EINVAL (its source was not analysed); convert it (-ENODEV if device-specific)
 * check-error-end
 */
