"""``python -m mtqa`` runs the command line."""
from mtqa.cli import main

if __name__ == "__main__":  # pragma: no cover
    main()
