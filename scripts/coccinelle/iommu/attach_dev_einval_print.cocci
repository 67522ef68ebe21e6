// SPDX-License-Identifier: GPL-2.0-only
/// An iommu_domain_ops attach_dev callback must return -EINVAL only to say
/// that the device and the domain are incompatible, and must not print
/// along with it: callers such as VFIO try one domain after the other and
/// treat -EINVAL as a soft failure, so a print there is noise in the log.
/// Find attach_dev implementations that return -EINVAL on a path that also
/// prints (printk, pr_*, dev_*, dev_err_probe, WARN*), directly, through a
/// "ret = -EINVAL; goto out;" path, or through a static helper in the same
/// file.  The report is at the return, with the print's line.  Patch mode
/// removes the print only from a branch that does nothing but print and
/// return -EINVAL under a condition that calls no function.
///
// Confidence: Moderate
// Copyright: (C) 2025 The iommu-errno authors.
// Options: --no-includes
// Keywords: iommu, iommu_domain_ops, attach_dev, EINVAL, dev_err
// Requires: 1.1.1
//
// Implementations are found by struct type, never by member name alone, so
// the attach_dev member of struct generic_pm_domain is not matched: named
// and compound-literal struct iommu_domain_ops (also as the .ops of a static
// identity or blocked struct iommu_domain), struct iommu_ops.attach_dev of
// trees before 5.19, and runtime assignments to an iommu_domain_ops member.
// An implementation registered in one file and defined in another is
// analysed in a second iteration over the other .c files below the folder
// of the registration; the token prefilter keeps those that name it.
//
// Extra virtual rules: -D debug_prints also counts pr_debug and dev_dbg;
// -D list_implementations prints "IMPL <file>:<line> <function>" for every
// implementation found, and nothing else.  A registered implementation
// whose definition could not be parsed is reported as
// [ATTACH_DEV_NOT_ANALYSED] instead of being skipped silently.

// Of the isomorphisms of standard.iso only braces0..4 and drop_else are on
// (the fixtures fail without either): the rules list the other forms they
// accept, such as the tests of a value.  spatch compiles every isomorphism
// into every rule; with all of them on, the three scripts took 9% longer
// over 6.12 drivers/iommu and found nothing more.
#spatch --disable-iso paren --disable-iso drop_cast --disable-iso add_signed --disable-iso add_int1
#spatch --disable-iso add_int2
#spatch --disable-iso not_int1 --disable-iso not_int2 --disable-iso not_ptr1 --disable-iso not_ptr2
#spatch --disable-iso commeq --disable-iso commneq --disable-iso is_zero --disable-iso isnt_zero
#spatch --disable-iso is_null --disable-iso isnt_null1 --disable-iso bitor_comm --disable-iso bitand_comm
#spatch --disable-iso plus_comm --disable-iso mult_comm --disable-iso plus_assoc --disable-iso minus_assoc
#spatch --disable-iso plus_minus_assoc1 --disable-iso plus_minus_assoc2 --disable-iso times_assoc
#spatch --disable-iso div_assoc --disable-iso times_div_assoc1 --disable-iso times_div_assoc2
#spatch --disable-iso gtr_lss --disable-iso gtr_lss_eq --disable-iso inc --disable-iso for_inc
#spatch --disable-iso unlikely --disable-iso bsd_branch_pred --disable-iso zero_multiple_format
#spatch --disable-iso neg_if --disable-iso ne_if --disable-iso neg_if_exp --disable-iso decl_init
#spatch --disable-iso extern_decl_init --disable-iso static_decl_init --disable-iso ret
#spatch --disable-iso ptr_to_array --disable-iso mkinit --disable-iso fld_to_ptr --disable-iso sizeof_type_expr

virtual report
virtual org
virtual context
virtual patch
virtual debug_prints
virtual list_implementations
virtual xfile

@initialize:python@
@@
import os
import sys

# Shared with finalize through the coccinelle module (merged per job).
coccinelle.impls = []		# (file, line, function) of each definition
coccinelle.unresolved = []	# (file, line, function) of registrations
coccinelle.modes = []

debug = [False]
# Per-file state, emptied by the "compute" rule at the end of each file.
st = {}

def reset():
	st.clear()
	st.update(reg={}, defs=set(), impl={}, calls={}, want=set(), ret={},
		  pe={}, prop={}, pp={}, sites=set(), psites=set(), badif=set())

reset()

