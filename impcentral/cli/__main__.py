from impcentral.cli import main

main()
