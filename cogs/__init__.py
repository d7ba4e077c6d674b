"""Discord extensions loaded by the bot's setup_hook; each module ends with `async def setup(bot)`."""