def quiet(name):
	"""An info, notice or debug print, as opposed to an error or warning."""
	return any(w in name for w in ("info", "notice", "dbg", "debug"))

def is_print(name):
	"""A print that the rules matched counts, but pr_debug() and dev_dbg()
	only with -D debug_prints."""
	return debug[0] or not any(w in name for w in ("dbg", "debug"))

def defined(f):
	return f in st["defs"]

def define(f):
	"""Note that f is defined in the file; true for an implementation."""
	st["defs"].add(f)
	return f in st["reg"]

def wanted(f):
	return f in st["want"]

def in_want(p):
	return p[0].current_element in st["want"]

def site(p):
	return key(p) in st["sites"]

def psite(p):
	return key(p) in st["psites"]

def plainif(p):
	return key(p) not in st["badif"]

def key(p):
	return (p.file, int(p.line), int(p.column))

def reg(fn, p):
	st["reg"].setdefault(fn, p[0])

def add(table, f, item):
	st[table].setdefault(f, []).append(item)

def edge(f, g):
	if g in st["defs"]:
		st["calls"].setdefault(f, set()).add(g)

def grow(roots):
	"""Add roots, and the helpers whose value they store or return, to
	"want"."""
	todo = [f for f in roots if f in st["defs"]]
	while todo:
		f = todo.pop()
		if f not in st["want"]:
			st["want"].add(f)
			todo.extend(st["calls"].get(f, ()))

def chains(start):
	"""Functions reachable from start through returned calls, with the
	list of helpers that leads to each."""
	seen = {start: []}
	todo = [start]
	while todo:
		f = todo.pop(0)
		for (g, q, c) in st["prop"].get(f, []):
			if g in st["defs"] and g not in seen:
				seen[g] = seen[f] + [g]
				todo.append(g)
	return seen

def print_on_path(f, pname, p, q, g):
	"""A print at p on the way to the return at q of -EINVAL, or of the
	value of the helper g."""
	if not is_print(pname):
		return
	if g:
		add("pp", f, (pname, p[0], g, q[0]))
	else:
		add("pe", f, (pname, p[0], q[0]))

def einval_chain(g):
	"""Helpers from g (included) to a return of -EINVAL, or None."""
	for (h, chain) in sorted(chains(g).items(), key=lambda i: len(i[1])):
		if st["ret"].get(h) or st["pe"].get(h):
			return [g] + chain
	return None

def via(chain):
	return " via " + " -> ".join(h + "()" for h in chain) if chain else ""

def findings():
	out = {}
	def keep(q, impl, chain, pname, p):
		# One finding per return: name the last print before it, an
		# error or a warning before an info: the rules do not know
		# which branch the value takes, and an info print is most
		# often on the branch of success (ipmmu "Using IPMMU context").
		k = (key(q), impl)
		rank = (int(p.line) <= int(q.line), not quiet(pname), int(p.line),
			int(p.column))
		if k not in out or rank > out[k][0]:
			out[k] = (rank, (q, impl, chain, pname, p))
	for impl in sorted(st["reg"]):
		if impl not in st["defs"]:
			continue
		for (f, chain) in sorted(chains(impl).items()):
			for (pname, p, q) in st["pe"].get(f, []):
				keep(q, impl, chain, pname, p)
			for (pname, p, g, q) in st["pp"].get(f, []):
				if g not in st["defs"]:
					continue
				more = einval_chain(g)
				if more is not None:
					keep(q, impl, chain + more, pname, p)
	return [out[k][1] for k in sorted(out)]

def message(impl, chain, pname, p):
	return ("[ATTACH_DEV_EINVAL_PRINT] %s() returns -EINVAL%s after %s() at line %s"
		% (impl, via(chain), pname, p.line))

listed = set()		# IMPL lines already printed by an earlier iteration
tried = set()		# (function, directory) pairs already looked for
gaps = set()		# registrations reported as not analysed
everything = [set(), set(), set()]	# implementations, registrations, modes

class Pos:
	"""A position for coccilib.org, outside of any rule."""
	def __init__(self, file, line, column, column_end):
		self.file, self.line = file, line
		self.column, self.column_end = column, column_end

def flat(v, seen=None):
	"""The tuples or strings in the per-job lists of a merged variable.
	Iterations hand the merged lists back, nested and even cyclic."""
	seen = set() if seen is None else seen
	if isinstance(v, (list, set)):
		if id(v) in seen:
			return []
		seen.add(id(v))
		return sorted(set(x for i in v for x in flat(i, seen)))
	return [v]

