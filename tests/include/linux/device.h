#ifndef _LINUX_DEVICE_H
#define _LINUX_DEVICE_H
#include <linux/printk.h>
#include <linux/bug.h>
struct device {
	void *iommu;
	void *driver_data;
};
void _dev_err(const struct device *dev, const char *fmt, ...);
void _dev_warn(const struct device *dev, const char *fmt, ...);
void _dev_info(const struct device *dev, const char *fmt, ...);
#define dev_err(dev, fmt, ...)	_dev_err(dev, fmt, ##__VA_ARGS__)
#define dev_warn(dev, fmt, ...)	_dev_warn(dev, fmt, ##__VA_ARGS__)
#define dev_info(dev, fmt, ...)	_dev_info(dev, fmt, ##__VA_ARGS__)
int dev_err_probe(const struct device *dev, int err, const char *fmt, ...);
int pm_runtime_resume_and_get(struct device *dev);
int clk_prepare_enable(void *clk);
#endif
