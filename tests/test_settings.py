"""Settings are validated once, name the setting at fault, and never echo something that may be a secret."""
from __future__ import annotations

import pytest

from bot.settings import SettingsError, load_settings

TOKEN = "OTAwMDAwMDAwMDAwMDAwMDAx.ZmFrZQ.ZmFrZS1kaXNjb3JkLXRlc3QtdG9rZW4"


def settings_from(**environ: str):
    return load_settings(env_file=None, environ=environ)


def test_values_are_read_and_converted():
    settings = settings_from(PRESSBOX_DEV_GUILD="123", PRESSBOX_WATCH_INTERVAL="2.5", PRESSBOX_PREFIX="?")
    assert (settings.dev_guild_id, settings.watch_interval, settings.command_prefix) == (123, 2.5, "?")


@pytest.mark.parametrize("name", ["PRESSBOX_DEV_GUILD", "PRESSBOX_WATCH_INTERVAL"])
@pytest.mark.parametrize("secret", [
    TOKEN,  # the whole token in the wrong variable
    TOKEN.split(".")[0],  # its first segment (24 characters)
    "sk_live_4eC39HqLyjWDarj",  # some other key, 23 characters
    "Zm9vYmFyMTIzNDU2",  # 16 characters of base64, under the length limit
])
def test_a_secret_in_the_wrong_variable_is_not_echoed(name, secret):
    with pytest.raises(SettingsError) as raised:
        settings_from(**{name: secret})
    message = str(raised.value)
    assert message.startswith(f"{name}: must be")
    assert secret not in message
    assert f"a value of {len(secret)} characters (not shown)" in message


@pytest.mark.parametrize("name, raw, problem", [
    ("PRESSBOX_DEV_GUILD", "general", "must be a whole number, got 'general'"),
    ("PRESSBOX_WATCH_INTERVAL", "5s", "must be a number, got '5s'"),
    ("PRESSBOX_WATCH_INTERVAL", "0", "must be at least 0.1, got '0'"),
])
def test_a_short_plain_mistake_is_quoted_to_help_fix_it(name, raw, problem):
    with pytest.raises(SettingsError) as raised:
        settings_from(**{name: raw})
    assert str(raised.value) == f"{name}: {problem} (see .env.example)"