// ---------------------------------------------------------------------
// Where attach_dev implementations are registered.  Every rule names
// attach_dev, so that the token prefilter skips files without it.
// ---------------------------------------------------------------------

@fnamed depends on !xfile@
identifier I, fn;
position p;
@@
struct iommu_domain_ops I = { ..., .attach_dev = fn@p, ... };

@script:python depends on fnamed@
fn << fnamed.fn;
p << fnamed.p;
@@
reg(fn, p)

@fcl depends on !xfile@
identifier fn;
position p;
@@
 (struct iommu_domain_ops) { ..., .attach_dev = fn@p, ... }

@script:python depends on fcl@
fn << fcl.fn;
p << fcl.p;
@@
reg(fn, p)

@fold depends on !xfile@
identifier I, fn;
position p;
@@
struct iommu_ops I = { ..., .attach_dev = fn@p, ... };

@script:python depends on fold@
fn << fold.fn;
p << fold.p;
@@
reg(fn, p)

// A runtime assignment to a member named attach_dev counts when its left
// side is a struct iommu_domain_ops (frt), or, where that type is not
// known, when fn takes a struct iommu_domain, which the genpd callback
// does not (fsig).  frt2 finds the assignments first, so that the typed
// match runs only in the files that have one.  They are statements: a
// pattern of a statement costs half of one of an expression.
@frt2 depends on !xfile@
expression E;
identifier fn;
position p;
@@
(
E->attach_dev = fn@p;
|
E.attach_dev = fn@p;
)

@frt depends on frt2@
struct iommu_domain_ops *E;
struct iommu_domain_ops F;
identifier fn;
position p;
@@
(
E->attach_dev = fn@p;
|
F.attach_dev = fn@p;
)

@script:python depends on frt@
fn << frt.fn;
p << frt.p;
@@
reg(fn, p)

@fsig depends on frt2@
identifier frt2.fn, d;
@@
fn(struct iommu_domain *d, ...) { ... }

@script:python depends on fsig@
fn << frt2.fn;
p << frt2.p;
@@
reg(fn, p)

// Second iteration: the definition of an implementation registered in
// another file.  This rule alone cannot name attach_dev; it runs only on
// the files that finalize chose.
@xf depends on xfile@
identifier virtual.attach_dev_impl;
position p;
@@
attach_dev_impl@p(...) { ... }

@script:python depends on xf@
fn << virtual.attach_dev_impl;
p << xf.p;
@@
reg(fn, p)

@script:python depends on debug_prints && (fnamed || fcl || fold || frt || fsig || xf)@
@@
debug[0] = True

@script:python depends on report && (fnamed || fcl || fold || frt || fsig || xf)@
@@
coccinelle.modes.append("report")

@script:python depends on org && (fnamed || fcl || fold || frt || fsig || xf)@
@@
coccinelle.modes.append("org")

@script:python depends on context && (fnamed || fcl || fold || frt || fsig || xf)@
@@
coccinelle.modes.append("context")

@script:python depends on patch && (fnamed || fcl || fold || frt || fsig || xf)@
@@
coccinelle.modes.append("patch")

// The constraint notes every function the file defines, and the rule
// matches the implementations: a script rule for each definition would
// cost a tenth of the run.
@fdef depends on fnamed || fcl || fold || frt || fsig || xf@
identifier f : script:python () { define(f) };
position p;
@@
f@p(...) { ... }

@script:python depends on fdef@
f << fdef.f;
p << fdef.p;
@@
st["impl"].setdefault(f, p[0])

// ---------------------------------------------------------------------
// Facts about the functions below an implementation: which helpers'
// values each returns unchanged, where they return -EINVAL and where they
// print on the way.
// ---------------------------------------------------------------------

// The helpers whose value a function stores (calls) or returns (propr,
// propvd): "want" is the implementations and what these calls reach from
// them, a superset of the functions whose value reaches an
// implementation's return.  The costly rules look only at those.
@calls depends on (report || org || context || patch) && (fnamed || fcl || fold || frt || fsig || xf)@
identifier g : script:python () { defined(g) };
identifier ret;
position c;
@@
 ret = g@c(...);

@script:python depends on calls@
g << calls.g;
c << calls.c;
@@
edge(c[0].current_element, g)

// Calls whose value the function returns unchanged.
@propr depends on (report || org || context || patch) && (fnamed || fcl || fold || frt || fsig || xf) exists@
identifier g : script:python () { defined(g) };
position c;
position q;
@@
 return@q g@c(...);

