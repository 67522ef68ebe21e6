/*
 * check-name: an assignment to an undeclared name is skipped, not followed
 *
 * Found by make fuzz: after sparse's "undefined identifier", the AST keeps
 * an EXPR_SYMBOL without a symbol on the left of the '=', which the
 * checker's scan for `var = constant` dereferenced.
 */
#include <linux/iommu.h>

static int undeclared_attach(struct iommu_domain *domain, struct device *dev)
{
	int ret = -ENXIO;

	nosuchvar = 0;
	return ret;
}

static const struct iommu_domain_ops undeclared_ops = {
	.attach_dev = undeclared_attach,
};

/*
 * check-error-start
fuzz-assign-undeclared.c:14:9: error: undefined identifier 'nosuchvar'
fuzz-assign-undeclared.c:15:16: warning: [ATTACH_DEV_BAD_ERRNO] undeclared_attach() may return -ENXIO (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
 * check-error-end
 */
