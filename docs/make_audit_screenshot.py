"""Make docs/audit_trail.png: the audit trail viewer on a small register changed by three people.

Run with ``.venv/bin/python docs/make_audit_screenshot.py [OUT]`` (default docs/audit_trail.png). The register
is made in a temporary ASSETMAP_HOME, so nothing of yours is shown.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DOCS / "audit_trail.png"
    home = Path(tempfile.mkdtemp(prefix="assetmap-audit-"))
    os.environ["ASSETMAP_HOME"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from assetmap.register import Register
    from assetmap.ui.audit_dialog import AuditDialog

    app = QApplication([])
    with Register.open(home / "team.assetmap", user="Amira Khan") as register:
        library = register.add_asset(name="Farnworth Library", category="institutions", lon=-2.40, lat=53.546)
        club = register.add_asset(name="Halliwell Bike Club", category="associations", lon=-2.44, lat=53.59)
        margaret = register.add_person("Margaret Holt").id
        register.add_gift(margaret, name="Teaches sewing")
        register.record_consent(margaret, "named", method="paper")
        register.user = "Bilal Hussain"
        register.update_asset(library.added[0], opening_times="Mon–Sat 9–5")
        register.link_person(margaret, club.added[0], "runs")
        register.erase_person(register.add_person("Someone who asked to be erased").id)
        register.add_subcategory("associations", "Allotment societies")
        register.user = "Asha Patel"
        register.remove_assets(club.added)
        register.restore_assets(club.added)

        dialog = AuditDialog(register)
        dialog.resize(1000, 520)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(out))
        dialog.close()
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
