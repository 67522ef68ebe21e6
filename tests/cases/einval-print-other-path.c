/*
 * check-name: a print on another path is not on the -EINVAL's path
 *
 * As in 6.1's viommu_attach_dev(): the dev_err() path sets ret = -EXDEV,
 * and `if (ret) return ret;` ends it, so the helper's later -EINVAL comes
 * after no print.  Only the -EXDEV itself is reported (as a bad errno).
 */
#include <linux/iommu.h>

static int send_request(struct device *dev)
{
	return dev->driver_data ? 0 : -EINVAL;
}

static int other_path_attach(struct iommu_domain *domain, struct device *dev)
{
	int ret = 0;

	if (domain->type == 1) {
		dev_err(dev, "cannot attach to foreign IOMMU\n");
		ret = -EXDEV;
	}
	if (ret)
		return ret;
	return send_request(dev);
}

static const struct iommu_domain_ops other_path_ops = {
	.attach_dev = other_path_attach,
};

/*
 * check-error-start
einval-print-other-path.c:21:21: warning: [ATTACH_DEV_BAD_ERRNO] other_path_attach() may return -EXDEV (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
 * check-error-end
 */
