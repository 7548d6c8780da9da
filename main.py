"""Start the kiosk command line: `python main.py run` opens the kiosk."""

from kiosk.cli import main

if __name__ == "__main__":
    main()
