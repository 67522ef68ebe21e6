/* struct generic_pm_domain has an attach_dev too: never an IOMMU's. */
#ifndef _LINUX_PM_DOMAIN_H
#define _LINUX_PM_DOMAIN_H
#include <linux/device.h>
struct generic_pm_domain {
	const char *name;
	int (*attach_dev)(struct generic_pm_domain *domain, struct device *dev);
	void (*detach_dev)(struct generic_pm_domain *domain, struct device *dev);
};
#endif
