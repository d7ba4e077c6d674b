"""Answers → Discord embeds and message text, always within Discord's size limits.

Every embed and every line of text the bot sends is built here, so Discord's limits are enforced in
one place: anything too long is cut with an ellipsis (and the article link when there is one)
instead of being rejected by Discord with a 400, and an article URL Discord would refuse ("Not a
well formed URL") is left out rather than sent. Nothing is sanitised for mentions — the bot sends
every message with `NO_PINGS`, so `@everyone` in a quote is shown verbatim and pings nobody. What a
member typed is escaped when it is repeated back (`escape_markdown`), so it cannot become a masked
link; a file an article was read from is shown by its name only, never by its path on the server.
"""
from __future__ import annotations

import datetime
import ntpath
import urllib.parse
from dataclasses import dataclass
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.addresses import web_address
from bot.answers import ArticleItem, LegItem, NewsAnswer, QuoteAnswer, SourceRef, TieAnswer

if TYPE_CHECKING:
    from bot.store import ChannelCursor

CONTENT_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FIELD_COUNT_LIMIT = 25
FOOTER_LIMIT = 2048
AUTHOR_LIMIT = 256
TOTAL_LIMIT = 6000
CHOICE_COUNT_LIMIT = 25
CHOICE_LIMIT = 100
ELLIPSIS = "…"

NO_PINGS = discord.AllowedMentions.none()
"""Passed on every send: text quoted from articles must never ping anyone."""

ACCENT = discord.Colour.from_rgb(46, 134, 87)
EMPTY_FIELD_VALUE = "\u200b"  # Discord rejects empty field values; a zero-width space renders as nothing.


def fit(text: str, limit: int, link: str | None = None) -> str:
    """`text` if it fits in `limit` characters, else cut at a word boundary and ended with "…".

    With `link`, a cut text ends in a "read more" link to the article, as long as that still fits.
    """
    if len(text) <= limit:
        return text
    tail = ELLIPSIS
    if link:
        with_link = f"{ELLIPSIS} {_markdown_link('read more', link)}"
        if len(with_link) <= limit // 2:
            tail = with_link
    room = max(limit - len(tail), 0)
    cut = text[:room]
    space = cut.rfind(" ")
    if space > room * 0.8:  # prefer a word boundary when one is close to the limit
        cut = cut[:space]
    return cut.rstrip() + tail if room else ELLIPSIS[:limit]


def safe_url(url: str | None) -> str | None:
    """`url` if Discord takes it as a link, else None (the article is then shown without a link).

    The same rule the readers apply when they keep an article's address: stored articles from an older
    Pressbox or another writer of the store are checked again here.
    """
    return web_address(url)


def _markdown_link(text: str, url: str) -> str:
    """`[text](url)`, with the URL's parentheses encoded so that they cannot end the link early."""
    return f"[{text}]({url.replace('(', '%28').replace(')', '%29')})"


def escape(text: str) -> str:
    """Text a member typed, safe to repeat back: markdown (masked links, bold, spoilers …) shown as typed."""
    return discord.utils.escape_markdown(text)


def permission_names(permissions: list[str] | tuple[str, ...]) -> str:
    """["send_messages", "manage_guild"] → "Send Messages, Manage Server", as Discord's settings name them."""
    return ", ".join(p.replace("_", " ").replace("guild", "server").title() for p in permissions)


def fit_content(text: str) -> str:
    """Plain message text within Discord's 2000-character limit."""
    return fit(text, CONTENT_LIMIT)


def choices(names: list[str]) -> list[app_commands.Choice[str]]:
    """Autocomplete choices as Discord takes them: at most 25, each at most 100 characters.

    A longer name is left out rather than cut, since a cut value would no longer match anything.
    """
    fitting = [name for name in names if 0 < len(name) <= CHOICE_LIMIT]
    return [app_commands.Choice(name=name, value=name) for name in fitting[:CHOICE_COUNT_LIMIT]]


