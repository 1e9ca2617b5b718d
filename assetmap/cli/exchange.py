"""``assetmap import``, ``export`` and ``boundaries``, added to the main parser by ``add_io_commands``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from assetmap.cli.registers import reading, register_option, trying, writing
from assetmap.errors import AssetMapError
from assetmap.io.export import FORMATS
from assetmap.io.importer import DUPLICATE_CHOICES, SKIP
from assetmap.io.selection import TIERS
from assetmap.messages import tr
from assetmap.register.categories import CATEGORY_CODES
from assetmap.register.schema import STATUSES


def add_io_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``import`` and ``export`` to a parser's subcommands; each sets ``handler`` to its function."""
    imp = subparsers.add_parser(
        "import",
        help=tr("import assets from CSV, Excel, GeoJSON, GeoPackage, zipped Shapefile or KML"),
        description=tr(
            "Import assets from a file. Every row is checked first; rows with errors are left out."
        ),
    )
    imp.add_argument("file", type=Path, help=tr("the file to import"))
    register_option(imp)
    imp.add_argument(
        "--sheet", "--layer", dest="part", help=tr("the sheet (Excel) or layer (GeoPackage, KML) to read")
    )
    imp.add_argument(
        "--mapping", type=Path, help=tr("a column mapping saved as JSON (default: AssetMap's best guess)")
    )
    imp.add_argument(
        "--save-mapping", type=Path, help=tr("save the mapping used to this JSON file, to reuse or edit")
    )
    imp.add_argument(
        "--map",
        dest="overrides",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=tr(
            "use COLUMN for FIELD, over the guess or the mapping file (repeatable; FIELD= maps nothing; "
            "lon, lat, easting, northing and wkt name the location columns)"
        ),
    )
    imp.add_argument(
        "--category", choices=CATEGORY_CODES, help=tr("category for rows that have none or an unplaced one")
    )
    imp.add_argument(
        "--duplicates",
        choices=DUPLICATE_CHOICES,
        default=SKIP,
        help=tr("what to do with likely duplicates of existing assets (default: skip)"),
    )
    imp.add_argument(
        "--rejected", type=Path, help=tr("save rows with errors to this CSV, with a reason column")
    )
    imp.add_argument("--dry-run", action="store_true", help=tr("print the check report and write nothing"))
    imp.set_defaults(handler=run_import)

    exp = subparsers.add_parser(
        "export",
        help=tr("export assets to CSV, Excel, GeoJSON, GeoPackage, KML or Open Referral UK"),
        description=tr("Export assets. Sharing tiers leave out private records and individuals' names."),
    )
    exp.add_argument(
        "file", type=Path, help=tr("the file to write (the format follows its extension unless --format)")
    )
    register_option(exp)
    exp.add_argument("--format", choices=FORMATS, help=tr("the format to write"))
    exp.add_argument("--tier", choices=TIERS, default="public", help=tr("visibility tier (default: public)"))
    exp.add_argument("--category", choices=CATEGORY_CODES, help=tr("only this category"))
    exp.add_argument("--district", help=tr("only this district (code, e.g. E08000003)"))
    exp.add_argument("--ward", help=tr("only this ward (code, e.g. E05011368)"))
    exp.add_argument("--status", choices=STATUSES, help=tr("only this status"))
    exp.add_argument(
        "--search", default="", help=tr("only assets whose name, description or tags hold every word")
    )
    exp.set_defaults(handler=run_export)

    wards = subparsers.add_parser(
        "boundaries",
        help=tr("give a register other wards (any UK district's), or show or reset them"),
        description=tr(
            "A register uses the bundled Greater Manchester wards unless it is given its own. Importing "
            "wards keeps them in the register and places every asset in them again."
        ),
    )
    actions = wards.add_subparsers(dest="boundaries_command", metavar="ACTION", required=True)
    fields = actions.add_parser(
        "fields", help=tr("list a boundary file's fields and AssetMap's guess at them")
    )
    fields.add_argument(
        "file", type=Path, help=tr("GeoJSON, GeoPackage or zipped Shapefile of ward polygons")
    )
    fields.add_argument("--layer", help=tr("the layer to read (GeoPackage)"))
    fields.set_defaults(handler=run_boundary_fields)
    use = actions.add_parser(
        "import",
        help=tr("import wards from a file and make them the register's wards"),
        description=tr("Import wards. Fields not given are guessed from their names, as 'fields' shows."),
    )
    use.add_argument("file", type=Path, help=tr("GeoJSON, GeoPackage or zipped Shapefile of ward polygons"))
    register_option(use)
    use.add_argument(
        "--name", required=True, help=tr("a name for these wards, e.g. 'Leeds wards (May 2023)'")
    )
    use.add_argument("--layer", help=tr("the layer to read (GeoPackage)"))
    use.add_argument("--code-field", help=tr("the field holding each ward's code (e.g. WD23CD)"))
    use.add_argument("--name-field", help=tr("the field holding each ward's name (e.g. WD23NM)"))
    use.add_argument("--district-code-field", help=tr("the field holding the district's code (optional)"))
    use.add_argument("--district-name-field", help=tr("the field holding the district's name (optional)"))
    use.add_argument("--population-field", help=tr("the field holding each ward's residents (optional)"))
    use.add_argument(
        "--population-csv",
        type=Path,
        help=tr("a CSV of residents by ward code, joined to wards whose file has no residents"),
    )
    use.add_argument(
        "--population-code-column", help=tr("the CSV's column of ward codes (default: guessed, e.g. WD24CD)")
    )
    use.add_argument(
        "--population-column", help=tr("the CSV's column of residents (default: guessed, e.g. population)")
    )
    use.set_defaults(handler=run_boundary_import)
    show = actions.add_parser("show", help=tr("say which wards the register uses"))
    register_option(show)
    show.set_defaults(handler=run_boundary_show)
    reset = actions.add_parser("reset", help=tr("go back to the bundled Greater Manchester wards"))
    register_option(reset)
    reset.set_defaults(handler=run_boundary_reset)


