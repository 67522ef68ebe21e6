// SPDX-License-Identifier: GPL-2.0
/*
 * ATTACH_DEV_BAD_ERRNO, constants only: an errno outside {0, -EINVAL,
 * -ENOMEM, -ENOSPC, -EBUSY, -ENODEV} returned directly, through a goto,
 * through dev_err_probe() and from a static helper.  Negatives: the allowed
 * errnos, a helper's bad errno converted, and genpd's attach_dev.
 *
 * check-name: bad_errno: report mode
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --no-show-diff --sp-file $cocci/attach_dev_errno.cocci -D bad_errno -D report $file
 * check-output-start
bad-errno.c:28:10-16: [ATTACH_DEV_BAD_ERRNO] qb_attach_dev() may return -ENOENT via qb_find_master() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
bad-errno.c:42:10-20: [ATTACH_DEV_BAD_ERRNO] qb_attach_dev() may return -EOPNOTSUPP (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
bad-errno.c:44:29-32: [ATTACH_DEV_BAD_ERRNO] qb_attach_dev() may return -EIO (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
bad-errno.c:58:9-14: [ATTACH_DEV_BAD_ERRNO] qb_identity_attach() may return -EPERM (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
 * check-output-end
 */
#include <linux/iommu.h>
#include <linux/pm_domain.h>

struct qb_master {
	struct device *dev;
	int sid;
};

static int qb_find_master(struct device *dev, struct qb_master **out)
{
	if (!dev->iommu)
		return -ENOENT;
	*out = dev->iommu;
	return 0;
}

static int qb_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	struct qb_master *m;
	int ret;

	ret = qb_find_master(dev, &m);
	if (ret)
		return ret;
	if (m->sid < 0)
		return -EOPNOTSUPP;
	if (m->sid > 255)
		return dev_err_probe(dev, -EIO, "sid %d\n", m->sid);
	if (m->sid == 0)
		return -ENOMEM;
	return 0;
}

static int qb_identity_attach(struct iommu_domain *domain, struct device *dev)
{
	struct qb_master *m;
	int ret = 0;

	if (qb_find_master(dev, &m))
		return -ENODEV;
	if (m->sid == 1) {
		ret = -EPERM;
		goto out;
	}
	if (m->sid == 2)
		ret = -EBUSY;
out:
	return ret;
}

static int qb_genpd_attach(struct generic_pm_domain *pd, struct device *dev)
{
	return -ENOENT;
}

static const struct iommu_domain_ops qb_ops = {
	.attach_dev	= qb_attach_dev,
};

static struct iommu_domain qb_identity_domain = {
	.type	= IOMMU_DOMAIN_IDENTITY,
	.ops	= &(const struct iommu_domain_ops) {
		.attach_dev = qb_identity_attach,
	},
};

static struct generic_pm_domain qb_pd = {
	.attach_dev	= qb_genpd_attach,
};
