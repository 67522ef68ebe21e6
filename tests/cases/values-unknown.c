/*
 * check-name: values the IR cannot bound are listed as unknown, never guessed
 * check-command: $checker --list-implementations -I$tests/include $file
 */
#include <linux/iommu.h>

struct unknown_priv {
	int last_error;
	int (*hook)(struct device *dev);
};

static int unknown_attach(struct iommu_domain *domain, struct device *dev)
{
	struct unknown_priv *priv = dev->driver_data;

	if (domain->type == 1)
		return priv->last_error;
	if (domain->type == 2)
		return priv->hook(dev);
	if (domain->type == 3)
		return domain->type * 2;
	return pm_runtime_resume_and_get(dev);
}

static const struct iommu_domain_ops unknown_ops = {
	.attach_dev = unknown_attach,
};

/*
 * check-error-start
values-unknown.c:22:41: warning: [ATTACH_DEV_KAPI_ERRNO] unknown_attach() returns the errno of pm_runtime_resume_and_get() unconverted, so it may be -EINVAL (its source was not analysed); convert it (-ENODEV if device-specific)
IMPL values-unknown.c:12 unknown_attach returns: unknown(a value loaded from memory) unknown(an indirect call) unknown(a computed value) call:pm_runtime_resume_and_get()
 * check-error-end
 */