def enforce_limits(embed: discord.Embed) -> discord.Embed:
    """Cut every part of `embed` to Discord's limits, then trim it to the 6000-character total.

    The description's cut ends in a link to `embed.url` (the article) when the embed has one.
    """
    if embed.title:
        embed.title = fit(embed.title, TITLE_LIMIT)
    if embed.description:
        embed.description = fit(embed.description, DESCRIPTION_LIMIT, link=embed.url)
    if embed.author.name:
        embed.set_author(name=fit(embed.author.name, AUTHOR_LIMIT), url=embed.author.url, icon_url=embed.author.icon_url)
    if embed.footer.text:
        embed.set_footer(text=fit(embed.footer.text, FOOTER_LIMIT), icon_url=embed.footer.icon_url)
    fields = [(f.name or EMPTY_FIELD_VALUE, f.value or EMPTY_FIELD_VALUE, f.inline) for f in embed.fields]
    if len(fields) > FIELD_COUNT_LIMIT:
        hidden = len(fields) - (FIELD_COUNT_LIMIT - 1)
        fields = fields[: FIELD_COUNT_LIMIT - 1] + [_more_field(hidden)]
    embed.clear_fields()
    for name, value, inline in fields:
        embed.add_field(name=fit(name, FIELD_NAME_LIMIT), value=fit(value, FIELD_VALUE_LIMIT), inline=inline)
    return _fit_total(embed)


def _more_field(hidden: int) -> tuple[str, str, bool]:
    """A field standing in for `hidden` fields that did not fit."""
    return ELLIPSIS, f"{hidden} more not shown", False


def _fit_total(embed: discord.Embed) -> discord.Embed:
    """Trim to the 6000-character total: trailing fields go first, then description, footer, title, author."""
    hidden = 0
    while embed.fields and len(embed) > TOTAL_LIMIT:
        embed.remove_field(-1)
        hidden += 1
    if hidden:
        # Make room for a note saying how many fields were left out, dropping more fields if needed.
        while embed.fields and len(embed) + sum(map(len, _more_field(hidden)[:2])) > TOTAL_LIMIT:
            embed.remove_field(-1)
            hidden += 1
        if embed.fields:
            name, value, inline = _more_field(hidden)
            embed.add_field(name=name, value=value, inline=inline)

    def overflow() -> int:
        return len(embed) - TOTAL_LIMIT

    if overflow() > 0 and embed.description:
        embed.description = fit(embed.description, max(len(embed.description) - overflow(), 1), link=embed.url)
    if overflow() > 0 and embed.footer.text:
        text = fit(embed.footer.text, max(len(embed.footer.text) - overflow(), 1))
        embed.set_footer(text=text, icon_url=embed.footer.icon_url)
    if overflow() > 0 and embed.title:
        embed.title = fit(embed.title, max(len(embed.title) - overflow(), 1))
    if overflow() > 0 and embed.author.name:
        name = fit(embed.author.name, max(len(embed.author.name) - overflow(), 1))
        embed.set_author(name=name, url=embed.author.url, icon_url=embed.author.icon_url)
    return embed


# --- shared pieces -------------------------------------------------------------------------------


def format_date(iso: str | None) -> str | None:
    """"2017-01-12" → "12 Jan 2017"; anything unparseable is shown as given."""
    if not iso:
        return None
    try:
        day = datetime.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {day:%b %Y}"


def source_label(source: str) -> str:
    """Where an article came from, as members may see it: a web address in full, a file by its name only.

    `/home/alice/feeds/x.txt`, `C:\\feeds\\x.txt` and `file:///srv/x.txt` are all shown as `x.txt`:
    paths on the server are nobody's business.
    """
    if safe_url(source):
        return source
    if "://" in source:
        source = urllib.parse.urlsplit(source).path
    return ntpath.basename(source.rstrip("/\\"))  # ntpath splits on both / and \\


def _source_line(ref: SourceRef) -> str:
    """Footer text naming the article: its date and where it came from."""
    return " · ".join(part for part in (format_date(ref.published), source_label(ref.source)) if part)


def _article_title(ref: SourceRef, fallback_text: str = "") -> str:
    """The article's title, or the first words of its text when it has none, else its file's name."""
    if ref.title:
        return ref.title
    words = fallback_text.split()
    if words:
        return " ".join(words[:12]) + (f" {ELLIPSIS}" if len(words) > 12 else "")
    return source_label(ref.source) or f"Article {ref.article_id}"


def _did_you_mean(suggestions: list[str]) -> str:
    if not suggestions:
        return ""
    names = [f"**{escape(s)}**" for s in suggestions[:5]]
    options = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
    return f" — did you mean {options}?"


# --- quotes --------------------------------------------------------------------------------------


