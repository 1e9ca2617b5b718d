"""``assetmap import`` and ``assetmap export``, added to the main parser by ``add_io_commands``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from assetmap import paths
from assetmap.errors import AssetMapError
from assetmap.io.export import FORMATS
from assetmap.io.importer import DUPLICATE_CHOICES, SKIP
from assetmap.io.selection import TIERS
from assetmap.register.categories import CATEGORY_CODES
from assetmap.register.schema import STATUSES


def _register_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: a --register given before the command name is not reset by the subcommand's default.
    parser.add_argument(
        "--register",
        type=Path,
        default=argparse.SUPPRESS,
        help="the register file (default: your usual register)",
    )


def add_io_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``import`` and ``export`` to a parser's subcommands; each sets ``handler`` to its function."""
    imp = subparsers.add_parser(
        "import",
        help="import assets from CSV, Excel, GeoJSON, GeoPackage, zipped Shapefile or KML",
        description="Import assets from a file. Every row is checked first; rows with errors are left out.",
    )
    imp.add_argument("file", type=Path, help="the file to import")
    _register_option(imp)
    imp.add_argument(
        "--sheet", "--layer", dest="part", help="the sheet (Excel) or layer (GeoPackage, KML) to read"
    )
    imp.add_argument(
        "--mapping", type=Path, help="a column mapping saved as JSON (default: AssetMap's best guess)"
    )
    imp.add_argument(
        "--save-mapping", type=Path, help="save the mapping used to this JSON file, to reuse or edit"
    )
    imp.add_argument(
        "--category", choices=CATEGORY_CODES, help="category for rows that have none or an unplaced one"
    )
    imp.add_argument(
        "--duplicates",
        choices=DUPLICATE_CHOICES,
        default=SKIP,
        help="what to do with likely duplicates of existing assets (default: skip)",
    )
    imp.add_argument("--rejected", type=Path, help="save rows with errors to this CSV, with a reason column")
    imp.add_argument("--dry-run", action="store_true", help="print the check report and write nothing")
    imp.set_defaults(handler=run_import)

    exp = subparsers.add_parser(
        "export",
        help="export assets to CSV, Excel, GeoJSON, GeoPackage, KML or Open Referral UK",
        description="Export assets. Sharing tiers leave out private records and individuals' names.",
    )
    exp.add_argument(
        "file", type=Path, help="the file to write (the format follows its extension unless --format)"
    )
    _register_option(exp)
    exp.add_argument("--format", choices=FORMATS, help="the format to write")
    exp.add_argument("--tier", choices=TIERS, default="public", help="visibility tier (default: public)")
    exp.add_argument("--category", choices=CATEGORY_CODES, help="only this category")
    exp.add_argument("--district", help="only this district (code, e.g. E08000003)")
    exp.add_argument("--ward", help="only this ward (code, e.g. E05011368)")
    exp.add_argument("--status", choices=STATUSES, help="only this status")
    exp.add_argument(
        "--search", default="", help="only assets whose name, description or tags hold every word"
    )
    exp.set_defaults(handler=run_export)


def _open_register(args: argparse.Namespace):
    from assetmap.register import Register

    return Register.open(getattr(args, "register", None) or paths.default_register())


def run_import(args: argparse.Namespace) -> int:
    """Check a file against the register and import its good rows (or only report, with ``--dry-run``)."""
    from assetmap.io.importer import commit_import, rejected_reasons, write_rejected_rows
    from assetmap.io.mapping import ColumnMapping, guess_mapping, refresh_category_values
    from assetmap.io.preview import build_preview
    from assetmap.io.source import open_source

    table = open_source(args.file, args.part)
    with _open_register(args) as register:
        categories = register.categories()
        if args.mapping:
            mapping = ColumnMapping.load(args.mapping)
            refresh_category_values(table, mapping, categories)
        else:
            mapping = guess_mapping(table, categories)
        if args.category:
            mapping.default_category = args.category
        if args.save_mapping:
            mapping.save(args.save_mapping)
        preview = build_preview(table, mapping, register)
        print(preview.report())
        reasons = rejected_reasons(preview)
        if args.rejected and reasons:
            write_rejected_rows(preview, reasons, args.rejected)
            print(f"Rows with errors saved to {args.rejected}")
        if args.dry_run:
            print("Dry run: nothing was written.")
            return 0
        summary = commit_import(register, preview, duplicates=args.duplicates)
        print(summary.text())
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Export the register's assets that pass the filter and tier."""
    from assetmap.io.export import export_assets
    from assetmap.io.selection import AssetFilter

    asset_filter = AssetFilter(args.search, args.category, args.district, args.ward, args.status)
    with _open_register(args) as register:
        result = export_assets(register, args.file, args.format, tier=args.tier, asset_filter=asset_filter)
    print(f"Exported {result.count:,} assets to {result.path} ({FORMATS[result.format]}, tier {args.tier}).")
    for note in result.notes:
        print(f"  note: {note}")
    for problem in result.problems:
        print(f"  schema problem: {problem}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``import`` or ``export`` on their own: ``python -m assetmap.io_cli import FILE``."""
    parser = argparse.ArgumentParser(prog="assetmap")
    add_io_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except AssetMapError as exc:
        print(f"assetmap: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
