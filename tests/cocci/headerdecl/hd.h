/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Support file of ../headerdecl.test: the driver's header, the only place
 * that declares hd_enable(), which hw.c defines.
 */
int hd_enable(struct device *dev);
