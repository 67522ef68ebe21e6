#ifndef _LINUX_PRINTK_H
#define _LINUX_PRINTK_H
int _printk(const char *fmt, ...);
#define printk(fmt, ...)	_printk(fmt, ##__VA_ARGS__)
#define pr_err(fmt, ...)	_printk(fmt, ##__VA_ARGS__)
#define pr_warn(fmt, ...)	_printk(fmt, ##__VA_ARGS__)
#define pr_info(fmt, ...)	_printk(fmt, ##__VA_ARGS__)
void __dynamic_pr_debug(const char *fmt, ...);
#define pr_debug(fmt, ...)	__dynamic_pr_debug(fmt, ##__VA_ARGS__)
#endif