# What to do about a problem common to (nearly) every row, in this command's own options.
def _import_hints() -> dict[str, str]:
    return {
        "name": tr("map the column that holds the names with --map name=COLUMN"),
        "category": tr("give --category CODE for them, or map a column with --map category=COLUMN"),
    }


def _open_register(args: argparse.Namespace):
    """The register, for a command that only reads it (a missing one is not created)."""
    return reading(getattr(args, "register", None))


def _write_register(args: argparse.Namespace):
    """The register, for a command that writes to it: its lock is held as a window holds it."""
    return writing(getattr(args, "register", None))


def run_import(args: argparse.Namespace) -> int:
    """Check a file against the register and import its good rows (or only report, with ``--dry-run``)."""
    from assetmap.io.importer import commit_import, rejected_reasons, write_rejected_rows
    from assetmap.io.mapping import (
        ColumnMapping,
        apply_overrides,
        describe_mapping,
        guess_mapping,
        refresh_category_values,
    )
    from assetmap.io.preview import build_preview
    from assetmap.io.source import open_source

    table = open_source(args.file, args.part)
    # A dry run works on a throwaway copy: nothing is created, locked or backed up beside the register.
    opening = trying if args.dry_run else writing
    with opening(getattr(args, "register", None)) as register:
        categories = register.categories()
        if args.mapping:
            mapping = ColumnMapping.load(args.mapping)
            refresh_category_values(table, mapping, categories)
        else:
            mapping = guess_mapping(table, categories)
        apply_overrides(table, mapping, args.overrides, categories)
        if args.category:
            mapping.default_category = args.category
        if args.save_mapping:
            mapping.save(args.save_mapping)
        print(tr("Mapping used (field \u2190 column; change one with --map FIELD=COLUMN):"))
        print("\n".join(f"  {line}" for line in describe_mapping(mapping, categories)))
        preview = build_preview(table, mapping, register)
        print(preview.report(hints=_import_hints()))
        reasons = rejected_reasons(preview)
        if args.rejected and reasons:
            write_rejected_rows(preview, reasons, args.rejected)
            print(tr("Rows with errors saved to {path}").format(path=args.rejected))
        if args.dry_run:
            print(tr("Dry run: nothing was written."))
            return _status(preview)
        summary = commit_import(register, preview, duplicates=args.duplicates)
        print(summary.text())
    return _status(preview)


