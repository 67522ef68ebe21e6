/*
 * check-name: a call's errno that leaves a loop by break reaches the return
 *
 * virtio-iommu.c's viommu_replay_mappings(): `ret = send(); if (ret)
 * break;` in a loop, then `return ret;`.  The call's value also goes round
 * the loop, where `if (ret)` has said it is 0, and both meet at the
 * return: the errno, and the kAPI's result, must not be lost to the round
 * that carries only 0.  lb_send() is shared with the probe, so each call
 * of it is a fix point of its own, though both reach the same sites.
 */
#include <linux/iommu.h>

struct lb_node {
	struct lb_node *next;
};

int lb_queue(struct device *dev);

static int lb_send(struct device *dev, struct lb_node *node)
{
	if (!node)
		return -EIO;
	return lb_queue(dev);
}

static int lb_probe(struct device *dev)
{
	return lb_send(dev, dev->driver_data);
}

int (*lb_probes[])(struct device *dev) = { lb_probe };

static int lb_replay(struct device *dev, struct lb_node *node)
{
	int ret = 0;

	while (node) {
		ret = lb_send(dev, node->next);
		if (ret)
			break;
		node = node->next;
	}
	return ret;
}

static int lb_attach(struct iommu_domain *domain, struct device *dev)
{
	int ret = lb_send(dev, dev->driver_data);

	if (ret)
		return ret;
	return lb_replay(dev, dev->driver_data);
}

static const struct iommu_domain_ops lb_ops = {
	.attach_dev = lb_attach,
};

/*
 * check-error-start
values-loop-break.c:48:26: warning: [ATTACH_DEV_BAD_ERRNO] lb_attach() may return -EIO via lb_send() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
values-loop-break.c:48:26: note: lb_attach() calls lb_send()
values-loop-break.c:22:24: note: lb_send() returns -EIO
values-loop-break.c:38:30: warning: [ATTACH_DEV_BAD_ERRNO] lb_attach() may return -EIO via lb_replay() -> lb_send() (allowed: 0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV)
values-loop-break.c:52:25: note: lb_attach() calls lb_replay()
values-loop-break.c:38:30: note: lb_replay() calls lb_send()
values-loop-break.c:22:24: note: lb_send() returns -EIO
values-loop-break.c:48:26: warning: [ATTACH_DEV_KAPI_ERRNO] lb_attach() returns the errno of lb_queue() via lb_send() unconverted, so it may be -EINVAL (its source was not analysed); convert it (-ENODEV if device-specific)
values-loop-break.c:48:26: note: lb_attach() calls lb_send()
values-loop-break.c:23:24: note: lb_send() returns what lb_queue() returns
values-loop-break.c:38:30: warning: [ATTACH_DEV_KAPI_ERRNO] lb_attach() returns the errno of lb_queue() via lb_replay() -> lb_send() unconverted, so it may be -EINVAL (its source was not analysed); convert it (-ENODEV if device-specific)
values-loop-break.c:52:25: note: lb_attach() calls lb_replay()
values-loop-break.c:38:30: note: lb_replay() calls lb_send()
values-loop-break.c:23:24: note: lb_send() returns what lb_queue() returns
 * check-error-end
 */