@script:python depends on propr@
g << propr.g;
q << propr.q;
c << propr.c;
@@
add("prop", c[0].current_element, (g, q[0], c[0]))
edge(c[0].current_element, g)

// The declaration form: "int ret = f(); return ret;" and
// "int ret = f(); if (ret) return ret;".
@propvd depends on (report || org || context || patch) && (fnamed || fcl || fold || frt || fsig || xf) exists@
identifier g : script:python () { defined(g) };
position c;
position q;
identifier ret;
expression E;
type T;
@@
 T ret = g@c(...);
 ... when != ret
(
 return@q ret;
|
 if (\(ret\|ret < 0\|ret != 0\)) {
 ... when != ret = E
     when != ret == -EINVAL
 return@q ret;
 }
)

@script:python depends on propvd@
g << propvd.g;
q << propvd.q;
c << propvd.c;
@@
add("prop", c[0].current_element, (g, q[0], c[0]))
edge(c[0].current_element, g)

@script:python depends on (report || org || context || patch) && (fnamed || fcl || fold || frt || fsig || xf)@
@@
grow(st["reg"])

// The value of a call that the function returns: straight, through
// "if (ret) return ret;" (or a goto to a return), or past one test of it
// whose branch goes on after the test: "if (ret) cleanup();", "if (ret)
// break;" out of a loop, "if (!ret) more();", on the branch where it is an
// error.  A one-statement branch that sets the value again is matched
// first, at rp, and its match dropped; past the test the value must not
// be used again before the return: a missed finding, not a guess.
// "if (T) S1 else S2" matches an if without an else too (isomorphism
// drop_else).  The tests are listed: the isomorphisms that rewrite tests
// are off, at the top of the file.
@propif depends on (report || org || context || patch) && (fnamed || fcl || fold || frt || fsig || xf) exists@
identifier g : script:python () { defined(g) };
position c : script:python () { in_want(c) };
position q;
identifier ret;
expression E;
position rp;
expression E1;
statement S1, S2;
@@
 ret = g@c(...);
 ... when != ret
(
 return@q ret;
|
 if (\(ret\|ret < 0\|ret != 0\|unlikely(ret)\|WARN_ON(ret)\|WARN_ON_ONCE(ret)\)) {
 ... when != ret = E
     when != ret == -EINVAL
 return@q ret;
 }
|
(
 if (\(ret\|ret < 0\|ret != 0\|unlikely(ret)\|WARN_ON(ret)\|WARN_ON_ONCE(ret)\)) \(ret@rp = E;\|E1;\|break;\) else S2
|
 if (\(!ret\|ret == 0\)) S1
)
 ... when != ret
 return@q ret;
)

@script:python depends on propif@
g << propif.g;
q << propif.q;
c << propif.c;
rp << propif.rp = [];
@@
if not rp:
	add("prop", c[0].current_element, (g, q[0], c[0]))

// A print on the path of -EINVAL, or of a helper's value, to the return:
// before "return -EINVAL;" or "return helper();" (pep1), before the
// assignment (pep2), or after it (pep3).  The regular expression on pr is
// the list of prints: printk(), pr_*() and dev_*() from emerg to info and
// debug, with their _ratelimited and _once forms, dev_err_probe() and
// WARN*().  is_print() drops the debug ones without -D debug_prints.
// spatch tests a regular expression itself, where a Python constraint
// would cost a call for every function call.  A rule for each order, with both
// values in it, costs a third less than a rule for each value.
@pep1 depends on (report || org || context || patch) && (fnamed || fcl || fold || frt || fsig || xf) exists@
identifier f : script:python () { wanted(f) };
identifier g : script:python () { defined(g) };
identifier pr =~ "^((printk|pr_(emerg|alert|crit|err|warn|warning|notice|info|debug)|dev_(emerg|alert|crit|err|warn|notice|info|dbg))(_ratelimited|_once)?|dev_err_probe|WARN(_ON)?(_ONCE)?)$";
position p, q;
@@
f(...) {
 ... when any
 pr@p(...)
 ... when any
(
 return@q -EINVAL;
|
 return@q g(...);
)
}

@script:python depends on pep1@
f << pep1.f;
pr << pep1.pr;
p << pep1.p;
q << pep1.q;
g << pep1.g = "";
@@
print_on_path(f, pr, p, q, g)

