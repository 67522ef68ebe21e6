# SPDX-License-Identifier: GPL-2.0
"""iommu-errno: the front end's modules (Python 3, standard library only)."""
