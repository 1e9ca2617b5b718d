"""Reading other people's lists into a register, and giving the register back in common formats.

Qt-free: the import wizard and export dialog in ``assetmap.ui`` call these modules and show their results.
"""
