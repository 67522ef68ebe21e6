// SPDX-License-Identifier: GPL-2.0
/// A lower bound for bench/cocci-bench --script: the part of
/// attach_dev_errno.cocci that any whole-driver analysis needs, and
/// nothing else.  It finds the implementations, notes each function that
/// a file defines and which are static, and notes every call with its
/// caller (the call graph that decides the fix point), with the same
/// constraints as the script, and reports nothing.  Timed against the
/// floor, it says how much of the targets' budget these rules leave to
/// the rules that find the values, the prints and the kAPIs.
// Options: --no-includes

virtual report

@initialize:python@
@@
facts, static = set(), set()

def seen(*t):
	facts.add(t)
	return False

def where(p):
	return (p[0].file, int(p[0].line), int(p[0].column), int(p[0].column_end),
		p[0].current_element)

@registered@
type T = {struct iommu_domain_ops, struct iommu_ops};
identifier I, fn;
@@
T I = { ..., .attach_dev = fn, ... };

@definition depends on registered@
identifier f;
position p : script:python (f) { seen("define", f, where(p)) or True };
@@
f@p(...) { ... }

@static_definition depends on definition@
identifier f;
type T;
position p : script:python (f) { static.add(f) or False };
@@
static T f@p(...) { ... }

@called depends on definition@
identifier g;
position c : script:python (g) { seen("call", g, where(c)) };
@@
 g@c(...)

@script:python depends on definition@
@@
pass
