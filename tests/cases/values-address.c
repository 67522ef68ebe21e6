/*
 * check-name: a helper's check for NULL is not taken where the caller passes an address
 *
 * addr_get() rejects a NULL out-pointer with a WARN_ON() and -EINVAL;
 * addr_attach() passes the address of a local, so that path cannot be
 * taken and there is no print before an -EINVAL.  addr_other() passes a
 * pointer it was given, which may be NULL: reported.
 */
#include <linux/iommu.h>

static int addr_get(struct device *dev, unsigned long *id)
{
	if (WARN_ON(!id))
		return -EINVAL;
	*id = 1;
	return 0;
}

static int addr_attach(struct iommu_domain *domain, struct device *dev)
{
	unsigned long id;

	return addr_get(dev, &id);
}

static int addr_other(struct iommu_domain *domain, struct device *dev)
{
	return addr_get(dev, dev->driver_data);
}

static const struct iommu_domain_ops addr_ops = {
	.attach_dev = addr_attach,
};

static const struct iommu_domain_ops addr_other_ops = {
	.attach_dev = addr_other,
};

/*
 * check-error-start
values-address.c:14:24: warning: [ATTACH_DEV_EINVAL_PRINT] addr_other() returns -EINVAL via addr_get() after printing with WARN() at values-address.c:13 in addr_get(); -EINVAL must only mean that device and domain are incompatible, without a print
values-address.c:28:24: note: addr_other() calls addr_get()
values-address.c:14:24: note: addr_get() returns -EINVAL
values-address.c:13:13: note: printed with WARN() in addr_get()
 * check-error-end
 */
