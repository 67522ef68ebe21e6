// SPDX-License-Identifier: GPL-2.0
/*
 * A helper's return that the call's zero argument rules out, as in 6.12's
 * arm_smmu_domain_finalise(): -EOPNOTSUPP needs the dirty tracking flag,
 * through a local that holds the flag's bit, and the attach path passes
 * flags = 0.  The same helper called with a flag set may return it, and a
 * test that is not of the argument (-ENOENT) stays for both.  The C
 * checker's tests/cases/values-call-context.c is the same code.
 *
 * check-name: a call's zero argument rules out a helper's branch on that parameter
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --no-show-diff --sp-file $cocci/attach_dev_errno.cocci -D bad_errno -D record $file
 * check-output-start
{"rules": ["ATTACH_DEV_BAD_ERRNO"]}
{"files": ["call-context.c"]}
{"arch": null, "column": 10, "engine": "coccinelle", "errno": "-EOPNOTSUPP", "file": "call-context.c", "id": "ATTACH_DEV_BAD_ERRNO", "implementations": [{"file": "call-context.c", "function": "dirty_attach"}], "line": 30, "message": "dirty_attach() may return -EOPNOTSUPP via finalise() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)", "path": [{"file": "call-context.c", "function": "dirty_attach", "line": 43}], "site": {"column": 10, "file": "call-context.c", "function": "finalise", "line": 30}}
{"arch": null, "column": 10, "engine": "coccinelle", "errno": "-ENOENT", "file": "call-context.c", "id": "ATTACH_DEV_BAD_ERRNO", "implementations": [{"file": "call-context.c", "function": "context_attach"}, {"file": "call-context.c", "function": "dirty_attach"}], "line": 32, "message": "context_attach() may return -ENOENT via finalise() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)", "path": [{"file": "call-context.c", "function": "context_attach", "line": 38}], "site": {"column": 10, "file": "call-context.c", "function": "finalise", "line": 32}}
{"implementation": {"file": "call-context.c", "line": 36, "function": "context_attach"}}
{"implementation": {"file": "call-context.c", "line": 41, "function": "dirty_attach"}}
 * check-output-end
 */
#include <linux/iommu.h>

#define DIRTY_TRACKING	(1 << 2)

static int finalise(struct device *dev, unsigned int flags)
{
	int enable_dirty = flags & DIRTY_TRACKING;

	if (enable_dirty)
		return -EOPNOTSUPP;
	if (!dev->iommu)
		return -ENOENT;
	return 0;
}

static int context_attach(struct iommu_domain *domain, struct device *dev)
{
	return finalise(dev, 0);
}

static int dirty_attach(struct iommu_domain *domain, struct device *dev)
{
	return finalise(dev, DIRTY_TRACKING | 1);
}

static const struct iommu_domain_ops context_ops = {
	.attach_dev = context_attach,
};

static const struct iommu_domain_ops dirty_ops = {
	.attach_dev = dirty_attach,
};
