// SPDX-License-Identifier: GPL-2.0
/// The floor for bench/cocci-bench: one rule that names attach_dev, so that
/// spatch's token prefilter keeps the same files as the three scripts,
/// and matches nothing that costs.  Run three times, it is what spatch
/// itself spends on those files (start-up, parse or AST cache, types, flow
/// graphs) before any of the scripts' own matching.

virtual report

@r@
identifier I, fn;
@@
struct iommu_domain_ops I = { ..., .attach_dev = fn, ... };

@script:python depends on r@
@@
pass
