"""``python -m einfach.service [options]``: the same as ``einfach serve [options]``."""

import argparse
import sys

from .cli import add_serve_command, run_serve


def main() -> int:
    parser = argparse.ArgumentParser(prog="einfach")
    add_serve_command(parser.add_subparsers(dest="command", required=True))
    return run_serve(parser.parse_args(["serve", *sys.argv[1:]]))


if __name__ == "__main__":
    sys.exit(main())
