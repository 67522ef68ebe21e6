// SPDX-License-Identifier: GPL-2.0
/*
 * -D record: one JSON object per finding (DESIGN.md, "The record as JSON"),
 * for scripts/iommu-errno.  A helper's -ENOENT that two implementations
 * reach is one record naming both, each with its file; the path gives the
 * call made at each step; an -EINVAL after a print names the print; a
 * kAPI's value names the kAPI.  The listing and the rules follow.
 *
 * check-name: record: one record per return, with implementations, site, path, print and kAPI
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --no-show-diff --sp-file $cocci/attach_dev_errno.cocci -D record $file
 * check-output-start
{"rules": ["ATTACH_DEV_BAD_ERRNO", "ATTACH_DEV_EINVAL_PRINT", "ATTACH_DEV_KAPI_ERRNO"]}
{"files": ["record.c"]}
{"arch": null, "column": 10, "engine": "coccinelle", "errno": "-ENOENT", "file": "record.c", "id": "ATTACH_DEV_BAD_ERRNO", "implementations": [{"file": "record.c", "function": "r_attach_dev"}, {"file": "record.c", "function": "r_identity_attach"}], "line": 27, "message": "r_attach_dev() may return -ENOENT via r_check() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)", "path": [{"file": "record.c", "function": "r_attach_dev", "line": 34}], "site": {"column": 10, "file": "record.c", "function": "r_check", "line": 27}}
{"arch": null, "column": 8, "engine": "coccinelle", "errno": "-EINVAL", "file": "record.c", "id": "ATTACH_DEV_KAPI_ERRNO", "implementations": [{"file": "record.c", "function": "r_attach_dev"}], "kapi": {"analysed": false, "einval": null, "name": "clk_prepare_enable"}, "line": 35, "message": "r_attach_dev() may return -EINVAL from clk_prepare_enable() (line 35) unconverted", "path": [], "site": {"column": 8, "file": "record.c", "function": "r_attach_dev", "line": 35}}
{"arch": null, "column": 9, "engine": "coccinelle", "errno": "-EINVAL", "file": "record.c", "id": "ATTACH_DEV_EINVAL_PRINT", "implementations": [{"file": "record.c", "function": "r_identity_attach"}], "line": 45, "message": "r_identity_attach() returns -EINVAL after dev_err() at line 44", "path": [], "print": {"file": "record.c", "function": "r_identity_attach", "line": 44, "name": "dev_err"}, "site": {"column": 9, "file": "record.c", "function": "r_identity_attach", "line": 45}}
{"implementation": {"file": "record.c", "line": 31, "function": "r_attach_dev"}}
{"implementation": {"file": "record.c", "line": 38, "function": "r_identity_attach"}}
 * check-output-end
 */
#include <linux/iommu.h>
#include <linux/clk.h>

static int r_check(struct device *dev)
{
	if (!dev->iommu)
		return -ENOENT;
	return 0;
}

static int r_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	if (r_check(dev))
		return r_check(dev);
	return clk_prepare_enable(dev->clk);
}

static int r_identity_attach(struct iommu_domain *domain, struct device *dev)
{
	int ret = r_check(dev);

	if (ret)
		return ret;
	dev_err(dev, "identity\n");
	return -EINVAL;
}

static const struct iommu_domain_ops r_domain_ops = {
	.attach_dev	= r_attach_dev,
};

static struct iommu_domain r_identity_domain = {
	.ops = &(const struct iommu_domain_ops) {
		.attach_dev	= r_identity_attach,
	},
};
