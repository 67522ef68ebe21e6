/*
 * check-name: a file with a parse error still has what parsed analysed
 *
 * broken() does not parse; the implementation after it does, and is checked.
 */
#include <linux/iommu.h>

static int broken(struct device *dev)
{
	return dev->iommu +* ;
}

static int after_attach(struct iommu_domain *domain, struct device *dev)
{
	return -ENOENT;
}

static const struct iommu_domain_ops after_ops = {
	.attach_dev = after_attach,
};

/*
 * check-error-start
bad-parse.c:10:28: error: Syntax error in unary expression
bad-parse.c:10:30: error: No right hand side of '+'-expression
iommu-errno-check: bad-parse.c: partly analysed: sparse could not parse all of it, and code that did not parse is not analysed
bad-parse.c:15:16: warning: [ATTACH_DEV_BAD_ERRNO] after_attach() may return -ENOENT (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
 * check-error-end
 */
