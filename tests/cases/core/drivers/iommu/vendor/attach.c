/*
 * check-name: the IOMMU core is a kAPI, summarised: where it may give -EINVAL, or not reported
 *
 * iommufd/driver.c is the IOMMU core, not the driver's own code, though
 * the summaries define what it calls.  core_get_id()'s -EINVAL after its
 * WARN_ON() is no print of the driver: the call is a KAPI_ERRNO finding
 * that says where the core may give -EINVAL.  core_add_device() gives only
 * 0 or -ENOMEM, so its errno is not reported.  clk_prepare_enable() has
 * no summary: reported, and not analysed.
 *
 * check-command: $tests/cases/linked $checker --format=json -I$tests/include -- ../../../drivers/iommu/vendor/attach.c ../../../drivers/iommu/iommufd/driver.c
 * check-output-start
[
  {"id": "ATTACH_DEV_KAPI_ERRNO", "errno": null, "message": "vendor_attach() returns the errno of core_get_id() unconverted, so it may be -EINVAL (it may at ../../../drivers/iommu/iommufd/driver.c:7 in core_get_id()); convert it (-ENODEV if device-specific)", "engine": "sparse", "arch": null, "implementations": [{"file": "../../../drivers/iommu/vendor/attach.c", "function": "vendor_attach"}], "site": {"file": "../../../drivers/iommu/vendor/attach.c", "line": 32, "column": 26, "function": "vendor_attach"}, "kapi": {"name": "core_get_id", "analysed": true, "einval": {"file": "../../../drivers/iommu/iommufd/driver.c", "line": 7, "function": "core_get_id"}}, "path": [{"file": "../../../drivers/iommu/vendor/attach.c", "line": 32, "function": "vendor_attach"}], "file": "../../../drivers/iommu/vendor/attach.c", "line": 32, "column": 26},
  {"id": "ATTACH_DEV_KAPI_ERRNO", "errno": null, "message": "vendor_attach() returns the errno of clk_prepare_enable() unconverted, so it may be -EINVAL (its source was not analysed); convert it (-ENODEV if device-specific)", "engine": "sparse", "arch": null, "implementations": [{"file": "../../../drivers/iommu/vendor/attach.c", "function": "vendor_attach"}], "site": {"file": "../../../drivers/iommu/vendor/attach.c", "line": 35, "column": 34, "function": "vendor_attach"}, "kapi": {"name": "clk_prepare_enable", "analysed": false, "einval": null}, "path": [{"file": "../../../drivers/iommu/vendor/attach.c", "line": 35, "function": "vendor_attach"}], "file": "../../../drivers/iommu/vendor/attach.c", "line": 35, "column": 34}
]
 * check-output-end
 */
#include <linux/iommu.h>

int core_get_id(struct device *dev, unsigned long *id);
int core_add_device(struct device *dev);

static int vendor_attach(struct iommu_domain *domain, struct device *dev)
{
	unsigned long id;
	int ret;

	ret = core_add_device(dev);
	if (ret)
		return ret;
	ret = core_get_id(dev, &id);
	if (ret)
		return ret;
	return clk_prepare_enable(dev->iommu);
}

static const struct iommu_domain_ops vendor_ops = {
	.attach_dev = vendor_attach,
};
