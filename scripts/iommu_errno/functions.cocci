// SPDX-License-Identifier: GPL-2.0
/// Print "FUNCTION <name> <line>" for each function defined in a file: the
/// line of its name.  iommu-errno review uses it to find which functions a
/// change touches, without reading C itself.
// Options: --no-includes

@r@
identifier f;
position p;
@@
f@p(...) { ... }

@script:python@
f << r.f;
p << r.p;
@@
print("FUNCTION %s %s" % (f, p[0].line))
