"""The weekly rotation roster (潮汐窗口排班): the general model, the HiGHS solver, the Curtois–Qu benchmark
reader and an independent checker. See :mod:`taxdesk.core.roster.model`."""
