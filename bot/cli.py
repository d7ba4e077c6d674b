"""The `pressbox` command: ingest, extract, ask, console, run, bench.

Every command shares the readers, the extraction and the query layer with the bot, so
`pressbox ask "!quote Ramos"` prints exactly what the bot would answer.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from .settings import Settings, SettingsError, load_settings

_BATCH = 64  # articles per trip to the database thread during ingest


def _settings(args: argparse.Namespace) -> Settings:
    settings = load_settings()
    if getattr(args, "db", None):
        settings = Settings(**{**settings.__dict__, "db_path": Path(args.db)})
    return settings


def _extracted(item):
    """The article's extraction, or None after one error line: a rule that trips on some odd text
    costs that article, never the run (nor the batch already extracted)."""
    from .extract import extract

    try:
        return extract(item)
    except Exception as error:  # noqa: BLE001 (reported, and the run goes on)
        print(f"error: {item.source}: could not extract ({type(error).__name__}: {str(error)[:200]})",
              file=sys.stderr)
        return None


def cmd_extract(args: argparse.Namespace) -> int:
    from .readers import ReadError, read_paths

    failed = 0
    for item in read_paths(args.paths):
        if isinstance(item, ReadError):
            print(f"error: {item}", file=sys.stderr)
            failed += 1
            continue
        ex = _extracted(item)
        if ex is None:
            failed += 1
            continue
        if args.json:
            print(json.dumps(ex.to_json(), ensure_ascii=False))
        else:
            print(f"{ex.source}: {ex.title or '(untitled)'} — {len(ex.quotes)} quotes, "
                  f"{len(ex.matches)} matches, {len(ex.ties)} ties\n  {ex.summary}")
    return 1 if failed else 0


async def _ingest(args: argparse.Namespace, settings: Settings) -> int:
    """Read, extract and store articles in batches (each article whole or not at all), so a huge
    folder never sits in memory and the database thread is visited once per batch."""
    from .readers import ReadError, read_paths
    from .store import Store

    show = sys.stderr.isatty() and not args.quiet
    counts = {"stored": 0, "present": 0, "failed": 0}
    batch: list = []

    async def flush(store: Store) -> None:
        for ex, result in zip(batch, await store.add_articles(batch)):
            if isinstance(result, Exception):  # one bad article never stops the batch
                print(f"error: {ex.source}: could not store: {result}", file=sys.stderr)
                counts["failed"] += 1
            else:
                counts["stored" if result.created else "present"] += 1
        batch.clear()

    async with await Store.open(settings.db_path) as store:
        for n, item in enumerate(read_paths(args.paths), 1):
            if isinstance(item, ReadError):
                print(f"\rerror: {item}" if show else f"error: {item}", file=sys.stderr)
                counts["failed"] += 1
            elif (ex := _extracted(item)) is None:
                counts["failed"] += 1
            else:
                batch.append(ex)
                if len(batch) >= _BATCH:
                    await flush(store)
            if show and n % 25 == 0:
                print(f"\r{n} articles read…", end="", file=sys.stderr, flush=True)
        if batch:
            await flush(store)
    if show:
        print("\r", end="", file=sys.stderr)
    print(f"{counts['stored']} stored, {counts['present']} already present, {counts['failed']} failed")
    return 1 if counts["failed"] else 0


def _existing_store(settings: Settings) -> Path | None:
    """Commands that only read refuse a store that is not there, instead of creating an empty one."""
    if settings.db_path.is_file():
        return settings.db_path
    print(f"error: no store at {settings.db_path.resolve()} — run `pressbox ingest PATH` first, "
          "or point --db / PRESSBOX_DB at your store", file=sys.stderr)
    return None


async def _ask(line: str, settings: Settings) -> str:
    from .ask import ask
    from .store import Store

    async with await Store.open(settings.db_path) as store:
        return await ask(store, line, prefix=settings.command_prefix)


async def _console(settings: Settings) -> int:
    from .ask import ask
    from .store import Store

    print(f"Pressbox console on {settings.db_path}. Type !help for commands, !quit to leave.")
    async with await Store.open(settings.db_path) as store:
        while True:
            try:
                line = await asyncio.to_thread(input, "pressbox> ")
            except (EOFError, KeyboardInterrupt):
                print()
                return 0
            if line.strip().lstrip(settings.command_prefix) in {"quit", "exit"}:
                return 0
            if line.strip():
                print(await ask(store, line, prefix=settings.command_prefix))


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    """Ingest the shipped example articles, then open the console: the offline way to try Pressbox."""
    examples = Path(__file__).parent / "examples"
    args.paths, args.quiet = [str(examples)], True
    code = asyncio.run(_ingest(args, settings))
    if code:
        return code
    return asyncio.run(_console(settings))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pressbox", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        p.add_argument("--db", metavar="PATH", help="the SQLite store (default: PRESSBOX_DB or ./pressbox.db)")
        return p

    p = add("ingest", "read articles (files or folders) into the store")
    p.add_argument("paths", nargs="+")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress count")
    p = add("extract", "print what Pressbox reads in articles, without storing them")
    p.add_argument("paths", nargs="+")
    p.add_argument("--json", action="store_true", help="one JSON object per article (JSON Lines)")
    p = add("ask", "answer one command as the bot would, e.g. pressbox ask \"!quote Ramos\"")
    p.add_argument("line")
    add("console", "an interactive prompt for the bot's commands, offline")
    add("demo", "ingest the shipped example articles and open the console")
    add("run", "start the Discord bot")
    p = add("bench", "measure extraction and ingest speed and peak memory")
    p.add_argument("paths", nargs="*", help="articles to measure on (default: ../shared/corpus/bbcsport-football)")
    p.add_argument("--words", type=int, default=1_000_000, help="repeat the articles up to this many words")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = _settings(args)
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.command == "extract":
        return cmd_extract(args)
    if args.command == "ingest":
        return asyncio.run(_ingest(args, settings))
    if args.command == "ask":
        if _existing_store(settings) is None:
            return 1
        print(asyncio.run(_ask(args.line, settings)))
        return 0
    if args.command == "console":
        if _existing_store(settings) is None:
            return 1
        return asyncio.run(_console(settings))
    if args.command == "demo":
        return cmd_demo(args, settings)
    if args.command == "run":
        from .runner import run

        return run(settings)
    if args.command == "bench":
        from .bench import bench

        return bench(args, settings)
    return 2


if __name__ == "__main__":
    sys.exit(main())
