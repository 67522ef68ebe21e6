/* SPDX-License-Identifier: GPL-2.0 */
/* Minimal stand-in for include/linux/device.h and the print API. */
#ifndef _LINUX_DEVICE_H
#define _LINUX_DEVICE_H

struct device {
	void *iommu;
};

int _dev_err(const struct device *dev, const char *fmt, ...);
#define dev_err(dev, fmt, ...)		_dev_err(dev, fmt, ##__VA_ARGS__)
#define dev_warn(dev, fmt, ...)		_dev_err(dev, fmt, ##__VA_ARGS__)
#define dev_info(dev, fmt, ...)		_dev_err(dev, fmt, ##__VA_ARGS__)
#define dev_dbg(dev, fmt, ...)		_dev_err(dev, fmt, ##__VA_ARGS__)
int dev_err_probe(const struct device *dev, int err, const char *fmt, ...);
int printk(const char *fmt, ...);
#define pr_err(fmt, ...)		printk(fmt, ##__VA_ARGS__)
#define pr_debug(fmt, ...)		printk(fmt, ##__VA_ARGS__)
#define WARN_ON(x)			(!!(x))

#endif
