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

/* an inline of several blocks inside a one-return inline, as 7.2's
 * pm_runtime_resume_and_get() calls pm_runtime_get_active() */
void inline_put_noidle(struct device *dev);

static inline int inline_get_active(struct device *dev, int flags)
{
	int ret = clk_prepare_enable(dev->driver_data);

	if (ret < 0) {
		inline_put_noidle(dev);
		return ret;
	}
	return flags;
}

static inline int inline_resume_and_get(struct device *dev)
{
	return inline_get_active(dev, 0);
}
