/*
 * check-name: a helper's -EINVAL after its WARN_ON(), met at a shared exit by its 0
 *
 * omap-iommu.c's omap_iommu_attach_init() ends a loop with `if
 * (WARN_ON(...)) return -EINVAL;` and its caller goes on with `ret =
 * init(); if (ret) goto fail;`, a loop of its own, and one `return ret;`.
 * The helper's value reaches that return twice: as 0 when the caller's
 * loop is not entered, and as its errno through the goto.  The first way
 * must not hide the second.  The assertion of loop_assert_attach() goes on
 * to succeed, and is no print before the later -EINVAL.
 */
#include <linux/iommu.h>

struct loop_dom {
	int n;
	long tables[4];
	struct device *dev;
};

int loop_enable(struct device *dev, long table);
void loop_lock(struct loop_dom *ld);
void loop_unlock(struct loop_dom *ld);

static int loop_init(struct loop_dom *ld)
{
	int i;

	for (i = 0; i < ld->n; i++) {
		if (!ld->tables[i])
			return -ENOMEM;
		if (WARN_ON(ld->tables[i] & 0xfff))
			return -EINVAL;
	}
	return 0;
}

static int loop_attach(struct iommu_domain *domain, struct device *dev)
{
	struct loop_dom *ld = dev->driver_data;
	int ret, i;

	loop_lock(ld);
	ret = loop_init(ld);
	if (ret)
		goto fail;
	for (i = 0; i < ld->n; i++) {
		ret = loop_enable(dev, ld->tables[i]);
		if (ret)
			goto fail;
	}
	ld->dev = dev;
	goto out;
fail:
	ld->n = 0;
out:
	loop_unlock(ld);
	return ret;
}

static int loop_assert_attach(struct iommu_domain *domain, struct device *dev)
{
	struct loop_dom *ld = dev->driver_data;
	int i;

	for (i = 0; i < ld->n; i++)
		WARN_ON(ld->tables[i] & 0xfff);
	if (domain->type == 1)
		return -EINVAL;
	return 0;
}

static const struct iommu_domain_ops loop_ops = {
	.attach_dev = loop_attach,
};

static const struct iommu_domain_ops loop_assert_ops = {
	.attach_dev = loop_assert_attach,
};

/*
 * check-error-start
einval-print-loop.c:32:32: warning: [ATTACH_DEV_EINVAL_PRINT] loop_attach() returns -EINVAL via loop_init() after printing with WARN() at einval-print-loop.c:31 in loop_init(); -EINVAL must only mean that device and domain are incompatible, without a print
einval-print-loop.c:43:24: note: loop_attach() calls loop_init()
einval-print-loop.c:32:32: note: loop_init() returns -EINVAL
einval-print-loop.c:31:21: note: printed with WARN() in loop_init()
einval-print-loop.c:47:34: warning: [ATTACH_DEV_KAPI_ERRNO] loop_attach() returns the errno of loop_enable() unconverted, so it may be -EINVAL (its source was not analysed); convert it (-ENODEV if device-specific)
 * check-error-end
 */
