// SPDX-License-Identifier: GPL-2.0
/*
 * ATTACH_DEV_KAPI_ERRNO: two more ways a value is passed on.  6.1's omap
 * iommu_enable() returns pm_runtime_get_sync()'s errno through
 * "return ret < 0 ? ret : 0;", and 7.2's rockchip attach returns its
 * helper's past "if (ret) { WARN_ON(...); }", a braced branch that goes
 * on.  Negatives: the same shapes where the branch sets the value again.
 *
 * check-name: kapi_errno: a value returned through ret < 0 ? ret : 0, and past a braced test
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --no-show-diff --sp-file $cocci/attach_dev_errno.cocci -D kapi_errno -D report $file
 * check-output-start
value-shapes.c:25:7-26: [ATTACH_DEV_KAPI_ERRNO] vs_ternary_attach() may return -EINVAL from pm_runtime_get_sync() (line 25) unconverted
value-shapes.c:36:7-32: [ATTACH_DEV_KAPI_ERRNO] vs_braced_attach() may return -EINVAL from pm_runtime_resume_and_get() (line 36) unconverted
 * check-output-end
 */
#include <linux/iommu.h>
#include <linux/pm_runtime.h>

void vs_put(struct device *dev);

static int vs_ternary_attach(struct iommu_domain *d, struct device *dev)
{
	int ret;

	ret = pm_runtime_get_sync(dev);
	if (ret < 0)
		vs_put(dev);

	return ret < 0 ? ret : 0;
}

static int vs_braced_attach(struct iommu_domain *d, struct device *dev)
{
	int ret;

	ret = pm_runtime_resume_and_get(dev);
	if (ret) {
		WARN_ON(ret);
	}
	return ret;
}

static int vs_ternary_converted(struct iommu_domain *d, struct device *dev)
{
	int ret;

	ret = pm_runtime_get_sync(dev);
	if (ret < 0)
		ret = -ENODEV;

	return ret < 0 ? ret : 0;
}

static const struct iommu_domain_ops vs_ternary_ops = {
	.attach_dev	= vs_ternary_attach,
};

static const struct iommu_domain_ops vs_braced_ops = {
	.attach_dev	= vs_braced_attach,
};

static const struct iommu_domain_ops vs_converted_ops = {
	.attach_dev	= vs_ternary_converted,
};
