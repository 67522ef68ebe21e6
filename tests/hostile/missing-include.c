/*
 * check-name: a missing header stops libsparse (die), which costs this file only
 *
 * sparse's error_die() exits the process on an #include it cannot open.
 * The file is analysed in a child process (checker/contain.c), so the
 * run goes on, says what was lost, and exits 0 for kbuild.
 */
#include <linux/iommu.h>
#include <linux/no-such-header.h>

static int lost_attach(struct iommu_domain *domain, struct device *dev)
{
	return -ENOENT;
}

static const struct iommu_domain_ops lost_ops = {
	.attach_dev = lost_attach,
};

/*
 * check-error-start
missing-include.c:9:11: error: unable to open 'linux/no-such-header.h'
iommu-errno-check: missing-include.c: not analysed: libsparse gave up on it (exit status 1)
 * check-error-end
 */
