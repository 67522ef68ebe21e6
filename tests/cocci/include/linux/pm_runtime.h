/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_PM_RUNTIME_H
#define _LINUX_PM_RUNTIME_H
#include <linux/device.h>
struct clk;
int pm_runtime_resume_and_get(struct device *dev);
int clk_prepare_enable(struct clk *clk);
#endif
