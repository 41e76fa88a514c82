"""``python -m ghostless``: the same as the ``ghostless`` command."""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--recompute-child"]:
        # The packaged app, started again by itself for a full recompute (see
        # ghostless.services.recompute_child); the plain interpreter runs that module.
        from ghostless.services.recompute_child import main as child_main

        sys.exit(child_main())
    from ghostless.cli import main

    sys.exit(main())
