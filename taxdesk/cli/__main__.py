from taxdesk.cli import main

raise SystemExit(main())
