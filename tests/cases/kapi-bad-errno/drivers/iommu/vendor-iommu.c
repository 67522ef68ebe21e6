/*
 * check-name: a disallowed errno that a summarised kAPI makes is a finding at the driver's call
 *
 * core_get_vdev_id() (iommufd, the IOMMU core) returns -ENOENT, and
 * set_mask() (kernel/dma, like dma_set_mask()) returns -EIO: both are
 * outside the kdoc's list.  vendor_prepare() is a helper that both
 * implementations share, so its -ENOENT is reported at each
 * implementation's call into it, and the finding says where the core
 * makes it.  vendor_attach_strict() converts -ENOENT to -ENODEV: nothing
 * there.  core_get_vdev_id()'s -EINVAL is ruled out by the address of a
 * local, so no kAPI finding either.
 *
 * check-command: $tests/cases/linked $checker -I$tests/include -- vendor-iommu.c iommufd/driver.c ../../kernel/dma/mapping.c
 * check-error-start
vendor-iommu.c:37:33: warning: [ATTACH_DEV_BAD_ERRNO] vendor_attach() may return -ENOENT via vendor_prepare() unconverted from core_get_vdev_id() (made at iommufd/driver.c:9 in core_get_vdev_id()) (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
vendor-iommu.c:37:33: note: vendor_attach() calls vendor_prepare()
vendor-iommu.c:32:32: note: vendor_prepare() returns what core_get_vdev_id() returns
iommufd/driver.c:9:24: note: core_get_vdev_id() may produce -ENOENT here, in core_get_vdev_id()
vendor-iommu.c:41:24: warning: [ATTACH_DEV_BAD_ERRNO] vendor_attach() may return -EIO unconverted from set_mask() (made at ../../kernel/dma/mapping.c:12 in set_mask()) (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
../../kernel/dma/mapping.c:12:24: note: set_mask() may produce -EIO here, in set_mask()
 * check-error-end
 */
#include <linux/iommu.h>

int core_get_vdev_id(struct device *dev, unsigned long *id);
int set_mask(struct device *dev, unsigned long mask);

static int vendor_prepare(struct device *dev)
{
	unsigned long id;

	return core_get_vdev_id(dev, &id);
}

static int vendor_attach(struct iommu_domain *domain, struct device *dev)
{
	int ret = vendor_prepare(dev);

	if (ret)
		return ret;
	return set_mask(dev, 0xffff);
}

static int vendor_attach_strict(struct iommu_domain *domain, struct device *dev)
{
	int ret = vendor_prepare(dev);

	if (ret == -ENOENT)
		return -ENODEV;
	return ret;
}

int vendor_probe(struct device *dev)
{
	return vendor_prepare(dev);
}

static const struct iommu_domain_ops vendor_ops = {
	.attach_dev = vendor_attach,
};

static const struct iommu_domain_ops vendor_strict_ops = {
	.attach_dev = vendor_attach_strict,
};
