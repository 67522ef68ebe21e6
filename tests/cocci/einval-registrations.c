// SPDX-License-Identifier: GPL-2.0
/*
 * Every way an attach_dev implementation is registered: a named struct
 * iommu_domain_ops, a compound literal in struct iommu_ops, a static
 * identity domain whose .ops points to a named ops, a static blocked domain
 * with a compound literal, struct iommu_ops.attach_dev of older trees, and
 * runtime assignments (typed, and untyped with an iommu_domain signature).
 * The genpd trap: struct generic_pm_domain has .attach_dev too, never match.
 *
 * check-name: einval_print: every registration style, and never genpd
 * check-command: $spatch --very-quiet --no-includes --include-headers-for-types -I $tests/cocci/include --no-show-diff --sp-file $cocci/attach_dev_errno.cocci -D einval_print -D report $file
 * check-output-start
einval-registrations.c:30:10-16: [ATTACH_DEV_EINVAL_PRINT] a_named_attach() returns -EINVAL after dev_err() at line 29
einval-registrations.c:39:10-16: [ATTACH_DEV_EINVAL_PRINT] b_literal_attach() returns -EINVAL after pr_err() at line 38
einval-registrations.c:48:10-16: [ATTACH_DEV_EINVAL_PRINT] c_identity_attach() returns -EINVAL after dev_warn() at line 47
einval-registrations.c:57:10-16: [ATTACH_DEV_EINVAL_PRINT] d_blocked_attach() returns -EINVAL after dev_info() at line 56
einval-registrations.c:66:10-16: [ATTACH_DEV_EINVAL_PRINT] e_old_attach() returns -EINVAL after printk() at line 65
einval-registrations.c:75:10-16: [ATTACH_DEV_EINVAL_PRINT] f_runtime_attach() returns -EINVAL after dev_err() at line 74
einval-registrations.c:84:10-16: [ATTACH_DEV_EINVAL_PRINT] g_untyped_attach() returns -EINVAL after dev_err() at line 83
 * check-output-end
 * check-output-excludes: genpd
 */
#include <linux/iommu.h>
#include <linux/pm_domain.h>

static int a_named_attach(struct iommu_domain *domain, struct device *dev)
{
	if (!dev->iommu) {
		dev_err(dev, "named\n");
		return -EINVAL;
	}
	return 0;
}

static int b_literal_attach(struct iommu_domain *domain, struct device *dev)
{
	if (!dev->iommu) {
		pr_err("literal\n");
		return -EINVAL;
	}
	return 0;
}

static int c_identity_attach(struct iommu_domain *domain, struct device *dev)
{
	if (!dev->iommu) {
		dev_warn(dev, "identity\n");
		return -EINVAL;
	}
	return 0;
}

static int d_blocked_attach(struct iommu_domain *domain, struct device *dev)
{
	if (!dev->iommu) {
		dev_info(dev, "blocked\n");
		return -EINVAL;
	}
	return 0;
}

static int e_old_attach(struct iommu_domain *domain, struct device *dev)
{
	if (!dev->iommu) {
		printk("old\n");
		return -EINVAL;
	}
	return 0;
}

static int f_runtime_attach(struct iommu_domain *domain, struct device *dev)
{
	if (!dev->iommu) {
		dev_err(dev, "runtime\n");
		return -EINVAL;
	}
	return 0;
}

static int g_untyped_attach(struct iommu_domain *domain, struct device *dev)
{
	if (!dev->iommu) {
		dev_err(dev, "untyped\n");
		return -EINVAL;
	}
	return 0;
}

/* Not an IOMMU callback: the genpd attach_dev. */
static int genpd_static_attach(struct generic_pm_domain *pd, struct device *dev)
{
	if (!dev->iommu) {
		dev_err(dev, "genpd static\n");
		return -EINVAL;
	}
	return 0;
}

static int genpd_runtime_attach(struct generic_pm_domain *pd, struct device *dev)
{
	if (!dev->iommu) {
		dev_err(dev, "genpd runtime\n");
		return -EINVAL;
	}
	return 0;
}

/* Prints and returns -EINVAL, but is no attach_dev. */
static int h_not_registered(struct iommu_domain *domain, struct device *dev)
{
	if (!dev->iommu) {
		dev_err(dev, "unregistered\n");
		return -EINVAL;
	}
	return 0;
}

static const struct iommu_domain_ops a_ops = {
	.attach_dev	= a_named_attach,
};

static struct iommu_domain c_identity_domain = {
	.type	= IOMMU_DOMAIN_IDENTITY,
	.ops	= &(const struct iommu_domain_ops) {
		.attach_dev = c_identity_attach,
	},
};

static struct iommu_domain d_blocked_domain = {
	.type	= IOMMU_DOMAIN_BLOCKED,
	.ops	= &a_ops,
};

static const struct iommu_ops b_iommu_ops = {
	.identity_domain = &c_identity_domain,
	.blocked_domain = &d_blocked_domain,
	.default_domain_ops = &(const struct iommu_domain_ops) {
		.attach_dev	= b_literal_attach,
	},
};

static struct iommu_domain_ops d_ops;

static const struct iommu_ops e_old_iommu_ops = {
	.attach_dev	= e_old_attach,
	.default_domain_ops = &d_ops,
};

static struct generic_pm_domain genpd_static = {
	.name		= "trap",
	.attach_dev	= genpd_static_attach,
};

void foo_setup(struct iommu_domain_ops *ops, struct generic_pm_domain *genpd,
	       struct foo_priv *priv)
{
	d_ops.attach_dev = d_blocked_attach;
	ops->attach_dev = f_runtime_attach;
	priv->ops->attach_dev = g_untyped_attach;
	genpd->attach_dev = genpd_runtime_attach;
	priv->genpd.attach_dev = genpd_runtime_attach;
}
