/*
 * check-name: --format=json prints one array with the DESIGN.md fields
 * check-command: $checker --format=json -I$tests/include $file
 */
#include <linux/iommu.h>

static int json_reset(struct device *dev)
{
	return dev->iommu ? 0 : -ETIMEDOUT;
}

static int json_attach(struct iommu_domain *domain, struct device *dev)
{
	if (domain->type)
		return -EPERM;
	return json_reset(dev);
}

static const struct iommu_domain_ops json_ops = {
	.attach_dev = json_attach,
};

/*
 * check-output-start
[
  {"id": "ATTACH_DEV_BAD_ERRNO", "errno": "-EPERM", "message": "json_attach() may return -EPERM (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)", "engine": "sparse", "arch": null, "implementations": [{"file": "output-json.c", "function": "json_attach"}], "site": {"file": "output-json.c", "line": 15, "column": 24, "function": "json_attach"}, "path": [{"file": "output-json.c", "line": 15, "function": "json_attach"}], "file": "output-json.c", "line": 15, "column": 24},
  {"id": "ATTACH_DEV_BAD_ERRNO", "errno": "-ETIMEDOUT", "message": "json_attach() may return -ETIMEDOUT via json_reset() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)", "engine": "sparse", "arch": null, "implementations": [{"file": "output-json.c", "function": "json_attach"}], "site": {"file": "output-json.c", "line": 9, "column": 16, "function": "json_reset"}, "path": [{"file": "output-json.c", "line": 16, "function": "json_attach"}, {"file": "output-json.c", "line": 9, "function": "json_reset"}], "file": "output-json.c", "line": 9, "column": 16}
]
 * check-output-end
 */
