/*
 * check-name: the IOMMU core is a kAPI, summarised: where it may give -EINVAL, or not reported
 *
 * iommu.c, though in the driver's directory, and iommufd/driver.c are
 * the IOMMU core, not the driver's own code, though the summaries define
 * what it calls.  core_check()'s -EINVAL after its
 * WARN_ON() is no print of the driver: the call is a KAPI_ERRNO finding
 * that says where the core may give -EINVAL.  core_add_device() gives only
 * 0 or -ENOMEM, and core_get_id() gives -EINVAL only for a NULL id, where
 * the driver passes the address of a local: neither is reported.
 * clk_prepare_enable() has no summary: reported, and not analysed.
 *
 * check-command: $tests/cases/linked $checker --format=json -I$tests/include -- ../../drivers/iommu/vendor-iommu.c ../../drivers/iommu/iommu.c ../../drivers/iommu/iommufd/driver.c
 * check-output-start
[
  {"id": "ATTACH_DEV_KAPI_ERRNO", "errno": null, "message": "vendor_attach() returns the errno of core_check() unconverted, so it may be -EINVAL (it may at ../../drivers/iommu/iommu.c:7 in core_check()); convert it (-ENODEV if device-specific)", "engine": "sparse", "arch": null, "implementations": [{"file": "../../drivers/iommu/vendor-iommu.c", "function": "vendor_attach"}], "site": {"file": "../../drivers/iommu/vendor-iommu.c", "line": 38, "column": 25, "function": "vendor_attach"}, "kapi": {"name": "core_check", "analysed": true, "einval": {"file": "../../drivers/iommu/iommu.c", "line": 7, "function": "core_check"}}, "path": [{"file": "../../drivers/iommu/vendor-iommu.c", "line": 38, "function": "vendor_attach"}], "file": "../../drivers/iommu/vendor-iommu.c", "line": 38, "column": 25},
  {"id": "ATTACH_DEV_KAPI_ERRNO", "errno": null, "message": "vendor_attach() returns the errno of clk_prepare_enable() unconverted, so it may be -EINVAL (its source was not analysed); convert it (-ENODEV if device-specific)", "engine": "sparse", "arch": null, "implementations": [{"file": "../../drivers/iommu/vendor-iommu.c", "function": "vendor_attach"}], "site": {"file": "../../drivers/iommu/vendor-iommu.c", "line": 41, "column": 34, "function": "vendor_attach"}, "kapi": {"name": "clk_prepare_enable", "analysed": false, "einval": null}, "path": [{"file": "../../drivers/iommu/vendor-iommu.c", "line": 41, "function": "vendor_attach"}], "file": "../../drivers/iommu/vendor-iommu.c", "line": 41, "column": 34}
]
 * check-output-end
 */
#include <linux/iommu.h>

int core_get_id(struct device *dev, unsigned long *id);
int core_add_device(struct device *dev);
int core_check(struct device *dev);

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
	ret = core_check(dev);
	if (ret)
		return ret;
	return clk_prepare_enable(dev->iommu);
}

static const struct iommu_domain_ops vendor_ops = {
	.attach_dev = vendor_attach,
};
