/*
 * check-name: helpers in another file are followed through linked summaries
 *
 * Run alone, this file sees helper_validate(), helper_setup() and
 * helper_power() as kAPIs, defined nowhere here.  Linked with helpers.c,
 * each is followed as if it were local: its -EINVAL after a pr_err(), its
 * -EOPNOTSUPP and the kAPI errno that it passes up through two helpers
 * are reported, with the file of each step in the chain.  helper_quiet()'s
 * -EINVAL has no print and helper_converted() converts its kAPI's errno,
 * so neither is reported, though alone they were kAPI results.
 *
 * check-command: $tests/cases/linked $checker -I$tests/include -- attach.c helpers.c
 * check-error-start
helpers.c:21:16: warning: [ATTACH_DEV_BAD_ERRNO] two_attach() may return -EOPNOTSUPP via helper_setup() in helpers.c (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
attach.c:42:27: note: two_attach() calls helper_setup()
helpers.c:21:16: note: helper_setup() returns -EOPNOTSUPP
helpers.c:14:24: warning: [ATTACH_DEV_EINVAL_PRINT] two_attach() returns -EINVAL via helper_validate() in helpers.c after printing with _printk() at helpers.c:13 in helper_validate(); -EINVAL must only mean that device and domain are incompatible, without a print
attach.c:39:30: note: two_attach() calls helper_validate()
helpers.c:14:24: note: helper_validate() returns -EINVAL
helpers.c:13:17: note: printed with _printk() in helper_validate()
helpers.c:38:34: warning: [ATTACH_DEV_KAPI_ERRNO] two_attach() returns the errno of clk_prepare_enable() via helper_power() in helpers.c -> helper_clock() unconverted, so it may be -EINVAL (its source was not analysed); convert it (-ENODEV if device-specific)
attach.c:51:28: note: two_attach() calls helper_power()
helpers.c:43:28: note: helper_power() calls helper_clock()
helpers.c:38:34: note: helper_clock() returns what clk_prepare_enable() returns
 * check-error-end
 */
#include <linux/iommu.h>

int helper_validate(struct device *dev);
int helper_setup(struct device *dev);
int helper_quiet(struct device *dev);
int helper_converted(struct device *dev);
int helper_power(struct device *dev);

static int two_attach(struct iommu_domain *domain, struct device *dev)
{
	int ret;

	ret = helper_validate(dev);
	if (ret)
		return ret;
	ret = helper_setup(dev);
	if (ret)
		return ret;
	ret = helper_quiet(dev);
	if (ret)
		return ret;
	ret = helper_converted(dev);
	if (ret)
		return ret;
	return helper_power(dev);
}

static const struct iommu_domain_ops two_ops = {
	.attach_dev = two_attach,
};