@pep2 depends on (report || org || context || patch) && (fnamed || fcl || fold || frt || fsig || xf) exists@
identifier f : script:python () { wanted(f) };
identifier g : script:python () { defined(g) };
identifier pr =~ "^((printk|pr_(emerg|alert|crit|err|warn|warning|notice|info|debug)|dev_(emerg|alert|crit|err|warn|notice|info|dbg))(_ratelimited|_once)?|dev_err_probe|WARN(_ON)?(_ONCE)?)$";
identifier ret;
expression E;
position p, q;
@@
f(...) {
 ... when any
 pr@p(...)
 ... when != ret = E
(
 ret = -EINVAL;
|
 ret = g(...);
)
 ... when != ret = E
     when != ret == -EINVAL
 return@q ret;
}

@script:python depends on pep2@
f << pep2.f;
pr << pep2.pr;
p << pep2.p;
q << pep2.q;
g << pep2.g = "";
@@
print_on_path(f, pr, p, q, g)

@pep3 depends on (report || org || context || patch) && (fnamed || fcl || fold || frt || fsig || xf) exists@
identifier f : script:python () { wanted(f) };
identifier g : script:python () { defined(g) };
identifier pr =~ "^((printk|pr_(emerg|alert|crit|err|warn|warning|notice|info|debug)|dev_(emerg|alert|crit|err|warn|notice|info|dbg))(_ratelimited|_once)?|dev_err_probe|WARN(_ON)?(_ONCE)?)$";
identifier ret;
expression E;
position p, q;
type T;
@@
f(...) {
 ... when any
(
 ret = -EINVAL;
|
 T ret = -EINVAL;
|
 ret = g(...);
|
 T ret = g(...);
)
 ... when != ret = E
     when != ret == -EINVAL
 pr@p(...)
 ... when != ret = E
     when != ret == -EINVAL
 return@q ret;
}

@script:python depends on pep3@
f << pep3.f;
pr << pep3.pr;
p << pep3.p;
q << pep3.q;
g << pep3.g = "";
@@
print_on_path(f, pr, p, q, g)

// A helper whose value an implementation prints about before returning
// it is below the implementation too, and so are the helpers whose value
// it returns: rv looks at them.  The calls rule has them all but those
// of a declaration, "int ret = helper();", that propvd did not match.
@script:python depends on (report || org || context || patch) && (fnamed || fcl || fold || frt || fsig || xf)@
@@
grow(g for items in st["pp"].values() for (pname, p, g, q) in items)

// Where each returns -EINVAL (rv), and where it returns the -EINVAL of a
// dev_err_probe(), which prints (p).
@rv depends on (report || org || context || patch) && (fnamed || fcl || fold || frt || fsig || xf) exists@
identifier f : script:python () { wanted(f) };
identifier ret;
expression E;
position p, q;
type T;
@@
f(...) {
 ... when any
(
 return@q -EINVAL;
|
 return@q dev_err_probe@p(..., -EINVAL, ...);
|
(
 ret = -EINVAL;
|
 T ret = -EINVAL;
|
 ret = dev_err_probe@p(..., -EINVAL, ...);
)
 ... when != ret = E
 return@q ret;
)
}

@script:python depends on rv@
f << rv.f;
p << rv.p = [];
q << rv.q;
@@
if p:
	add("pe", f, ("dev_err_probe", p[0], q[0]))
else:
	add("ret", f, q[0])

// Conditions that call a function are not plain incompatibility checks.
@badif depends on patch && (fnamed || fcl || fold || frt || fsig || xf)@
identifier g;
statement S1, S2;
position pi;
@@
(
if@pi (<+... g(...) ...+>) S1 else S2
|
if@pi (<+... g(...) ...+>) S1
)

@script:python depends on badif@
pi << badif.pi;
@@
st["badif"].add(key(pi[0]))

// ---------------------------------------------------------------------
// Per file: follow the helpers from each implementation and report.
// ---------------------------------------------------------------------

@script:python compute depends on fnamed || fcl || fold || frt || fsig || xf@
@@
for (fn, p) in sorted(st["reg"].items(), key=lambda i: key(i[1])):
	d = st["impl"].get(fn)
	if d is not None:
		coccinelle.impls.append((d.file, int(d.line), fn))
	else:
		coccinelle.unresolved.append((p.file, int(p.line), fn,
					      int(p.column), int(p.column_end)))
for (q, impl, chain, pname, p) in findings():
	st["sites"].add(key(q))
	st["psites"].add(key(p))
	msg = message(impl, chain, pname, p)
	if "report" in coccinelle.modes:
		coccilib.report.print_report(q, msg)
	if "org" in coccinelle.modes:
		coccilib.org.print_safe_todo(q, msg)
		coccilib.org.print_link(p, "%s()" % pname)
