/* fix-inline.c's header: an inline wrapper, as arm-smmu.h's arm_smmu_rpm_get() is. */
static inline int inline_rpm_get(struct device *dev)
{
	if (dev->iommu)
		return pm_runtime_resume_and_get(dev);
	return 0;
}

/* one return, as regmap_update_bits(): no phi marks its value */
static inline int inline_update(void *map)
{
	return clk_prepare_enable(map);
}
