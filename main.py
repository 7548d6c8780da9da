"""Start the kiosk command line: `python main.py run` opens the kiosk."""

from kiosk.cli.main import main

if __name__ == "__main__":
    main()
