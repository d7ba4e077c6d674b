"""The store of facts: articles, people, clubs, quotes, matches, ties, and the bot's news cursors.

    async with await Store.open("pressbox.db") as store:
        await store.add_article(extraction)
"""
from bot.store.ingest import AddResult
from bot.store.names import NameEntry, NameIndex
from bot.store.schema import LATEST_VERSION, SchemaTooNewError
from bot.store.store import ChannelCursor, Store, StoredTie

__all__ = [
    "AddResult",
    "ChannelCursor",
    "LATEST_VERSION",
    "NameEntry",
    "NameIndex",
    "SchemaTooNewError",
    "Store",
    "StoredTie",
]
