/* SPDX-License-Identifier: GPL-2.0 */
int bar_attach_dev(struct iommu_domain *domain, struct device *dev);