def quote_embed(answer: QuoteAnswer, index: int = 0) -> discord.Embed:
    """One quote of `answer` (page `index`): the words as a blockquote, the speaker, the article."""
    item = answer.quotes[index]
    ref = item.article
    embed = discord.Embed(
        title=_article_title(ref),
        url=safe_url(ref.url),
        description=f">>> {item.text}",
        colour=ACCENT,
    )
    embed.set_author(name=item.speaker)
    footer = _source_line(ref)
    if len(answer.quotes) > 1:
        footer = f"Quote {index + 1} of {len(answer.quotes)} · {footer}"
    embed.set_footer(text=footer)
    return enforce_limits(embed)


def quote_not_found(answer: QuoteAnswer) -> str:
    """Short text for a person with no (matching) quotes, with the nearest names when there are some.

    What the member typed is escaped: `!quote [free nitro](https://…)` must not post a masked link.
    """
    speaker, keywords = escape(answer.speaker or ""), escape(answer.keywords or "")
    if speaker and keywords:
        text = f"No quotes from {speaker} about “{keywords}”{_did_you_mean(answer.suggestions) or '.'}"
    elif speaker:
        text = f"No quotes from {speaker} yet."
    else:
        text = f"No quotes from {escape(answer.query)}{_did_you_mean(answer.suggestions) or '.'}"
    return fit_content(text)


# --- ties ----------------------------------------------------------------------------------------

_LEG_NAMES = {1: "First leg", 2: "Second leg"}


def _leg_name(leg: LegItem, position: int) -> str:
    number = leg.leg or position
    return _LEG_NAMES.get(number, f"Leg {number}")


def _score_line(leg: LegItem) -> str:
    line = f"{leg.home} {leg.home_score}–{leg.away_score} {leg.away}"
    extras = []
    if leg.extra_time:
        extras.append("a.e.t.")
    if leg.penalties:
        extras.append(f"{leg.penalties[0]}–{leg.penalties[1]} on penalties")
    return f"{line} ({', '.join(extras)})" if extras else line


def _leg_field(leg: LegItem, position: int) -> tuple[str, str]:
    date = format_date(leg.date)
    name = f"{_leg_name(leg, position)} · {date}" if date else _leg_name(leg, position)
    lines = [f"**{_score_line(leg)}**"]
    if leg.venue:
        lines.append(f"Venue: {leg.venue}")
    if leg.scorers:
        lines.append(f"Scorers: {', '.join(leg.scorers)}")
    return name, "\n".join(lines)


def _outcome(answer: TieAnswer) -> str | None:
    """"Leganes through on away goals", or None when the tie has no winner yet."""
    if not answer.winner:
        return None
    how = {"away goals": "on away goals", "penalties": "on penalties", "aggregate": "on aggregate"}
    suffix = how.get(answer.decided_by or "", "")
    return f"{answer.winner} through {suffix}".rstrip()


def tie_embed(answer: TieAnswer) -> discord.Embed:
    """A two-legged tie: the teams, the aggregate and who went through, then a field per leg."""
    home, away = answer.teams or (answer.query, answer.other or "?")
    lines = []
    if answer.competition:
        lines.append(f"*{answer.competition}*")
    if answer.aggregate:
        lines.append(f"Aggregate: **{home} {answer.aggregate[0]}–{answer.aggregate[1]} {away}**")
    if outcome := _outcome(answer):
        lines.append(outcome)
    embed = discord.Embed(title=f"{home} v {away}", description="\n".join(lines) or None, colour=ACCENT)
    for position, leg in enumerate(answer.legs, start=1):
        name, value = _leg_field(leg, position)
        embed.add_field(name=name, value=value, inline=False)
    if answer.sources:
        first = answer.sources[0]
        embed.url = safe_url(first.url)
        embed.set_footer(text=f"From {_article_title(first)} · {_source_line(first)}")
    return enforce_limits(embed)


def tie_not_found(answer: TieAnswer) -> str:
    """Short text for a team with no recorded tie; what the member typed is escaped."""
    teams = f"{escape(answer.query)} and {escape(answer.other)}" if answer.other else escape(answer.query)
    return fit_content(f"No two-legged tie found for {teams}{_did_you_mean(answer.suggestions) or '.'}")


# --- news ----------------------------------------------------------------------------------------


def article_embed(item: ArticleItem) -> discord.Embed:
    """The watcher's post for one new article: title, summary, link, date and source."""
    ref = item.article
    embed = discord.Embed(
        title=_article_title(ref, item.summary),
        url=safe_url(ref.url),
        description=item.summary or None,
        colour=ACCENT,
    )
    embed.set_footer(text=_source_line(ref))
    return enforce_limits(embed)


