/*
 * check-name: struct generic_pm_domain's attach_dev is never an IOMMU's
 *
 * Both structs are declared here, so only the type tells them apart.
 */
#include <linux/iommu.h>
#include <linux/pm_domain.h>

struct lookalike {
	int (*attach_dev)(struct iommu_domain *domain, struct device *dev);
};

static int pd_attach(struct generic_pm_domain *pd, struct device *dev)
{
	return -ENOENT;
}

static int lookalike_attach(struct iommu_domain *domain, struct device *dev)
{
	return -EIO;
}

static struct generic_pm_domain pd = {
	.name = "pd",
	.attach_dev = pd_attach,
};

static struct lookalike lookalike = {
	.attach_dev = lookalike_attach,
};

void pd_setup(struct generic_pm_domain *genpd)
{
	genpd->attach_dev = pd_attach;
}
