"""``python -m mtqa`` runs the command line."""
from mtqa.cli import command_line

if __name__ == "__main__":  # pragma: no cover
    command_line()