def news_embed(answer: NewsAnswer) -> discord.Embed:
    """The latest articles, newest first, a field each with its summary and a link to the article."""
    embed = discord.Embed(title="Latest news", colour=ACCENT)
    for item in answer.articles:
        ref = item.article
        title = _article_title(ref, item.summary)
        date = format_date(ref.published)
        embed.add_field(
            name=f"{title} · {date}" if date else title,
            value=_with_link(item.summary or source_label(ref.source) or ELLIPSIS, safe_url(ref.url), FIELD_VALUE_LIMIT),
            inline=False,
        )
    return enforce_limits(embed)


def _with_link(text: str, url: str | None, limit: int) -> str:
    """`text` then a "Read the article" link on its own line, the text cut so that both fit."""
    link = f"\n{_markdown_link('Read the article', url)}" if url else ""
    if len(link) > limit // 2:
        link = ""
    return fit(text, limit - len(link)) + link


NO_NEWS = "No articles stored yet — add some with `pressbox ingest`."


def backlog_note(older: int, prefix: str, after_posts: bool) -> str:
    """The one message that stands for the articles a flood left out (see cogs.watcher)."""
    articles = "article was" if older == 1 else "articles were"
    if after_posts:
        return fit_content(f"{ELLIPSIS} and {older} older {articles} added; see `{prefix}news` for the latest.")
    return fit_content(f"{older} older {articles} added; `{prefix}news` shows the latest.")


# --- status --------------------------------------------------------------------------------------

NO_MESSAGE_ID = 0
"""A channel cursor's message id when its last article was skipped (Discord refused it), not posted."""


@dataclass(frozen=True)
class WatcherStatus:
    """What `status` shows about the watcher in one server: nothing about any other server."""

    running: bool
    interval: float
    last_run_at: datetime.datetime | None
    posted: int  # in this server since the bot started
    last_error: str | None = None  # this server's
    last_error_at: datetime.datetime | None = None
    round_failed_at: datetime.datetime | None = None  # a round could not read the store: every server's concern
    stopped: str | None = None  # why posting in this server's channel stopped until a channel is set again


def status_embed(article_count: int, cursor: ChannelCursor | None, watcher: WatcherStatus | None) -> discord.Embed:
    """`status`: articles stored, the watcher as this server sees it, its news channel, last post and error."""
    embed = discord.Embed(title="Pressbox status", colour=ACCENT)
    embed.add_field(name="Articles stored", value=str(article_count))
    embed.add_field(name="Watcher", value=_watcher_summary(watcher), inline=False)
    if cursor is None:
        embed.add_field(name="News channel", value="Not set", inline=False)
        return enforce_limits(embed)
    embed.add_field(name="News channel", value=f"<#{cursor.channel_id}>")
    embed.add_field(name="Last post", value=_last_post(cursor))
    embed.add_field(name="Last error", value=cursor.last_error or "None", inline=False)
    if watcher is not None and watcher.stopped:
        embed.add_field(name="Posting stopped", value=watcher.stopped, inline=False)
    return enforce_limits(embed)


def _watcher_summary(watcher: WatcherStatus | None) -> str:
    if watcher is None:
        return "Not loaded"
    lines = [f"{'Running' if watcher.running else 'Stopped'}, every {watcher.interval:g}s"]
    if watcher.last_run_at:
        lines.append(f"Last checked {discord.utils.format_dt(watcher.last_run_at, 'R')}")
    lines.append(f"Posted {watcher.posted} since start")
    if watcher.round_failed_at:
        lines.append(f"Last failed round {discord.utils.format_dt(watcher.round_failed_at, 'R')}: "
                     "the store could not be read (details are in the bot's log)")
    if watcher.last_error and watcher.last_error_at:
        lines.append(f"Last error {discord.utils.format_dt(watcher.last_error_at, 'R')}: {watcher.last_error}")
    return "\n".join(lines)


def _last_post(cursor: ChannelCursor) -> str:
    if cursor.last_message_id is None or cursor.last_posted_at is None:
        return "Nothing posted yet"
    when = discord.utils.format_dt(datetime.datetime.fromisoformat(cursor.last_posted_at), "R")
    if cursor.last_message_id == NO_MESSAGE_ID:
        return f"Article {cursor.last_article_id} skipped: Discord refused it, {when}"
    link = f"https://discord.com/channels/{cursor.guild_id}/{cursor.channel_id}/{cursor.last_message_id}"
    return f"[Article {cursor.last_article_id}]({link}), {when}"
