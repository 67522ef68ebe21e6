/*
 * check-name: a kAPI that returns what its callback returns is resolved with the call's callback
 *
 * for_each_alias() (pci_for_each_dma_alias() in a kernel) returns what
 * the function passed to it returns.  With quiet_alias(), which gives
 * only 0 or -ENOMEM, it cannot give -EINVAL: not reported.  With
 * strict_alias() it can, and the finding says where.
 *
 * check-command: $tests/cases/linked $checker -I$tests/include -- attach.c ../../pci/search.c
 * check-error-start
attach.c:36:30: warning: [ATTACH_DEV_KAPI_ERRNO] alias_attach() returns the errno of for_each_alias() unconverted, so it may be -EINVAL (it may at attach.c:27 in strict_alias()); convert it (-ENODEV if device-specific)
attach.c:27:24: note: for_each_alias() may produce -EINVAL here, in strict_alias()
 * check-error-end
 */
#include <linux/iommu.h>

int for_each_alias(struct device *dev, int (*fn)(struct device *dev, int alias, void *data),
		   void *data);

static int quiet_alias(struct device *dev, int alias, void *data)
{
	return dev->iommu ? 0 : -ENOMEM;
}

static int strict_alias(struct device *dev, int alias, void *data)
{
	return alias > 1 ? -EINVAL : 0;
}

static int alias_attach(struct iommu_domain *domain, struct device *dev)
{
	int ret = for_each_alias(dev, quiet_alias, (void *)0);

	if (ret)
		return ret;
	return for_each_alias(dev, strict_alias, (void *)0);
}

static const struct iommu_domain_ops alias_ops = {
	.attach_dev = alias_attach,
};
