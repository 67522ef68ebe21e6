// SPDX-License-Identifier: GPL-2.0
/// The floor for bench/cocci-bench: one rule that names only attach_dev, as
/// the weakest rule of attach_dev_errno.cocci does, so that spatch's token
/// prefilter keeps the same files, and that matches nothing that costs.
/// It is what spatch itself spends on those files (start-up, parsing,
/// types, flow graphs) before any of the semantic patch's own matching.
// Options: --no-includes

virtual report

@r@
expression E;
identifier fn;
@@
E->attach_dev = fn;

@script:python depends on r@
@@
pass
