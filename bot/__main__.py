"""`python -m bot` is the same as `pressbox`."""
import sys

from .cli import main

sys.exit(main())