sites = (set(st["sites"]), set(st["psites"]), set(st["badif"]))
reset()
st["sites"], st["psites"], st["badif"] = sites

@depends on context && (fnamed || fcl || fold || frt || fsig || xf)@
position q : script:python () { site(q[0]) };
expression E;
@@

* return@q E;

@depends on context && (fnamed || fcl || fold || frt || fsig || xf)@
identifier pr =~ "^((printk|pr_(emerg|alert|crit|err|warn|warning|notice|info|debug)|dev_(emerg|alert|crit|err|warn|notice|info|dbg))(_ratelimited|_once)?|dev_err_probe|WARN(_ON)?(_ONCE)?)$";
position p : script:python () { psite(p[0]) };
@@

* pr@p(...)

@depends on patch && (fnamed || fcl || fold || frt || fsig || xf)@
identifier pr =~ "^(printk|pr_(emerg|alert|crit|err|warn|warning|notice|info|debug)|dev_(emerg|alert|crit|err|warn|notice|info|dbg))(_ratelimited|_once)?$";
position p : script:python () { psite(p[0]) };
position q : script:python () { site(q[0]) };
position pi : script:python () { plainif(pi[0]) };
expression C;
@@

- if@pi (C) {
- pr@p(...);
- return@q -EINVAL;
- }
+ if (C)
+	return -EINVAL;

@finalize:python@
impls << merge.impls;
unresolved << merge.unresolved;
modes << merge.modes;
@@
# An Iteration is refused while spatch prints a diff (it says: Out of place
# transformation not compatible with iteration), and context and patch
# print diffs.  There, an implementation defined in another file cannot be
# followed: say so on stderr, where it cannot corrupt the diff, rather than
# skip it in silence.  Report, org and the listing follow it.
# An iteration over files of which none names the function runs no rule,
# and hands empty lists back: keep what the earlier rounds found.
everything[0] |= set(flat(impls))
everything[1] |= set(flat(unresolved))
everything[2] |= set(flat(modes))
found, lost, mode = (sorted(s) for s in everything)
known = set(fn for (f, l, fn) in found)
if not mode:
	for i in found:
		if i not in listed:
			listed.add(i)
			print("IMPL %s:%s %s" % i)
	mode = ["list_implementations"]
for (f, line, fn, c0, c1) in lost:
	if fn in known:
		continue
	if set(mode) & {"context", "patch"}:
		if (f, line, fn) not in gaps:
			gaps.add((f, line, fn))
			sys.stderr.write("%s:%s:%s-%s: [ATTACH_DEV_NOT_FOLLOWED] %s() is registered as attach_dev, but it is not defined in this file, and %s mode cannot look for it in the others (spatch allows no iteration with a diff): use MODE=report or MODE=org\n"
					 % (f, line, c0, c1, fn, "/".join(sorted(set(mode) & {"context", "patch"}))))
		continue
	top = os.path.dirname(f) or "."
	if (fn, top) not in tried:
		# The rule xf looks for the definition in the other .c files
		# below this directory; the token prefilter of spatch parses only
		# those that name the function.
		tried.add((fn, top))
		files = sorted(os.path.join(d, n) for (d, _, names) in os.walk(top)
			       for n in names if n.endswith(".c"))
		files = [c for c in files if not os.path.samefile(c, f)]
		if files:
			it = Iteration()
			it.set_files(files)
			it.add_virtual_rule("xfile")
			it.add_virtual_identifier("attach_dev_impl", fn)
			for m in mode:
				it.add_virtual_rule(m)
			it.register()
			continue
	# No other file defines it, or that file was analysed and holds no
	# definition that spatch could parse either: report the gap, once.
	if (f, line, fn) in gaps:
		continue
	gaps.add((f, line, fn))
	if mode == ["list_implementations"]:
		print("NOT-ANALYSED %s:%s %s" % (f, line, fn))
	elif "report" in mode:
		print("%s:%s:%s-%s: [ATTACH_DEV_NOT_ANALYSED] %s() is registered as attach_dev, but spatch found no definition of it that it could parse"
		      % (f, line, c0, c1, fn))
	elif "org" in mode:
		coccilib.org.print_todo(Pos(f, line, c0, c1), "@(ATTACH_DEV_NOT_ANALYSED) %s() is registered as attach_dev, but spatch found no definition of it that it could parse" % fn)
