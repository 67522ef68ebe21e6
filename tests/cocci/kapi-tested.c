// SPDX-License-Identifier: GPL-2.0
/*
 * ATTACH_DEV_KAPI_ERRNO: the kAPI's value is tested, and the test's branch
 * does not leave the function, so the value reaches the return on the
 * branch where it is an error: "if (ret) cleanup(); return ret;" (rockchip),
 * "if (!ret) more(); return ret;" (intel), the same with an else, and
 * "if (ret) break;" out of a loop (fsl_pamu).  Negatives: the tests whose
 * branch returns or jumps away, so that the return past them sees 0 only,
 * a branch that sets the value again, a conversion, and a call through a
 * local function pointer, which is not a kAPI (arm-smmu-v3's
 * finalise_stage_fn).
 *
 * check-name: kapi_errno: a value returned past a test of it, and the tests that rule it out
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --no-show-diff --sp-file $cocci/attach_dev_errno.cocci -D kapi_errno -D report $file
 * check-output-start
kapi-tested.c:32:7-32: [ATTACH_DEV_KAPI_ERRNO] tt_cleanup_attach() may return -EINVAL from pm_runtime_resume_and_get() (line 32) unconverted
kapi-tested.c:43:7-32: [ATTACH_DEV_KAPI_ERRNO] tt_more_attach() may return -EINVAL from pm_runtime_resume_and_get() (line 43) unconverted
kapi-tested.c:53:7-32: [ATTACH_DEV_KAPI_ERRNO] tt_else_attach() may return -EINVAL from pm_runtime_resume_and_get() (line 53) unconverted
kapi-tested.c:108:8-33: [ATTACH_DEV_KAPI_ERRNO] tt_loop_attach() may return -EINVAL from pm_runtime_resume_and_get() (line 108) unconverted
 * check-output-end
 */
#include <linux/iommu.h>
#include <linux/pm_runtime.h>

void tt_cleanup(struct device *dev);
void tt_more(struct device *dev);

static int tt_cleanup_attach(struct iommu_domain *d, struct device *dev)
{
	int ret;

	ret = pm_runtime_resume_and_get(dev);
	if (ret)
		tt_cleanup(dev);
	tt_more(dev);
	return ret;
}

static int tt_more_attach(struct iommu_domain *d, struct device *dev)
{
	int ret;

	ret = pm_runtime_resume_and_get(dev);
	if (!ret)
		tt_more(dev);
	return ret;
}

static int tt_else_attach(struct iommu_domain *d, struct device *dev)
{
	int ret;

	ret = pm_runtime_resume_and_get(dev);
	if (ret < 0)
		tt_cleanup(dev);
	else
		tt_more(dev);
	return ret;
}

/* Past "if (ret) return ...;" the value is 0. */
static int tt_returns_attach(struct iommu_domain *d, struct device *dev)
{
	int ret;

	ret = pm_runtime_resume_and_get(dev);
	if (ret)
		tt_cleanup(dev);
	if (ret)
		return -ENODEV;
	tt_more(dev);
	return ret;
}

/* Past "if (ret) goto out;" the value is 0; at out it is converted. */
static int tt_jumps_attach(struct iommu_domain *d, struct device *dev)
{
	int ret;

	ret = pm_runtime_resume_and_get(dev);
	if (ret) {
		tt_cleanup(dev);
		goto out;
	}
	tt_more(dev);
	return ret;
out:
	return -ENODEV;
}

static int tt_converts_attach(struct iommu_domain *d, struct device *dev)
{
	int ret;

	ret = pm_runtime_resume_and_get(dev);
	if (ret)
		tt_cleanup(dev);
	if (ret == -EINVAL)
		ret = -ENODEV;
	return ret;
}

static int tt_loop_attach(struct iommu_domain *d, struct device *dev)
{
	int ret = 0, i;

	for (i = 0; i < 4; i++) {
		ret = pm_runtime_resume_and_get(dev);
		if (ret)
			break;
		tt_more(dev);
	}
	return ret;
}

/* The branch sets the value again: past the test it is 0 or -ENODEV. */
static int tt_resets_attach(struct iommu_domain *d, struct device *dev)
{
	int ret;

	ret = pm_runtime_resume_and_get(dev);
	if (ret)
		ret = -ENODEV;
	else
		tt_more(dev);
	return ret;
}

static int tt_first(struct device *dev)
{
	return 0;
}

static int tt_second(struct device *dev)
{
	return 0;
}

static int tt_pointer_attach(struct iommu_domain *d, struct device *dev)
{
	int (*step)(struct device *dev);
	int ret;

	step = d ? tt_first : tt_second;
	ret = step(dev);
	if (ret)
		return ret;
	return 0;
}

static const struct iommu_domain_ops tt_cleanup_ops = { .attach_dev = tt_cleanup_attach };
static const struct iommu_domain_ops tt_more_ops = { .attach_dev = tt_more_attach };
static const struct iommu_domain_ops tt_else_ops = { .attach_dev = tt_else_attach };
static const struct iommu_domain_ops tt_returns_ops = { .attach_dev = tt_returns_attach };
static const struct iommu_domain_ops tt_jumps_ops = { .attach_dev = tt_jumps_attach };
static const struct iommu_domain_ops tt_converts_ops = { .attach_dev = tt_converts_attach };
static const struct iommu_domain_ops tt_pointer_ops = { .attach_dev = tt_pointer_attach };
static const struct iommu_domain_ops tt_loop_ops = { .attach_dev = tt_loop_attach };
static const struct iommu_domain_ops tt_resets_ops = { .attach_dev = tt_resets_attach };