def _status(preview) -> int:
    """1 when the file has rows and every one of them has an error, as for any failed command."""
    if len(preview) and not preview.importable.any():
        print(tr("assetmap: every row has an error; nothing can be imported."), file=sys.stderr)
        return 1
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Export the register's assets that pass the filter and tier."""
    from assetmap.io.export import export_assets
    from assetmap.io.selection import AssetFilter

    asset_filter = AssetFilter(args.search, args.category, args.district, args.ward, args.status)
    with _open_register(args) as register:
        result = export_assets(register, args.file, args.format, tier=args.tier, asset_filter=asset_filter)
    print(
        tr("Exported {count} assets to {path} ({format}, tier {tier}).").format(
            count=f"{result.count:,}", path=result.path, format=FORMATS[result.format], tier=args.tier
        )
    )
    for note in result.notes:
        print(tr("  note: {note}").format(note=note))
    for problem in result.problems:
        print(tr("  schema problem: {problem}").format(problem=problem))
    return 0


def _boundary_table(args: argparse.Namespace) -> tuple[list[str], dict[str, str | None]]:
    from assetmap.io.boundaries import guess_fields
    from assetmap.io.layers import read_layer

    columns = read_layer(args.file, args.layer).columns
    return columns, guess_fields(columns)


def run_boundary_fields(args: argparse.Namespace) -> int:
    """Print a boundary file's fields and the guess at which holds what."""
    from assetmap.io.boundaries import ROLE_LABELS

    columns, guess = _boundary_table(args)
    if columns:
        print(tr("Fields of {file}: {fields}").format(file=args.file.name, fields=", ".join(columns)))
    else:
        print(tr("Fields of {file}: none").format(file=args.file.name))
    for role, field in guess.items():
        option = f"--{role.replace('_', '-')}-field"
        if field:
            print(f"  {ROLE_LABELS[role]}: {field}  [{option}]")
        else:
            print(tr("  {role}: (none found)  [{option}]").format(role=ROLE_LABELS[role], option=option))
    if not guess["population"]:
        print(
            tr(
                "  No residents field: per 1,000 residents will be unavailable unless residents are joined "
                "from a CSV by ward code (--population-csv FILE)."
            )
        )
    return 0


def run_boundary_import(args: argparse.Namespace) -> int:
    """Import wards into the register, with the fields given or guessed."""
    from assetmap.io.boundaries import BoundaryFields, import_boundaries, read_population_csv
    from assetmap.io.problems import MappingError

    columns, guess = _boundary_table(args)
    code = args.code_field or guess["code"]
    name = args.name_field or guess["name"]
    if not code:
        raise MappingError(
            tr(
                "AssetMap cannot tell which field of {file} holds each ward's code. Give it with "
                "--code-field; the fields are: {fields}."
            ).format(file=args.file.name, fields=", ".join(columns))
        )
    if not name:
        raise MappingError(
            tr(
                "AssetMap cannot tell which field of {file} holds each ward's name. Give it with "
                "--name-field; the fields are: {fields}."
            ).format(file=args.file.name, fields=", ".join(columns))
        )
    fields = BoundaryFields(
        code,
        name,
        args.district_code_field or guess["district_code"],
        args.district_name_field or guess["district_name"],
        args.population_field or guess["population"],
    )
    residents = None
    if args.population_csv:
        residents = read_population_csv(
            args.population_csv,
            code_column=args.population_code_column,
            population_column=args.population_column,
        )
    with _write_register(args) as register:
        done = import_boundaries(
            register, args.file, fields, name=args.name, layer=args.layer, residents=residents
        )
    used = ", ".join(f"{role} {field}" for role, field in fields.named())
    if residents is not None:
        used += tr(", residents {source}").format(source=residents.label)
    print(
        tr("The register now uses {wards} wards in {districts} district(s): {name} ({fields}).").format(
            wards=f"{done.wards:,}", districts=f"{done.districts:,}", name=args.name, fields=used
        )
    )
    print(done.effect())
    for note in done.notes:
        print(tr("  note: {note}").format(note=note))
    return 0


def run_boundary_show(args: argparse.Namespace) -> int:
    from assetmap.io.boundaries import describe_boundaries

    with _open_register(args) as register:
        print(describe_boundaries(register.boundaries()))
    return 0


def run_boundary_reset(args: argparse.Namespace) -> int:
    with _write_register(args) as register:
        change = register.use_boundaries(None)
    print(
        tr(
            "The register uses the bundled Greater Manchester wards again; {count} assets changed ward."
        ).format(count=f"{len(change.updated):,}")
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``import`` or ``export`` on their own: ``python -m assetmap.cli.exchange import FILE``."""
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
