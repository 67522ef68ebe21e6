/*
 * check-name: a kAPI's branches on its arguments are decided by the driver's constants
 *
 * kapi_resume() (in drivers/base/power, like __pm_runtime_resume()) passes
 * its flags on to resume_flags(), which gives -ETIMEDOUT only for
 * flags & 3.  vendor_attach() passes 4: only -EAGAIN is reported.
 * vendor_attach_async() passes 1: only -ETIMEDOUT, since -EAGAIN
 * needs !(flags & 3).
 *
 * check-command: $tests/cases/linked $checker -I$tests/include -- vendor-iommu.c ../base/power/runtime.c
 * check-error-start
vendor-iommu.c:24:30: warning: [ATTACH_DEV_BAD_ERRNO] vendor_attach() may return -EAGAIN unconverted from kapi_resume() (made at ../base/power/runtime.c:9 in resume_flags()) (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
../base/power/runtime.c:9:24: note: kapi_resume() may produce -EAGAIN here, in resume_flags()
vendor-iommu.c:33:27: warning: [ATTACH_DEV_BAD_ERRNO] vendor_attach_async() may return -ETIMEDOUT unconverted from kapi_resume() (made at ../base/power/runtime.c:7 in resume_flags()) (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
../base/power/runtime.c:7:24: note: kapi_resume() may produce -ETIMEDOUT here, in resume_flags()
 * check-error-end
 */
#include <linux/iommu.h>

int kapi_resume(struct device *dev, int flags);

static int vendor_attach(struct iommu_domain *domain, struct device *dev)
{
	int ret = kapi_resume(dev, 4);

	if (ret)
		return ret;
	return 0;
}

static int vendor_attach_async(struct iommu_domain *domain, struct device *dev)
{
	return kapi_resume(dev, 1);
}

static const struct iommu_domain_ops vendor_ops = {
	.attach_dev = vendor_attach,
};

static const struct iommu_domain_ops vendor_async_ops = {
	.attach_dev = vendor_attach_async,
};
