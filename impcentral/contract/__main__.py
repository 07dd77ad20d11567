from impcentral.contract.cli import main

raise SystemExit(main())
